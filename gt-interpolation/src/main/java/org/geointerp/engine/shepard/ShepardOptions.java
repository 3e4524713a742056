package org.geointerp.engine.shepard;

/**
 * Settings of Shepard's (1968) interpolation. Every default is the paper's value; {@code NaN} for a length means
 * "derive it from the data as the paper does".
 *
 * @param mode the paper's final function ({@link Mode#SYMAP}) or plain inverse-distance weighting ({@link Mode#IDW})
 * @param minNeighbours smallest neighbour set C' (paper: 4)
 * @param maxNeighbours largest neighbour set C' (paper: 10)
 * @param radius search radius r in coordinate units; NaN derives it from {@code pi r^2 = 7 A / N}
 * @param direction include the direction ("shadowing") term t_i (paper: yes)
 * @param slopes include the slope increments dz_i (paper: yes)
 * @param slopeScale the distance nu bounding the slope increments; NaN derives it as
 *     {@code 0.1 (max z - min z) / max_i sqrt(A_i^2 + B_i^2)}
 * @param exponent the exponent u of {@link Mode#IDW} (paper: 2); unused by {@link Mode#SYMAP}
 * @param epsilon distance below which a data point's value is returned as is (mean when several); NaN uses 1e-9
 *     times the diagonal of the data's bounding box, which follows the coordinates under translation and scaling
 */
public record ShepardOptions(
        Mode mode,
        int minNeighbours,
        int maxNeighbours,
        double radius,
        boolean direction,
        boolean slopes,
        double slopeScale,
        double exponent,
        double epsilon) {

    /** Which of the paper's functions to evaluate. */
    public enum Mode {
        /** The paper's final function f(P): adaptive neighbours, s(d), direction and slope terms. */
        SYMAP,
        /**
         * Plain inverse-distance weighting f1 with exponent u, restricted to the same neighbour set C' as SYMAP (the
         * paper's own remedy for f1's cost, and what gdal_grid's invdistnn does); not continuous where C' changes.
         */
        IDW
    }

    /** The paper's settings. */
    public static ShepardOptions defaults() {
        return new ShepardOptions(Mode.SYMAP, 4, 10, Double.NaN, true, true, Double.NaN, 2.0, Double.NaN);
    }

    public ShepardOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode: must be SYMAP or IDW, got null");
        }
        if (minNeighbours < 1) {
            throw new IllegalArgumentException("minNeighbours: must be at least 1, got " + minNeighbours);
        }
        if (maxNeighbours < minNeighbours) {
            throw new IllegalArgumentException(
                    "maxNeighbours: must be at least minNeighbours (" + minNeighbours + "), got " + maxNeighbours);
        }
        if (maxNeighbours > 1000) {
            throw new IllegalArgumentException("maxNeighbours: at most 1000 supported, got " + maxNeighbours);
        }
        requirePositiveOrNaN("radius", radius);
        requirePositiveOrNaN("slopeScale", slopeScale);
        requirePositiveOrNaN("epsilon", epsilon);
        if (!(exponent > 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("exponent: must be a finite number > 0, got " + exponent);
        }
    }

    private static void requirePositiveOrNaN(String name, double v) {
        if (!Double.isNaN(v) && !(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + ": must be a finite number > 0 (or unset), got " + v);
        }
    }

    public ShepardOptions withMode(Mode m) {
        return new ShepardOptions(
                m, minNeighbours, maxNeighbours, radius, direction, slopes, slopeScale, exponent, epsilon);
    }

    public ShepardOptions withNeighbours(int min, int max) {
        return new ShepardOptions(mode, min, max, radius, direction, slopes, slopeScale, exponent, epsilon);
    }

    public ShepardOptions withRadius(double r) {
        return new ShepardOptions(
                mode, minNeighbours, maxNeighbours, r, direction, slopes, slopeScale, exponent, epsilon);
    }

    public ShepardOptions withDirection(boolean on) {
        return new ShepardOptions(
                mode, minNeighbours, maxNeighbours, radius, on, slopes, slopeScale, exponent, epsilon);
    }

    public ShepardOptions withSlopes(boolean on) {
        return new ShepardOptions(
                mode, minNeighbours, maxNeighbours, radius, direction, on, slopeScale, exponent, epsilon);
    }

    public ShepardOptions withSlopeScale(double nu) {
        return new ShepardOptions(mode, minNeighbours, maxNeighbours, radius, direction, slopes, nu, exponent, epsilon);
    }

    public ShepardOptions withExponent(double u) {
        return new ShepardOptions(
                mode, minNeighbours, maxNeighbours, radius, direction, slopes, slopeScale, u, epsilon);
    }

    public ShepardOptions withEpsilon(double e) {
        return new ShepardOptions(
                mode, minNeighbours, maxNeighbours, radius, direction, slopes, slopeScale, exponent, e);
    }
}
