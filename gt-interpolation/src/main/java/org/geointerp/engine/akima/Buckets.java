package org.geointerp.engine.akima;

/**
 * A uniform grid of square buckets, {@code cols x rows} of side {@code cell} from (minU, minV): the column and row a
 * coordinate falls in, clamped to the grid. Bucket {@code row * cols + col}.
 */
record Buckets(double minU, double minV, double cell, int cols, int rows) {

    int col(double u) {
        return Math.max(0, Math.min(cols - 1, (int) ((u - minU) / cell)));
    }

    int row(double v) {
        return Math.max(0, Math.min(rows - 1, (int) ((v - minV) / cell)));
    }

    /** The bucket holding (u, v), clamped to the grid. */
    int bucketOf(double u, double v) {
        return row(v) * cols + col(u);
    }

    int count() {
        return cols * rows;
    }

    /** Whether (u, v) lies in the area the buckets cover. */
    boolean covers(double u, double v) {
        return u >= minU && v >= minV && u <= minU + cols * cell && v <= minV + rows * cell;
    }
}
