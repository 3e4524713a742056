package org.geointerp.engine.clusterpolate;

import org.geointerp.engine.PointSet;

/**
 * The data points sorted by y, with x, y and value copied contiguously in that order, so the points that can reach
 * one grid row (a horizontal strip) are one index range found by binary search and then read sequentially.
 */
final class StripIndex {

    private final double[] x;
    private final double[] y;
    private final double[] z;

    StripIndex(PointSet points) {
        int n = points.size();
        double[] px = points.x();
        double[] py = points.y();
        double[] pz = points.values();
        int[] order = IndirectSort.ascending(py);
        x = new double[n];
        y = new double[n];
        z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = px[order[i]];
            y[i] = py[order[i]];
            z[i] = pz[order[i]];
        }
    }

    int size() {
        return y.length;
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    double z(int i) {
        return z[i];
    }

    /** Index of the first point with {@code y >= bound}, or {@link #size()} when there is none. */
    int firstAtOrAbove(double bound) {
        int lo = 0;
        int hi = y.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (y[mid] < bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
