package org.geointerp.engine.akima;

/**
 * The condition number Akima's SDLEQN reports for a square system, which decides the fall-backs of Appendix A.
 *
 * <p>The system is inverted by Gauss-Jordan elimination with, at each step, the column of the largest element of
 * the current row brought to the diagonal. The number is {@code sqrt(|sum_ij A'_ij A'_ji| * sum_ij Z_ij Z_ji)},
 * where Z is the inverse and A' the eliminated matrix as the procedure leaves it (unit upper triangle, the
 * multipliers below the diagonal). This is not a textbook condition number, but Table I was computed with it; a
 * different measure (Frobenius, 2-norm) orders the Franke point sets' fits differently and does not reproduce the
 * table. Infinite when a pivot is zero.
 *
 * <p>It runs once per data point (100,000s of times), so it works on flat arrays and skips the products with
 * entries known to be zero: during the forward elimination, row k of the inverse under construction is zero beyond
 * column k. Skipping them changes no result (subtracting 0 * f is exact).
 */
final class AkimaCondition {

    private final double[] a;
    private final double[] e;
    private final double[] z;
    private final int[] perm;

    AkimaCondition(int maxSize) {
        a = new double[maxSize * maxSize];
        e = new double[maxSize * maxSize];
        z = new double[maxSize * maxSize];
        perm = new int[maxSize];
    }

    /** The condition number of the m x m matrix stored row-major in {@code matrix[0 .. m*m)}. */
    double of(double[] matrix, int m) {
        double[] a = this.a;
        double[] e = this.e;
        System.arraycopy(matrix, 0, a, 0, m * m);
        java.util.Arrays.fill(e, 0, m * m, 0.0);
        for (int i = 0; i < m; i++) {
            perm[i] = i;
            e[i * m + i] = 1;
        }
        for (int k = 0; k < m; k++) {
            int rk = k * m;
            int best = k;
            for (int j = k; j < m; j++) {
                if (Math.abs(a[rk + j]) > Math.abs(a[rk + best])) {
                    best = j;
                }
            }
            if (best != k) {
                for (int i = 0; i < m; i++) {
                    double t = a[i * m + k];
                    a[i * m + k] = a[i * m + best];
                    a[i * m + best] = t;
                }
                int t = perm[k];
                perm[k] = perm[best];
                perm[best] = t;
            }
            double pivot = a[rk + k];
            if (pivot == 0) {
                return Double.POSITIVE_INFINITY;
            }
            for (int j = k; j < m; j++) {
                a[rk + j] /= pivot;
            }
            for (int j = 0; j <= k; j++) {
                e[rk + j] /= pivot;
            }
            for (int i = k + 1; i < m; i++) {
                int ri = i * m;
                double f = a[ri + k];
                for (int j = k + 1; j < m; j++) {
                    a[ri + j] -= a[rk + j] * f;
                }
                for (int j = 0; j <= k; j++) {
                    e[ri + j] -= e[rk + j] * f;
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            int rk = k * m;
            for (int j = k + 1; j < m; j++) {
                double f = a[rk + j];
                int rj = j * m;
                for (int c = 0; c < m; c++) {
                    e[rk + c] -= f * e[rj + c];
                }
            }
        }
        for (int k = 0; k < m; k++) {
            System.arraycopy(e, k * m, z, perm[k] * m, m);
        }
        double sa = 0;
        double sz = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sa += a[i * m + j] * a[j * m + i];
                sz += z[i * m + j] * z[j * m + i];
            }
        }
        return Math.sqrt(Math.abs(sa * sz));
    }
}
