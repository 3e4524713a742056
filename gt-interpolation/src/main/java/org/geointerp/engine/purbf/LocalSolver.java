package org.geointerp.engine.purbf;

/**
 * Solves one patch's RBF system {@code (Phi + lambda I) c = f} by Cholesky ({@link PackedCholesky}). The kernels are strictly
 * positive definite, so a failed factorisation or a pivot at rounding level means the matrix is numerically
 * singular (near-coincident points, or a kernel too flat for the point spacing). Then a growing ridge is added
 * (1e-12 .. 1e-4 of the diagonal) and the patch is reported as regularised; if even that fails the patch
 * becomes the constant mean of its values. The result is never NaN. One instance per thread.
 */
final class LocalSolver {

    /**
     * Smallest accepted squared Cholesky pivot relative to the diagonal (1): below this the pivot is rounding
     * noise (about 64 ulps of 1) and the coefficients would be dominated by it.
     */
    static final double MIN_PIVOT = 64 * Math.ulp(1.0);

    private static final double[] RIDGES = {1e-12, 1e-10, 1e-8, 1e-6, 1e-4};

    enum Status { EXACT, REGULARISED, CONSTANT }

    /** The lower triangle of {@code Phi + lambda I}, packed by rows; kept for the ridge retries. */
    private double[] base = new double[0];
    /** The factor being computed (same packing). */
    private double[] work = new double[0];
    private double[] invDiag = new double[0];

    /**
     * @param coords the patch's points, interleaved ({@code dim} per point)
     * @param values their values
     * @param factor multiplies distances before the kernel (shape / length)
     * @param out receives the coefficients (length = number of points), or the constant in {@code out[0]}
     * @return how the patch was solved
     */
    Status solve(Kernel kernel, int dim, double[] coords, double[] values, double factor, double lambda,
            double[] out) {
        int n = values.length;
        int packed = PackedCholesky.row(n);
        if (base.length < packed) {
            base = new double[packed];
            work = new double[packed];
            invDiag = new double[n];
        }
        double f2 = factor * factor;
        for (int i = 0; i < n; i++) {
            int ri = PackedCholesky.row(i);
            int oi = i * dim;
            for (int k = 0; k < i; k++) {
                double d2 = 0;
                for (int a = 0; a < dim; a++) {
                    double t = coords[oi + a] - coords[k * dim + a];
                    d2 += t * t;
                }
                base[ri + k] = kernel.ofSquared(f2 * d2);
            }
            base[ri + i] = 1 + lambda;
        }
        if (factorAndSolve(n, 0, values, out)) {
            return Status.EXACT;
        }
        for (double ridge : RIDGES) {
            if (factorAndSolve(n, ridge, values, out)) {
                return Status.REGULARISED;
            }
        }
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        out[0] = mean;
        return Status.CONSTANT;
    }

    private boolean factorAndSolve(int n, double ridge, double[] values, double[] out) {
        System.arraycopy(base, 0, work, 0, PackedCholesky.row(n));
        for (int i = 0; i < n; i++) {
            work[PackedCholesky.row(i) + i] += ridge;
        }
        if (!PackedCholesky.factor(work, n, MIN_PIVOT, invDiag)) {
            return false;
        }
        System.arraycopy(values, 0, out, 0, n);
        PackedCholesky.solve(work, n, invDiag, out);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(out[i])) {
                return false;
            }
        }
        return true;
    }
}
