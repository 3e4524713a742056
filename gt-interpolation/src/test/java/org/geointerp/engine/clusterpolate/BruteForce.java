package org.geointerp.engine.clusterpolate;

import org.geointerp.engine.PointSet;

/**
 * The obvious evaluation: every point, in input order, tested with {@code dx^2 + dy^2 < r^2}. The slow reference
 * for the fast paths; deliberately shares no code with them beyond the kernel function.
 */
final class BruteForce {

    /** Value (unclamped weighted mean), membership, and the least and largest value of the points in range. */
    record Cell(double value, double membership, double minZ, double maxZ, int neighbours) {}

    private BruteForce() {}

    static Cell at(PointSet p, double radius, ClusterpolateKernel kernel, double x, double y) {
        double r2 = radius * radius;
        double sumK = 0;
        double sumKZ = 0;
        double maxK = 0;
        double minZ = Double.POSITIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        int n = 0;
        double[] px = p.x();
        double[] py = p.y();
        double[] z = p.values();
        for (int i = 0; i < p.size(); i++) {
            double dx = x - px[i];
            double dy = y - py[i];
            double d2 = dx * dx + dy * dy;
            if (d2 < r2) {
                double k = kernel.weight(d2, r2);
                sumK += k;
                sumKZ += k * z[i];
                maxK = Math.max(maxK, k);
                minZ = Math.min(minZ, z[i]);
                maxZ = Math.max(maxZ, z[i]);
                n++;
            }
        }
        if (sumK > 0) {
            return new Cell(sumKZ / sumK, maxK, minZ, maxZ, n);
        }
        return new Cell(Double.NaN, Double.NaN, minZ, maxZ, n);
    }
}
