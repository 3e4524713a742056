package org.geointerp.engine.clusterpolate;

import java.util.Arrays;

/**
 * Running kernel sums of a run of cells (one grid row, or a single target): {@code sum k}, {@code sum k z},
 * {@code max k}, and the least and largest value among the contributing points. The grid sweep and the point query
 * both finish a cell here, so they apply the same rules:
 * <ul>
 *   <li>no contributing point with a positive weight: NaN in both bands (the clusterpolate package returns 0, which
 *       cannot be told apart from a real 0);</li>
 *   <li>value {@code sum k z / sum k}, clamped to [min z, max z] of the contributing points, because rounding in
 *       the two sums can push a weighted mean an ulp outside the values it averages;</li>
 *   <li>membership {@code max k} (the largest single weight, as the package computes it, not the sum);</li>
 *   <li>value NaN where membership is below the threshold.</li>
 * </ul>
 */
final class CellSums {

    private final double[] sumK;
    private final double[] sumKZ;
    private final double[] maxK;
    private final double[] minZ;
    private final double[] maxZ;

    CellSums(int cells) {
        sumK = new double[cells];
        sumKZ = new double[cells];
        maxK = new double[cells];
        minZ = new double[cells];
        maxZ = new double[cells];
        clear(cells);
    }

    /** Resets the first {@code cells} cells to "nothing in range". */
    void clear(int cells) {
        Arrays.fill(sumK, 0, cells, 0.0);
        Arrays.fill(sumKZ, 0, cells, 0.0);
        Arrays.fill(maxK, 0, cells, 0.0);
        Arrays.fill(minZ, 0, cells, Double.POSITIVE_INFINITY);
        Arrays.fill(maxZ, 0, cells, Double.NEGATIVE_INFINITY);
    }

    /** Adds one point of value {@code z} with weights {@code k[from..to)} to cells {@code from..to)}. */
    void add(double[] k, int from, int to, double z) {
        for (int c = from; c < to; c++) {
            double w = k[c];
            sumK[c] += w;
            sumKZ[c] += w * z;
            maxK[c] = Math.max(maxK[c], w);
            minZ[c] = Math.min(minZ[c], z);
            maxZ[c] = Math.max(maxZ[c], z);
        }
    }

    /** Adds one point to one cell. */
    void add(int cell, double k, double z) {
        sumK[cell] += k;
        sumKZ[cell] += k * z;
        maxK[cell] = Math.max(maxK[cell], k);
        minZ[cell] = Math.min(minZ[cell], z);
        maxZ[cell] = Math.max(maxZ[cell], z);
    }

    /**
     * Writes value and membership of cells {@code 0..cells)} to {@code value[offset + c]} and
     * {@code membership[offset + c]}.
     */
    void finish(int cells, double membershipThreshold, double[] value, double[] membership, int offset) {
        for (int c = 0; c < cells; c++) {
            double k = sumK[c];
            if (!(k > 0)) {
                value[offset + c] = Double.NaN;
                membership[offset + c] = Double.NaN;
                continue;
            }
            double m = maxK[c];
            double v = Math.min(maxZ[c], Math.max(minZ[c], sumKZ[c] / k));
            value[offset + c] = m < membershipThreshold ? Double.NaN : v;
            membership[offset + c] = m;
        }
    }
}
