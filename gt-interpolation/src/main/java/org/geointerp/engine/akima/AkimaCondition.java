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
 */
final class AkimaCondition {

    private final double[][] a;
    private final double[][] e;
    private final double[][] z;
    private final int[] perm;

    AkimaCondition(int maxSize) {
        a = new double[maxSize][maxSize];
        e = new double[maxSize][maxSize];
        z = new double[maxSize][maxSize];
        perm = new int[maxSize];
    }

    /** The condition number of the m x m matrix stored row-major in {@code matrix[0 .. m*m)}. */
    double of(double[] matrix, int m) {
        for (int i = 0; i < m; i++) {
            perm[i] = i;
            for (int j = 0; j < m; j++) {
                a[i][j] = matrix[i * m + j];
                e[i][j] = i == j ? 1 : 0;
            }
        }
        for (int k = 0; k < m; k++) {
            int best = k;
            for (int j = k; j < m; j++) {
                if (Math.abs(a[k][j]) > Math.abs(a[k][best])) {
                    best = j;
                }
            }
            for (int i = 0; i < m; i++) {
                double t = a[i][k];
                a[i][k] = a[i][best];
                a[i][best] = t;
            }
            int t = perm[k];
            perm[k] = perm[best];
            perm[best] = t;
            double pivot = a[k][k];
            if (pivot == 0) {
                return Double.POSITIVE_INFINITY;
            }
            for (int j = k; j < m; j++) {
                a[k][j] /= pivot;
            }
            for (int j = 0; j < m; j++) {
                e[k][j] /= pivot;
            }
            for (int i = k + 1; i < m; i++) {
                double f = a[i][k];
                for (int j = k + 1; j < m; j++) {
                    a[i][j] -= a[k][j] * f;
                }
                for (int j = 0; j < m; j++) {
                    e[i][j] -= e[k][j] * f;
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            for (int j = k + 1; j < m; j++) {
                for (int c = 0; c < m; c++) {
                    e[k][c] -= a[k][j] * e[j][c];
                }
            }
        }
        for (int k = 0; k < m; k++) {
            System.arraycopy(e[k], 0, z[perm[k]], 0, m);
        }
        double sa = 0;
        double sz = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sa += a[i][j] * a[j][i];
                sz += z[i][j] * z[j][i];
            }
        }
        return Math.sqrt(Math.abs(sa * sz));
    }
}
