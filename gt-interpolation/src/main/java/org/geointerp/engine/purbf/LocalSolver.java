package org.geointerp.engine.purbf;

/**
 * Solves one patch's RBF system {@code (Phi + lambda I) c = f} by Cholesky ({@link UpperCholesky}). The kernels are strictly
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

    /** The upper triangle of {@code Phi + lambda I} by rows; kept for the ridge retries. */
    private double[][] base = new double[0][];
    /** The factor being computed (same layout). */
    private double[][] work = new double[0][];
    private double[] invDiag = new double[0];
    /**
     * The largest departure of the last solved patch's interpolant from its own data values: 0 for an exact solve
     * with {@code lambda = 0}; after a ridge or with smoothing the residual {@code f - Phi c}, computed (in exact
     * arithmetic it would be {@code (lambda + mu) c}, but the factorisation's rounding adds about 1e-3 of that on
     * dense patches, where {@code c} is large); for a constant patch the largest distance of a value from the mean.
     */
    double deviation;
    private double[] product = new double[0];
    /** The patch's coordinates, one array per axis, so that a row of distances is one vectorisable loop. */
    private double[][] axes = new double[0][];

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
        fill(kernel, dim, coords, n, factor * factor, lambda);
        deviation = 0;
        if (factorAndSolve(n, 0, values, out)) {
            if (lambda > 0) {
                deviation = residual(n, values, out);
            }
            return Status.EXACT;
        }
        for (double ridge : RIDGES) {
            if (factorAndSolve(n, ridge, values, out)) {
                deviation = residual(n, values, out);
                return Status.REGULARISED;
            }
        }
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        for (double v : values) {
            deviation = Math.max(deviation, Math.abs(v - mean));
        }
        out[0] = mean;
        return Status.CONSTANT;
    }

    /**
     * {@code max_i |f_i - (Phi c)_i|} with {@code Phi} the kernel matrix ({@link #base} without the smoothing on
     * its diagonal, which is the kernel at distance 0: 1 for every kernel). Each row of the upper triangle serves
     * twice: as row {@code i} (an inner product) and as column {@code i} (added to the later entries).
     */
    private double residual(int n, double[] values, double[] c) {
        double[] p = product;
        java.util.Arrays.fill(p, 0, n, 0);
        for (int i = 0; i < n; i++) {
            double[] row = base[i];
            double ci = c[i];
            double s = ci;
            for (int j = i + 1; j < n; j++) {
                s += row[j] * c[j];
            }
            for (int j = i + 1; j < n; j++) {
                p[j] += row[j] * ci;
            }
            p[i] += s;
        }
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(values[i] - p[i]));
        }
        return max;
    }

    /** Writes the kernel matrix's upper triangle into {@link #base}, row by row. */
    private void fill(Kernel kernel, int dim, double[] coords, int n, double f2, double lambda) {
        ensureCapacity(dim, n);
        for (int a = 0; a < dim; a++) {
            double[] axis = axes[a];
            for (int i = 0; i < n; i++) {
                axis[i] = coords[i * dim + a];
            }
        }
        for (int i = 0; i < n; i++) {
            double[] row = base[i];
            java.util.Arrays.fill(row, i + 1, n, 0);
            for (int a = 0; a < dim; a++) {
                double[] axis = axes[a];
                double q = axis[i];
                for (int j = i + 1; j < n; j++) {
                    double t = q - axis[j];
                    row[j] += t * t;
                }
            }
            kernel.ofSquared(row, i + 1, n, f2);
            row[i] = 1 + lambda;
        }
    }

    private void ensureCapacity(int dim, int n) {
        if (base.length < n) {
            // exactly n: a larger patch comes rarely, and these are n x n
            base = new double[n][n];
            work = new double[n][n];
            invDiag = new double[n];
            product = new double[n];
        }
        if (axes.length < dim || axes[0].length < n) {
            axes = new double[dim][Math.max(n, base.length)];
        }
    }

    private boolean factorAndSolve(int n, double ridge, double[] values, double[] out) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(base[i], i, work[i], i, n - i);
            work[i][i] += ridge;
        }
        if (!UpperCholesky.factor(work, n, MIN_PIVOT, invDiag)) {
            return false;
        }
        System.arraycopy(values, 0, out, 0, n);
        UpperCholesky.solve(work, n, invDiag, out);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(out[i])) {
                return false;
            }
        }
        return true;
    }
}
