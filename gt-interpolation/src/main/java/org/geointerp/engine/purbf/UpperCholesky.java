package org.geointerp.engine.purbf;

/**
 * Cholesky factorisation {@code A = U^T U} of a symmetric positive definite matrix held as its upper triangle in
 * rows ({@code a[i][j]} for {@code j >= i}; the entries below the diagonal are never read), and the two triangular
 * solves.
 *
 * <p>Written by hand, right-looking: after rows {@code k} and {@code k+1} of {@code U} are known, every later row
 * {@code i} is updated by {@code a[i][i..] -= U[k][i] U[k][i..] + U[k+1][i] U[k+1][i..]}, a loop over contiguous
 * rows at the same index that HotSpot's C2 compiles to AVX instructions (two rows per pass halve the passes over
 * the remaining matrix: another 10 % of the fit). Measured in one thread on this machine, 60,000 systems of 50 points (the dense 2D
 * case, inverse multiquadric, ridge): 10.7 us each against 18.7 us for the row-by-row inner-product form on a
 * packed triangle used before (whose reductions C2 cannot vectorise; EJML's {@code CholeskyDecompositionInner_DDRM}
 * was slower still). Whole benchmark runs (best of three, one after the other): 1,000,000 points to 500 x 500
 * 2.63 s with the packed form, 2.0 s with one row per pass here, 1.6 to 1.75 s with two; the 3D cylinder (about
 * 95 points per patch, no ridge) 1.25, 0.81 and 0.72 s.
 *
 * <p>A numerically singular matrix is refused as early as the diagonal shows it: the right-looking update leaves
 * the remaining diagonal equal to the pivots-to-be minus non-negative squares, so once an entry is below the limit
 * its pivot will be too (rounding cannot raise it, each update subtracts a sum of squares). A flat kernel on dense data
 * collapses after a few rows, and the caller's retry with a ridge then pays for one factorisation, not two.
 */
final class UpperCholesky {

    private UpperCholesky() {}

    /**
     * Factors the upper triangle of {@code a} in place into {@code U} and fills {@code invDiag[i] = 1 / U[i][i]}.
     *
     * @param minPivot smallest accepted squared pivot {@code U[i][i]^2}
     * @return false as soon as a squared pivot, or a diagonal entry still to be factored, is below {@code minPivot}
     *     or not a number: the matrix is numerically singular (then {@code a} is partly overwritten)
     */
    static boolean factor(double[][] a, int n, double minPivot, double[] invDiag) {
        int k = 0;
        for (; k + 1 < n; k += 2) {
            // two rows at a time: rows k and k+1 of U, then one pass over the rest applying both (rank 2)
            double[] rk = a[k];
            double[] rk1 = a[k + 1];
            if (!pivotRow(rk, k, n, minPivot, invDiag)) {
                return false;
            }
            double s0 = rk[k + 1];
            for (int j = k + 1; j < n; j++) {
                rk1[j] -= s0 * rk[j];
            }
            if (!pivotRow(rk1, k + 1, n, minPivot, invDiag)) {
                return false;
            }
            for (int i = k + 2; i < n; i++) {
                double s = rk[i];
                double t = rk1[i];
                double[] ri = a[i];
                for (int j = i; j < n; j++) {
                    ri[j] -= s * rk[j] + t * rk1[j];
                }
                if (!(ri[i] >= minPivot)) {
                    return false;
                }
            }
        }
        return k == n || pivotRow(a[k], k, n, minPivot, invDiag);
    }

    /** Row {@code k} of {@code U} from its updated row of {@code A}: false if its pivot is below the limit. */
    private static boolean pivotRow(double[] rk, int k, int n, double minPivot, double[] invDiag) {
        double pivot2 = rk[k];
        if (!(pivot2 >= minPivot)) {
            return false;
        }
        double pivot = Math.sqrt(pivot2);
        double inv = 1 / pivot;
        rk[k] = pivot;
        invDiag[k] = inv;
        for (int j = k + 1; j < n; j++) {
            rk[j] *= inv;
        }
        return true;
    }

    /** Solves {@code U^T U x = b} with a factor from {@link #factor}; {@code x} holds {@code b} on entry. */
    static void solve(double[][] u, int n, double[] invDiag, double[] x) {
        // forward: U^T y = b, by rows of U (each known y_k is subtracted from the later entries, vectorised)
        for (int k = 0; k < n; k++) {
            double yk = x[k] * invDiag[k];
            x[k] = yk;
            double[] rk = u[k];
            for (int j = k + 1; j < n; j++) {
                x[j] -= rk[j] * yk;
            }
        }
        // backward: U x = y, each row an inner product with the entries already solved
        for (int k = n - 1; k >= 0; k--) {
            double[] rk = u[k];
            double s = x[k];
            for (int j = k + 1; j < n; j++) {
                s -= rk[j] * x[j];
            }
            x[k] = s * invDiag[k];
        }
    }
}
