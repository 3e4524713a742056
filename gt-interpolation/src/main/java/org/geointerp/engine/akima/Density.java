package org.geointerp.engine.akima;

/**
 * The size of a whole data set as Akima's fit sees it, in {@link Frame} units: the width and height of its bounding
 * box and its number of distinct locations. Two choices depend on it, and a fit to part of the data (a map tile, a
 * leave-one-out halo) is given the whole data set's so that it makes them as one fit to all the data does: the
 * stretch of the local fits' condition test ({@link LocalFits#stretch(double, double, int)}) and the tolerance
 * under which samples count as one location ({@link #nearDuplicateTolerance}).
 *
 * @param width bounding box width (frame units)
 * @param height bounding box height (frame units)
 * @param points distinct locations (coincident samples counted once)
 * @param merges false when the points are merged already: no near-duplicate tolerance (0)
 */
record Density(double width, double height, long points, boolean merges) {

    Density(double width, double height, long points) {
        this(width, height, points, true);
    }

    /** The same density for points merged already: a leave-one-out halo of the whole fit's merged locations. */
    Density withoutMerging() {
        return new Density(width, height, points, false);
    }

    /** The density of the frame coordinates {@code u, v} of distinct locations. */
    static Density of(double[] u, double[] v) {
        double u0 = Double.POSITIVE_INFINITY, u1 = Double.NEGATIVE_INFINITY;
        double v0 = Double.POSITIVE_INFINITY, v1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            u0 = Math.min(u0, u[i]);
            u1 = Math.max(u1, u[i]);
            v0 = Math.min(v0, v[i]);
            v1 = Math.max(v1, v[i]);
        }
        return new Density(u1 - u0, v1 - v0, u.length);
    }

    /** The density of a whole data set, in {@code frame}: its box's corners are computed as its points' would be. */
    static Density of(Frame frame, AkimaOptions.DataFrame f) {
        return new Density(frame.u(f.maxX()) - frame.u(f.minX()), frame.v(f.maxY()) - frame.v(f.minY()), f.points());
    }

    /** The local fits' condition-test stretch ({@link LocalFits}). */
    double stretch() {
        return LocalFits.stretch(width, height, (int) Math.min(Integer.MAX_VALUE, points));
    }

    /**
     * The mean spacing of the locations: the side of the square each would have if they filled the box evenly, or,
     * for points along a line (a box without area), the line's length over their number, whichever is larger.
     */
    double spacing() {
        double n = Math.max(1, points);
        return Math.max(Math.sqrt(width * height / n), Math.max(width, height) / n);
    }

    /**
     * Per-axis distance (frame units) under which {@link AkimaOptions.Preset#ROBUST} merges samples into one
     * location: {@link AkimaInterpolator#NEAR_DUPLICATE} times the mean spacing.
     */
    double nearDuplicateTolerance() {
        return merges ? AkimaInterpolator.NEAR_DUPLICATE * spacing() : 0;
    }
}
