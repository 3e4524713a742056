package org.geointerp.engine;

/**
 * A fitted two-dimensional interpolant: the result of fitting a method to a {@link PointSet}. Immutable and
 * thread-safe; per-thread scratch space lives in the {@link RowEvaluator}s it hands out.
 *
 * <p>A surface has one or more bands (for example value and membership). NaN means "no value here" (outside the
 * domain, no data in range); front ends turn it into their nodata value.
 */
public interface Surface {

    /** Number of bands each evaluation produces; 1 unless the method adds a support band. */
    default int bandCount() {
        return 1;
    }

    /** A short name of band {@code band}, e.g. "value" or "membership". */
    default String bandName(int band) {
        return band == 0 ? "value" : "band" + band;
    }

    /**
     * What the fit used (every parameter, derived ones included), point counts and warnings. Surfaces not made by a
     * registered method report none.
     */
    default FitSummary summary() {
        return new FitSummary(0, 0, java.util.Map.of(), java.util.List.of());
    }

    /** The value (band 0) at one location; NaN where the surface has no value. */
    double value(double x, double y);

    /**
     * A new evaluator holding the scratch space of one thread. The default evaluates {@link #value} cell by cell
     * (band 0 only); methods with a faster grid walk or more bands override it.
     */
    default RowEvaluator rowEvaluator() {
        return (grid, row, out) -> {
            float[] band = out[0];
            int base = row * grid.width();
            double y = grid.y(row);
            for (int col = 0; col < grid.width(); col++) {
                band[base + col] = (float) value(grid.x(col), y);
            }
        };
    }
}
