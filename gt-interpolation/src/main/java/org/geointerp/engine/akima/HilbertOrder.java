package org.geointerp.engine.akima;

import java.util.Arrays;

/** Orders points along a Hilbert curve over their bounding box, so that consecutive points are near each other. */
final class HilbertOrder {

    private static final int BITS = 16;

    private HilbertOrder() {}

    static int[] of(double[] u, double[] v) {
        int n = u.length;
        double minU = Arrays.stream(u).min().orElse(0);
        double maxU = Arrays.stream(u).max().orElse(1);
        double minV = Arrays.stream(v).min().orElse(0);
        double maxV = Arrays.stream(v).max().orElse(1);
        double side = Math.max(maxU - minU, maxV - minV);
        double cells = (1 << BITS) - 1;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int x = (int) ((u[i] - minU) / side * cells);
            int y = (int) ((v[i] - minV) / side * cells);
            keyed[i] = (index(x, y) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** Position of cell (x, y) along the Hilbert curve of order {@link #BITS}. */
    private static long index(int x, int y) {
        long d = 0;
        for (int s = 1 << (BITS - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
