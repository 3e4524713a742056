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

    enum Status {
        EXACT,
        STEEPENED,
        REGULARISED,
        CONSTANT,
        /** Solved with the smoothing chosen by leave-one-out ({@link #usedLambda} > 0). */
        SMOOTHED
    }

    /**
     * The smoothing candidates of the automatic choice ({@code lambda = NaN}): 0 and every power of ten from 1e-6 to
     * 100, relative to the kernel matrix's diagonal of 1 (at 100 a patch is nearly its mean level: dense noisy data
     * choose up to that). A decade apart: the leave-one-out error is flat near its minimum on field data, and
     * half-decades changed the leave-one-out RMSE of the field cases by at most 2 % (docs/pu-rbf.md).
     */
    static final double[] LAMBDAS = {0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100};

    /**
     * A smoothing candidate must lower the patch's leave-one-out sum of squares by this factor against the best
     * smaller candidate to be taken: on noise-free data the exact fit (and a tiny ridge) leave leave-one-out errors
     * that differ by rounding, and the smaller lambda keeps the surface through the data.
     */
    static final double LAMBDA_GAIN = 0.9;

    /** The smoothing the last patch was solved with (the given lambda, the chosen one, or a fallback ridge). */
    double usedLambda;

    /** Bisection steps between the last failing and the first exact steepening: the shape to within 2^(1/16). */
    private static final int BISECTIONS = 4;

    /** The upper triangle of {@code Phi + lambda I} by rows; kept for the ridge retries. */
    private double[][] base = new double[0][];
    /** The factor being computed (same layout). */
    private double[][] work = new double[0][];

    private double[] invDiag = new double[0];
    /**
     * The largest departure of the last solved patch's interpolant from its own data values, {@code f - Phi c}
     * computed after the solve (after a ridge {@code mu} or with smoothing it would be {@code (lambda + mu) c} in
     * exact arithmetic, but the factorisation's rounding adds about 1e-3 of that on dense patches, where {@code c} is
     * large; a near-singular system that passes the pivot test can miss too); for a constant patch the largest
     * distance of a value from the mean.
     */
    double deviation;

    private double[] product = new double[0];
    /** The coefficients of the best steepened solve so far. */
    private double[] best = new double[0];
    /** The patch's coordinates, one array per axis, so that a row of distances is one vectorisable loop. */
    private double[][] axes = new double[0][];

    /** The kernel factor the last patch was solved with: the given one, or a steeper one ({@link Status#STEEPENED}). */
    double usedFactor;

    /**
     * @param coords the patch's points, interleaved ({@code dim} per point)
     * @param values their values (the caller centres them on their mean)
     * @param factor multiplies distances before the kernel (shape / length)
     * @param exactTolerance NaN, or (with {@code lambda = 0}) the largest residual, relative to the largest
     *     {@code |value|}, accepted before the kernel is steepened instead of taking a ridge
     *     ({@link PuRbfOptions#exactAtData})
     * @param maxFactor the steepest factor steepening may reach
     * @param out receives the coefficients (length = number of points), or the constant in {@code out[0]}
     * @return how the patch was solved
     */
    Status solve(
            Kernel kernel,
            int dim,
            double[] coords,
            double[] values,
            double factor,
            double lambda,
            double exactTolerance,
            double maxFactor,
            double[] looWeights,
            double[] out) {
        int n = values.length;
        usedFactor = factor;
        usedLambda = Double.isNaN(lambda) ? 0 : lambda;
        deviation = 0;
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest == 0) {
            // equal values: the level alone interpolates them
            java.util.Arrays.fill(out, 0, n, 0);
            return Status.EXACT;
        }
        if (Double.isNaN(lambda)) {
            if (Double.isNaN(exactTolerance)) {
                Status chosen = chooseLambda(kernel, dim, coords, values, factor, looWeights, out);
                if (chosen != null) {
                    return chosen;
                }
                fill(kernel, dim, coords, n, factor * factor, 0);
                return ridgeOrConstant(n, values, out);
            }
            lambda = 0;
        }
        boolean steepen = !Double.isNaN(exactTolerance) && lambda == 0;
        double tolerance = steepen ? exactTolerance * largest : Double.NaN;
        if (solvedAt(kernel, dim, coords, values, factor, lambda, out) && (!steepen || deviation <= tolerance)) {
            return Status.EXACT;
        }
        if (steepen) {
            if (steepen(kernel, dim, coords, values, factor, maxFactor, tolerance, out)) {
                return Status.STEEPENED;
            }
            fill(kernel, dim, coords, n, factor * factor, lambda);
        }
        return ridgeOrConstant(n, values, out);
    }

    /** The fallbacks of a numerically singular system in {@link #base}: a growing ridge, else the mean. */
    private Status ridgeOrConstant(int n, double[] values, double[] out) {
        deviation = 0;
        for (double ridge : RIDGES) {
            if (factorAndSolve(n, ridge, values, out)) {
                deviation = residual(n, values, out);
                usedLambda += ridge;
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
     * Chooses the patch's smoothing from its own data: for each of {@link #LAMBDAS}, the leave-one-out residuals of
     * the smoothed interpolant in closed form (Rippa 1999: {@code e_k = c_k / (M^-1)_kk} with
     * {@code M = Phi + lambda I}, exact for a kernel ridge fit), and the candidate with the smallest sum of their
     * squares, a larger lambda only when it gains {@link #LAMBDA_GAIN}. Noisy values are predicted better from
     * their neighbours by a smoothed surface, so the choice smooths where the data are noisy and interpolates where
     * they are smooth; two nearby points with different readings make the exact system singular or its
     * leave-one-out errors huge, so they are smoothed too. Leaves the chosen solution in {@code out}.
     *
     * @return how the patch was solved, or null when no candidate factors (the caller takes the ridge fallback)
     */
    private Status chooseLambda(
            Kernel kernel, int dim, double[] coords, double[] values, double factor, double[] weights, double[] out) {
        int n = values.length;
        fill(kernel, dim, coords, n, factor * factor, 0);
        if (best.length < n) {
            best = new double[n];
        }
        double bestScore = Double.POSITIVE_INFINITY;
        double bestLambda = Double.NaN;
        for (double lambda : LAMBDAS) {
            if (!factorAndSolve(n, lambda, values, out)) {
                continue;
            }
            double score = leaveOneOutSquares(n, out, weights);
            if (!(score < LAMBDA_GAIN * bestScore) && !Double.isNaN(bestLambda)) {
                continue;
            }
            if (Double.isFinite(score)) {
                bestScore = score;
                bestLambda = lambda;
                System.arraycopy(out, 0, best, 0, n);
            }
        }
        if (Double.isNaN(bestLambda)) {
            return null;
        }
        System.arraycopy(best, 0, out, 0, n);
        usedLambda = bestLambda;
        deviation = residual(n, values, out);
        return bestLambda > 0 ? Status.SMOOTHED : Status.EXACT;
    }

    /**
     * {@code sum_k (c_k / (M^-1)_kk)^2} for the factor {@code U} of {@code M} in {@link #work}: {@code (M^-1)_kk} is
     * the squared length of row k of {@code U^-1}, that is of the solution of {@code U^T y = e_k} (forward
     * substitution from row k, one vectorised row update per step).
     */
    private double leaveOneOutSquares(int n, double[] c, double[] weights) {
        double[] y = product;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            if (weights != null && weights[k] == 0) {
                continue;
            }
            java.util.Arrays.fill(y, k, n, 0);
            y[k] = 1;
            double diag = 0;
            for (int i = k; i < n; i++) {
                double yi = y[i] * invDiag[i];
                diag += yi * yi;
                double[] ri = work[i];
                for (int j = i + 1; j < n; j++) {
                    y[j] -= ri[j] * yi;
                }
            }
            double e = c[k] / diag;
            sum += (weights == null ? 1 : weights[k]) * e * e;
        }
        return sum;
    }

    /**
     * The flattest kernel, found by doubling the factor and then bisecting (in its logarithm) between the last
     * failure and the first success, whose system factors without a ridge and leaves a residual within
     * {@code tolerance}. Each try costs a fill and a factorisation (a failing one often stops early). A near-singular
     * factorisation can pass the pivot test yet leave a large residual, hence the residual test. Leaves the
     * coefficients of the factor chosen in {@code out}.
     *
     * <p>Steepening stops at {@code maxFactor}: points much closer together than the rest of the patch (two
     * readings a rounding error apart) would otherwise be separated by a kernel so steep that the patch becomes
     * spikes at its points (the review measured a grid error of the data's whole range); such a patch takes the
     * ridge instead and is reported.
     *
     * @return false when even {@code maxFactor} fails
     */
    private boolean steepen(
            Kernel kernel,
            int dim,
            double[] coords,
            double[] values,
            double factor,
            double maxFactor,
            double tolerance,
            double[] out) {
        int n = values.length;
        if (best.length < n) {
            best = new double[n];
        }
        double lo = factor;
        double hi = Math.min(factor * 2, maxFactor);
        while (!exactAt(kernel, dim, coords, values, hi, tolerance, out)) {
            if (hi >= maxFactor) {
                return false;
            }
            lo = hi;
            hi = Math.min(hi * 2, maxFactor);
        }
        System.arraycopy(out, 0, best, 0, n);
        double bestDeviation = deviation;
        for (int b = 0; b < BISECTIONS; b++) {
            double mid = Math.sqrt(lo * hi);
            if (exactAt(kernel, dim, coords, values, mid, tolerance, out)) {
                hi = mid;
                System.arraycopy(out, 0, best, 0, n);
                bestDeviation = deviation;
            } else {
                lo = mid;
            }
        }
        System.arraycopy(best, 0, out, 0, n);
        deviation = bestDeviation;
        usedFactor = hi;
        return true;
    }

    /** Solves with kernel factor {@code f}, no smoothing and no ridge; true when that worked within {@code tolerance}. */
    private boolean exactAt(
            Kernel kernel, int dim, double[] coords, double[] values, double f, double tolerance, double[] out) {
        return solvedAt(kernel, dim, coords, values, f, 0, out) && deviation <= tolerance;
    }

    /**
     * Fills the matrix for kernel factor {@code f} and smoothing {@code lambda} and solves it without a ridge; true
     * when it factored, and then {@link #deviation} holds the solution's residual.
     */
    private boolean solvedAt(
            Kernel kernel, int dim, double[] coords, double[] values, double f, double lambda, double[] out) {
        int n = values.length;
        fill(kernel, dim, coords, n, f * f, lambda);
        if (!factorAndSolve(n, 0, values, out)) {
            return false;
        }
        deviation = residual(n, values, out);
        return true;
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

    /**
     * Fills the matrix {@code Phi + lambda I} for kernel factor {@code f} and factors it without a ridge, as the
     * first attempt of {@link #solve} does; the factor is then {@link #factorRows()} with
     * {@link #inverseDiagonal()}. For leave-one-out, which needs the inverse of a patch's matrix.
     *
     * @return false when the matrix is numerically singular (the fit then took a fallback)
     */
    boolean factorOnly(Kernel kernel, int dim, double[] coords, int n, double f, double lambda) {
        fillKernel(kernel, dim, coords, n, f);
        return factorWith(n, lambda);
    }

    /** Fills the kernel matrix {@code Phi} for factor {@code f} once, for several {@link #factorWith} calls. */
    void fillKernel(Kernel kernel, int dim, double[] coords, int n, double f) {
        fill(kernel, dim, coords, n, f * f, 0);
    }

    /**
     * Factors the last filled matrix with {@code lambda} added to its diagonal (a smoothing candidate, or a ridge)
     * into {@link #work}, keeping {@link #base} for the next candidate.
     */
    boolean factorWith(int n, double lambda) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(base[i], i, work[i], i, n - i);
            work[i][i] += lambda;
        }
        return UpperCholesky.factor(work, n, MIN_PIVOT, invDiag);
    }

    /**
     * The leave-one-out score {@link #chooseLambda} gives candidate {@code lambda} for the kernel matrix of the last
     * {@link #fillKernel}, by the same arithmetic (so to the last bit); NaN when the matrix does not factor, which
     * the choice skips.
     *
     * @param out receives the candidate's coefficients
     */
    double candidateScore(int n, double lambda, double[] values, double[] weights, double[] out) {
        if (!factorAndSolve(n, lambda, values, out)) {
            return Double.NaN;
        }
        return leaveOneOutSquares(n, out, weights);
    }

    /** The rows of the upper factor {@code U} of the last {@link #factorOnly} ({@code U[i][j]} for {@code j >= i}). */
    double[][] factorRows() {
        return work;
    }

    /** {@code 1 / U[i][i]} of the last {@link #factorOnly}. */
    double[] inverseDiagonal() {
        return invDiag;
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
        if (!factorWith(n, ridge)) {
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
