package org.geointerp.engine.purbf;

/**
 * Closed-form leave-one-out of a patch whose smoothing is chosen from its own data (an automatic lambda,
 * {@link LocalSolver#LAMBDAS}): what the patch refitted without point k gives at x_k, the refit choosing its lambda
 * again from its other points, without refitting.
 *
 * <p>For each candidate lambda the inverse {@code B} of the whole patch's matrix {@code M = Phi + lambda I} is
 * formed once. Without point k the inverse is {@code B' = B_(-k,-k) - B_(-k),k B_k,(-k) / B_kk}, so every quantity the
 * refit's choice needs costs O(m) per point and candidate: the coefficients {@code c' = B' g} of the values about
 * their mean without k ({@code g}), through {@code B z} and {@code B 1} computed once; the diagonal
 * {@code B'_ii = B_ii - B_ik^2 / B_kk}; Rippa's residuals {@code c'_i / B'_ii}, weighted as the refit weighs them;
 * the same rule choosing among the candidates ({@link LocalSolver#LAMBDA_GAIN}); and the value at x_k,
 * {@code m_(-k) - (B g)_k / B_kk} (see {@link PatchInverse}). Per patch that is about ten O(m^3) inversions, the
 * cost of the fit's own choice; refitting would cost that per point.
 *
 * <p>The refit skips a candidate whose matrix does not factor. Every candidate's {@code M} is required to factor
 * with {@code trace(B)} within {@link #MAX_COMPETING_TRACE}: the matrix without a point is a principal submatrix,
 * whose smallest eigenvalue is no smaller (Cauchy interlacing), so the refit factors every candidate too. The chosen
 * candidate's value is used only within the bound the fixed-lambda closed form uses. A candidate beyond that bound
 * (on tight clusters the smallest lambdas' matrices are that close to singular) is {@link #uncertain}: the caller
 * computes its score as the refit does, one factorisation per left-out point where the refit makes ten; a patch
 * with more than {@link #MAX_UNCERTAIN} such candidates is solved again by the caller. One instance per thread.
 */
final class AutomaticLambdaLeaveOneOut {

    private static final double[] LAMBDAS = LocalSolver.LAMBDAS;

    /**
     * Largest {@code trace(B)} of a candidate that only competes: it bounds {@code 1 / lambda_min(M)}, and the matrix
     * without a point has no smaller eigenvalue, so its squared Cholesky pivots stay above 1e-12, far above
     * {@link LocalSolver#MIN_PIVOT}: the refit factors it too. Its score is then known to about
     * {@code trace * eps} relatively, as the refit knows its own.
     */
    static final double MAX_COMPETING_TRACE = 1e12;

    /**
     * Most {@link #uncertain} candidates a patch may have: each costs the caller a factorisation per left-out point
     * (as the refit does), so beyond half of them solving the patch again costs about as much.
     */
    static final int MAX_UNCERTAIN = LAMBDAS.length / 2;

    private final LocalSolver solver = new LocalSolver();
    private final PatchInverse inverse = new PatchInverse();
    /**
     * The inverse B of the candidate being scored ({@link #inverse}), with B z, B 1 and its diagonal (contiguous for
     * the per-point loop). One candidate at a time: its B stays in the first-level cache while every point's score
     * is taken from it (ten of them, one per candidate, would not).
     */
    private double[] bz = new double[0];

    private double[] b1 = new double[0];
    private double[] diagonal = new double[0];
    /** Per candidate and point k: the score of the refit without k, and its value at x_k. */
    private final double[][] scores = new double[LAMBDAS.length][0];

    private final double[][] values = new double[LAMBDAS.length][0];

    private double[] z;
    private double[] weights;
    /** Scratch: the terms of {@link #scoreRun}. */
    private double[] terms = new double[0];

    private final double[] trace = new double[LAMBDAS.length];
    /**
     * Candidates beyond {@link #MAX_COMPETING_TRACE} (or not factoring): whether the refit factors them, and their
     * score, the closed form cannot know; the caller gives their scores as the refit computes them.
     */
    final boolean[] uncertain = new boolean[LAMBDAS.length];

    /** How many candidates are {@link #uncertain}. */
    int uncertainCount;

    private double maxTrace;
    private double sum;
    private int m;

    /**
     * Prepares a patch: every candidate's score and value at each point to be left out; false when more than
     * {@link #MAX_UNCERTAIN} candidates do not factor within the bound (the patch is then solved again).
     *
     * @param coords the patch's points, interleaved
     * @param factor the kernel factor the patch was fitted with
     * @param z the values, in the patch's point order
     * @param weights the leave-one-out weights ({@link PatchSolve#leaveOneOutWeights})
     * @param maxTrace the largest {@code trace(B)} of the chosen candidate, whose value is used
     * @param left whether each point will be left out ({@link #leaveOneOut} is asked only for those)
     */
    boolean prepare(
            Kernel kernel,
            int dim,
            double[] coords,
            int m,
            double factor,
            double[] z,
            double[] weights,
            double maxTrace,
            boolean[] left) {
        this.m = m;
        this.z = z;
        this.weights = weights;
        this.maxTrace = maxTrace;
        sum = 0;
        for (int i = 0; i < m; i++) {
            sum += z[i];
        }
        if (bz.length < m) {
            bz = new double[m];
            b1 = new double[m];
            diagonal = new double[m];
            for (int c = 0; c < LAMBDAS.length; c++) {
                scores[c] = new double[m];
                values[c] = new double[m];
            }
        }
        solver.fillKernel(kernel, dim, coords, m, factor);
        uncertainCount = 0;
        for (int c = 0; c < LAMBDAS.length; c++) {
            uncertain[c] = false;
            if (solver.factorWith(m, LAMBDAS[c])) {
                trace[c] = inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m, MAX_COMPETING_TRACE);
            } else {
                trace[c] = Double.POSITIVE_INFINITY;
            }
            if (!(trace[c] <= MAX_COMPETING_TRACE)) {
                uncertain[c] = true;
                if (++uncertainCount > MAX_UNCERTAIN) {
                    return false;
                }
                continue;
            }
            double[][] b = inverse.matrix();
            for (int i = 0; i < m; i++) {
                double[] bi = b[i];
                double sz = 0;
                double s1 = 0;
                for (int j = 0; j < m; j++) {
                    sz += bi[j] * z[j];
                    s1 += bi[j];
                }
                bz[i] = sz;
                b1[i] = s1;
                diagonal[i] = bi[i];
            }
            for (int k = 0; k < m; k++) {
                if (left[k]) {
                    score(c, k);
                }
            }
        }
        return true;
    }

    /** Candidate c's score of the refit without point k, and that refit's value at x_k, from the B just formed. */
    private void score(int c, int k) {
        double mean = (sum - z[k]) / Math.max(1, m - 1);
        double[] bk = inverse.matrix()[k]; // B is symmetric: row k is column k, read along the row
        double bkk = bk[k];
        double gk = z[k] - mean;
        // (B g)_k over the other points: B_k. (z - mean) less the k term
        double gK = bz[k] - mean * b1[k] - bkk * gk;
        // the points before k and after it
        scores[c][k] =
                scoreRun(0, k, bk, mean, gk, gK / bkk, 1 / bkk) + scoreRun(k + 1, m, bk, mean, gk, gK / bkk, 1 / bkk);
        values[c][k] = mean - gK / bkk;
    }

    /**
     * The index in {@link LocalSolver#LAMBDAS} of the candidate the refit of the last {@link #leaveOneOut} chooses,
     * also when its value was not used (-1: none gave a finite score). Every candidate competed within
     * {@link #MAX_COMPETING_TRACE} or with the refit's own score, so the refit chooses it too: solving the patch once
     * with it gives the refit's solution, where the refit would factor all ten.
     */
    int chosen;

    /**
     * The value at point k (one {@link #prepare} was told is left out) of the patch refitted without it; NaN when
     * no candidate gives a finite score or the chosen one is not conditioned well enough for its value to be used.
     *
     * @param uncertainScores per {@link #uncertain} candidate, its score in the refit without k
     *     ({@link PatchSolve#candidateScores}); NaN where the refit's matrix does not factor
     */
    double leaveOneOut(int k, double[] uncertainScores) {
        double mean = (sum - z[k]) / Math.max(1, m - 1);
        boolean equal = true;
        for (int i = 0; i < m; i++) {
            if (i != k && z[i] != z[k == 0 ? 1 : 0]) {
                equal = false;
                break;
            }
        }
        if (equal) {
            chosen = -1;
            return mean; // the refit's values are all equal: its level alone interpolates them
        }
        double bestScore = Double.POSITIVE_INFINITY;
        int best = -1;
        double bestValue = Double.NaN;
        for (int c = 0; c < LAMBDAS.length; c++) {
            // an uncertain candidate's score is the refit's own, NaN when the refit's matrix does not factor (the
            // choice skips it); its value is unknown: the caller solves with this lambda
            double score = uncertain[c] ? uncertainScores[c] : scores[c][k];
            if (uncertain[c] && Double.isNaN(score) || !(score < LocalSolver.LAMBDA_GAIN * bestScore) && best >= 0) {
                continue;
            }
            if (Double.isFinite(score)) {
                bestScore = score;
                best = c;
                bestValue = uncertain[c] ? Double.NaN : values[c][k];
            }
        }
        chosen = best;
        if (best < 0 || uncertain[best] || !(trace[best] <= maxTrace)) {
            return Double.NaN; // the caller solves the patch again, with the lambda of chosen
        }
        return bestValue;
    }

    /**
     * {@code sum w_i e_i^2} over points {@code from .. to} of the refit without k for the candidate being scored: its coefficients
     * {@code c'_i = g_i - B_ik (B g)_k / B_kk} over its diagonal {@code B'_ii = B_ii - B_ik^2 / B_kk}.
     *
     * @param t {@code (B g)_k / B_kk}
     * @param inverseBkk {@code 1 / B_kk}
     */
    private double scoreRun(int from, int to, double[] bk, double mean, double gk, double t, double inverseBkk) {
        double[] bzc = bz;
        double[] b1c = b1;
        double[] dc = diagonal;
        if (terms.length < to) {
            terms = new double[Math.max(to, 2 * terms.length)];
        }
        // every term without a branch, so that C2 vectorises the loop and its divisions (in the 100,000-point
        // leave-one-out benchmark's profile 108 samples against 184 for the loop that skipped the points without
        // weight); a point without weight gives 0, or NaN where its e is not finite
        for (int i = from; i < to; i++) {
            double bik = bk[i];
            double ci = bzc[i] - mean * b1c[i] - bik * gk - bik * t;
            double e = ci / (dc[i] - bik * bik * inverseBkk);
            terms[i] = weights[i] * e * e;
        }
        // four interleaved sums: one would wait on each addition
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += terms[i];
            s1 += terms[i + 1];
            s2 += terms[i + 2];
            s3 += terms[i + 3];
        }
        for (; i < to; i++) {
            s0 += terms[i];
        }
        double sum = (s0 + s1) + (s2 + s3);
        if (Double.isNaN(sum)) {
            // a NaN term of a point without weight: not counted, as the refit does not count it
            sum = 0;
            for (int q = from; q < to; q++) {
                if (weights[q] != 0) {
                    sum += terms[q];
                }
            }
        }
        return sum;
    }
}
