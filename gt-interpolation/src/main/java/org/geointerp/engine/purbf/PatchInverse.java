package org.geointerp.engine.purbf;

/**
 * The inverse {@code B = A^-1} of a patch's matrix from its Cholesky factor {@code A = U^T U}, through
 * {@code X = U^-1} ({@code B = X X^T}), and the closed-form leave-one-out value it gives (Rippa 1999, adapted to
 * the patch's level): the patch fitted to its points without point k, with any right-hand side, has at x_k the
 * value
 *
 * <pre>
 *   s^(-k)(x_k) = m_(-k) - (1 / B_kk) sum_(i != k) B_ki (z_i - m_(-k))
 * </pre>
 *
 * where m_(-k) is the mean of the other values (the level such a fit uses). This is the identity
 * {@code A_(-k)^-1 a_k = -B_(-k),k / B_kk} applied to the sub-system: one O(m^3) inversion per patch replaces one
 * O(m^3) solve per point and patch. One instance per thread.
 */
final class PatchInverse {

    /** Rows of X = U^-1 (upper triangular: {@code x[i][j]} for {@code j >= i}). */
    private double[][] x = new double[0][];

    private double[] acc = new double[0];
    private int n;

    /**
     * Inverts the factor of an n-point patch.
     *
     * @param u the factor's rows ({@code u[i][j]}, {@code j >= i})
     * @param invDiag {@code 1 / u[i][i]}
     */
    void invert(double[][] u, double[] invDiag, int n) {
        this.n = n;
        if (x.length < n) {
            x = new double[n][n];
            acc = new double[n];
        }
        // row i of X: X_ii = 1/U_ii, X_ij = -(1/U_jj) sum_(l=i..j-1) X_il U_lj, accumulated row of U by row of U
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            java.util.Arrays.fill(acc, i, n, 0);
            for (int l = i; l < n; l++) {
                double xil = (l == i ? 1 : -acc[l]) * invDiag[l];
                xi[l] = xil;
                double[] ul = u[l];
                for (int j = l + 1; j < n; j++) {
                    acc[j] += xil * ul[j];
                }
            }
        }
    }

    /** {@code B_kk}: the squared norm of row k of X. */
    double diagonal(int k) {
        double[] xk = x[k];
        double s = 0;
        for (int j = k; j < n; j++) {
            s += xk[j] * xk[j];
        }
        return s;
    }

    /** The whole inverse {@code B = X X^T} into {@code out} (both triangles): for many right-hand sides per point. */
    void inverse(double[][] out) {
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            for (int j = i; j < n; j++) {
                double[] xj = x[j];
                double s = 0;
                for (int l = j; l < n; l++) {
                    s += xi[l] * xj[l];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
    }

    /** {@code trace(B)}: bounds {@code 1 / lambda_min(A)}, so the patch's conditioning. */
    double trace() {
        double t = 0;
        for (int k = 0; k < n; k++) {
            t += diagonal(k);
        }
        return t;
    }

    /**
     * The closed-form value at point k of the patch fitted to its other points (see the class comment).
     *
     * @param z the patch's values, in its point order
     */
    double leaveOneOut(int k, double[] z) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i != k) {
                sum += z[i];
            }
        }
        double mean = sum / Math.max(1, n - 1);
        double[] xk = x[k];
        double bkk = diagonal(k);
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (i == k) {
                continue;
            }
            // B_ki = sum_(j >= max(k, i)) X_kj X_ij
            double[] xi = x[i];
            double b = 0;
            for (int j = Math.max(k, i); j < n; j++) {
                b += xk[j] * xi[j];
            }
            s += b * (z[i] - mean);
        }
        return mean - s / bkk;
    }
}
