package org.geointerp.engine.fielddata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;

/**
 * Every registered method as a user gets it with no options (the registry's defaults, which the processes and the
 * command line use), as a fit function for {@link BruteForceLoo}.
 */
public final class DefaultFits {

    private DefaultFits() {}

    /** The registry's default of {@code method}, with {@code values} overriding it. */
    public static Function<PointSet, Surface> of(String method, Map<String, ?> values) {
        var interpolator = Methods.get(method).interpolator(values);
        return interpolator::fit;
    }

    /** Every method's default, by registry name. */
    public static Map<String, Function<PointSet, Surface>> all() {
        Map<String, Function<PointSet, Surface>> m = new LinkedHashMap<>();
        for (String name : Methods.names()) {
            m.put(name, of(name, Map.of()));
        }
        return m;
    }
}
