package org.geointerp.engine.purbf;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;

/**
 * Solves one patch's RBF system {@code (Phi + lambda I) c = f} by Cholesky (EJML). The kernels are strictly
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

    private final CholeskyDecompositionInner_DDRM cholesky = new CholeskyDecompositionInner_DDRM(true);
    private final DMatrixRMaj matrix = new DMatrixRMaj(1, 1);
    private double[] base = new double[0];

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
        if (base.length < n * n) {
            base = new double[n * n];
        }
        for (int i = 0; i < n; i++) {
            base[i * n + i] = 1 + lambda;
            for (int k = 0; k < i; k++) {
                double d2 = 0;
                for (int a = 0; a < dim; a++) {
                    double t = coords[i * dim + a] - coords[k * dim + a];
                    d2 += t * t;
                }
                double v = kernel.value(factor * Math.sqrt(d2));
                base[i * n + k] = v;
                base[k * n + i] = v;
            }
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
        matrix.reshape(n, n);
        System.arraycopy(base, 0, matrix.data, 0, n * n);
        for (int i = 0; i < n; i++) {
            matrix.data[i * n + i] += ridge;
        }
        if (!cholesky.decompose(matrix)) {
            return false;
        }
        double[] t = cholesky.getT().data;
        for (int i = 0; i < n; i++) {
            double pivot = t[i * n + i];
            if (!(pivot * pivot >= MIN_PIVOT)) {
                return false;
            }
        }
        System.arraycopy(values, 0, out, 0, n);
        TriangularSolver_DDRM.solveL(t, out, n);
        TriangularSolver_DDRM.solveTranL(t, out, n);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(out[i])) {
                return false;
            }
        }
        return true;
    }
}
