package org.geointerp.engine.purbf;

/**
 * The inverse {@code B = A^-1} of a patch's matrix from its Cholesky factor {@code A = U^T U}, and the closed-form
 * leave-one-out value it gives (Rippa 1999, adapted to the patch's level): the patch fitted to its points without
 * point k, with any right-hand side, has at x_k the value
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

    /** B, both triangles. */
    private double[][] b = new double[0][];
    /** Per row of B being formed, its pending sums {@code sum_l U_il B_lj}. */
    private double[] pending = new double[0];

    private int n;
    private double trace;

    /**
     * Forms B from the factor of an n-point patch, row by row from the last: {@code U B = U^-T}, whose right side is
     * lower triangular, so for {@code j > i} {@code B_ij = -(1/U_ii) sum_(l > i) U_il B_lj} (rows below i are known,
     * both triangles) and {@code B_ii = (1/U_ii - sum_(l > i) U_il B_il) / U_ii}. The sums run over whole rows of B
     * at the same index, four rows of B per pass, a loop C2 compiles to vector instructions. Measured in one thread
     * on 50 x 50 kernel matrices: 5.4 microseconds against 11.3 for forming {@code X = U^-1} (short row updates)
     * and then {@code X X^T} (inner products, which C2 cannot vectorise), the same number of operations; 16.0
     * against 33.3 at 76 x 76.
     *
     * <p>B is positive definite, so the trace of the rows formed so far is a lower bound of its trace: once it
     * passes {@code traceLimit} the matrix is too ill-conditioned for the caller, and the rest is not formed.
     *
     * @param u the factor's rows ({@code u[i][j]}, {@code j >= i})
     * @param invDiag {@code 1 / u[i][i]}
     * @return {@code trace(B)}, which bounds {@code 1 / lambda_min(A)}; infinity when it passed {@code traceLimit}
     *     (B is then incomplete)
     */
    double invert(double[][] u, double[] invDiag, int n, double traceLimit) {
        this.n = n;
        if (b.length < n) {
            b = new double[n][n];
            pending = new double[n];
        }
        double[] t = pending;
        double sum = 0;
        for (int i = n - 1; i >= 0; i--) {
            double[] ui = u[i];
            java.util.Arrays.fill(t, i + 1, n, 0);
            int l = i + 1;
            for (; l + 3 < n; l += 4) {
                double a0 = ui[l];
                double a1 = ui[l + 1];
                double a2 = ui[l + 2];
                double a3 = ui[l + 3];
                double[] b0 = b[l];
                double[] b1 = b[l + 1];
                double[] b2 = b[l + 2];
                double[] b3 = b[l + 3];
                for (int j = i + 1; j < n; j++) {
                    t[j] += (a0 * b0[j] + a1 * b1[j]) + (a2 * b2[j] + a3 * b3[j]);
                }
            }
            for (; l < n; l++) {
                double a = ui[l];
                double[] bl = b[l];
                for (int j = i + 1; j < n; j++) {
                    t[j] += a * bl[j];
                }
            }
            double inv = invDiag[i];
            double[] bi = b[i];
            double s = 0;
            for (int j = i + 1; j < n; j++) {
                double v = -t[j] * inv;
                bi[j] = v;
                s += ui[j] * v;
            }
            for (int j = i + 1; j < n; j++) {
                b[j][i] = bi[j];
            }
            bi[i] = (inv - s) * inv;
            sum += bi[i];
            if (!(sum <= traceLimit)) {
                trace = Double.POSITIVE_INFINITY;
                return trace;
            }
        }
        trace = sum;
        return trace;
    }

    /** B of the last {@link #invert} (rows of at least n entries; both triangles). */
    double[][] matrix() {
        return b;
    }

    /** {@code B_kk}. */
    double diagonal(int k) {
        return b[k][k];
    }

    /** {@code trace(B)} of the last {@link #invert}. */
    double trace() {
        return trace;
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
        double[] bk = b[k];
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (i != k) {
                s += bk[i] * (z[i] - mean);
            }
        }
        return mean - s / bk[k];
    }
}
