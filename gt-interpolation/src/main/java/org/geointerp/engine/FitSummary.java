package org.geointerp.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fit used and what the caller should know about it, in terms every front end can show: the value of every
 * parameter the fit used, by its registry name (also those it derived from the data, such as Shepard's radius), the
 * number of points used and merged, and warnings (fallbacks, merged near-duplicates). Passing {@link #parameters()}
 * back to {@link InterpolationMethod#interpolator} gives an interpolator that makes the same choices on other data:
 * what cross-validation and map tiles need.
 *
 * @param pointsUsed distinct points the surface was fitted to
 * @param mergedAway input points folded into another at the same location
 * @param parameters every parameter's value, by registry name, in the method's order
 * @param diagnostics what the fit found, by name (patches that needed a fallback, the largest departure from the
 *     data...), for logs and file metadata
 * @param warnings messages for the user; empty when there is nothing to say
 */
public record FitSummary(
        int pointsUsed,
        int mergedAway,
        Map<String, Object> parameters,
        Map<String, Object> diagnostics,
        List<String> warnings) {

    public FitSummary {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        warnings = List.copyOf(warnings);
    }

    /** A summary with parameters and warnings only. */
    public FitSummary(int pointsUsed, int mergedAway, Map<String, Object> parameters, List<String> warnings) {
        this(pointsUsed, mergedAway, parameters, Map.of(), warnings);
    }
}
