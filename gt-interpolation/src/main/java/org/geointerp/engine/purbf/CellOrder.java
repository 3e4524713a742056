package org.geointerp.engine.purbf;

import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.PairSort;

/**
 * The points reordered cell by cell of a grid over their bounding box (about 8 points per cell, cells in row-major
 * order), so that points near each other are near each other in memory. A patch gathers about 50 neighbouring
 * points; in input order (uniform random, say) each of them is a cache miss, and so are the kd-tree's partitioning
 * passes. Measured at 1,000,000 uniform points to 500 x 500: fit and grid took 10 % less. The model still reports
 * its points in the caller's order ({@link PuRbfModel#points()}): patch members are mapped back through
 * {@link #order}.
 */
final class CellOrder {

    /** Points per cell aimed at. */
    private static final double PER_CELL = 8;

    private CellOrder() {}

    /** The storage order: {@code order[k]} is the index in {@code pts} of the k-th stored point; null to keep it. */
    static int[] order(PointSet pts) {
        int n = pts.size();
        int dim = pts.dimension();
        if (n < SMALL) {
            return null; // fits in cache anyway
        }
        int perAxis = Math.max(1, (int) Math.floor(Math.pow(n / PER_CELL, 1.0 / dim)));
        double[] key = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int a = dim - 1; a >= 0; a--) {
            double[] c = pts.coordinate(a);
            double[] r = pts.range(a);
            double width = r[1] - r[0];
            for (int i = 0; i < n; i++) {
                int cell = width > 0 ? (int) Math.min(perAxis - 1, (c[i] - r[0]) / width * perAxis) : 0;
                key[i] = key[i] * perAxis + cell;
            }
        }
        PairSort.sort(key, order, n);
        return order;
    }

    /** Sets below this size keep their order. */
    static final int SMALL = 1024;

    /** The points in the given order ({@link #order}), or {@code pts} itself for a null order. */
    static PointSet apply(PointSet pts, int[] order) {
        if (order == null) {
            return pts;
        }
        int n = pts.size();
        int dim = pts.dimension();
        double[][] axes = new double[dim][n];
        double[] values = new double[n];
        for (int a = 0; a < dim; a++) {
            double[] c = pts.coordinate(a);
            double[] out = axes[a];
            for (int i = 0; i < n; i++) {
                out[i] = c[order[i]];
            }
        }
        double[] v = pts.values();
        for (int i = 0; i < n; i++) {
            values[i] = v[order[i]];
        }
        return new PointSet(axes, values);
    }
}
