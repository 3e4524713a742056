package org.geointerp.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per point and in summary, what a cross-validation found: for each data point its observed value, the value
 * predicted at its location by the method fitted without it (and without the other points of its fold), and the
 * fold it was in.
 *
 * @param method the method's registry name
 * @param parameters every parameter the fits used, derived ones fixed from the fit to all the data
 * @param folds number of folds; 0 for leave-one-out
 * @param data the points, in the caller's order
 * @param predicted one prediction per point; NaN where the method had no value there
 * @param fold the fold of each point (for leave-one-out, its location)
 * @param summary the summary figures
 */
public record CrossValidationResult(
        String method,
        Map<String, Object> parameters,
        int folds,
        PointSet data,
        double[] predicted,
        int[] fold,
        CrossValidationSummary summary) {

    public CrossValidationResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Observed minus predicted at point {@code i} (NaN where there is no prediction). */
    public double residual(int i) {
        return data.values()[i] - predicted[i];
    }
}
