package org.geointerp.engine.akima;

import org.geointerp.engine.Execution;

/**
 * At every data point, the polynomial fitted to it and its nearest neighbours (Appendix A, substep 1.2): a cubic
 * through 10 points; when that system is ill-conditioned a quadratic through 6; then a plane through the 3 nearest
 * neighbours; finally the plane through the point and its nearest neighbour that is level across the line joining
 * them. Also, per point, the gradient of the least-squares plane through the same points (for the volatility weight).
 *
 * <p>Each fit is solved in coordinates centred on its data point and scaled by the distance to the farthest point
 * used, which keeps the solve accurate at any density. The fall-back decision is separate: Akima compares
 * {@link AkimaCondition} of the system in raw coordinates with CNRMX = 15,000 times the number of points, and on
 * Franke's sets (in [0, 1]^2) this decision is what Table I depends on. Here the system for the decision is set up
 * in {@link Frame} coordinates (the bounding box scaled to unit size, so units and offsets do not matter). That
 * test is an artefact of raw coordinates: it punishes neighbourhoods far from the origin and small ones, so on
 * dense data almost every fit would fall back (23 % of 100,000 uniform points even after rescaling the
 * neighbourhoods to Franke's density, with a 300-fold loss of accuracy). So, with {@code stretch} = the square
 * root of the density over 100 points per unit area (1 for Franke's sets), the decision system takes each point's
 * position divided by {@code stretch} and its neighbourhood radius h scaled by {@code h^(1/stretch - 1)}: exactly
 * Akima's test up to Franke's density, turning continuously into a test of the neighbourhood's shape alone (at
 * unit radius) on dense data, where only truly degenerate neighbourhoods fall back.
 *
 * <p>One addition to Akima: a cubic that fails the condition test is still kept when it predicts the next
 * {@link #CONFIRMING} nearest points (not used in the fit) to {@link #CONFIRM_TOLERANCE} of the largest value
 * involved. The test flags a few percent of well-posed fits (it was designed for raw coordinates, and punishes
 * neighbourhoods far from the origin more than badly shaped ones); on data that really are a cubic such a fall-back
 * is the only thing that breaks the method's cubic precision, while on any other data the prediction misses by
 * far more than rounding and Akima's decision stands, so Table I is unchanged.
 */
final class LocalFits {

    /** Number of points of the cubic, quadratic and plane fits. */
    static final int CUBIC = 10;

    static final int QUADRATIC = 6;
    static final int PLANE = 3;

    /**
     * Ratio of the largest accepted condition number to the number of points, for the decision system in frame
     * coordinates. Akima's CNRMX = 15,000 was meant for raw coordinates, and the condition number is not invariant
     * under the frame's shift and scale (on random sets of Franke's density it grows about as the square of the
     * shrink: median 1.16 for boxes of extent 1.096). So the limit is taken from Akima's own decisions, not from his
     * Table I: ConditionLimitTest applies his rule (raw coordinates, 15,000 m) to every fit it reaches on Franke's
     * three point sets, 165 decisions, and finds that this test makes the same decision on all of them exactly for
     * limits in [15,432, 15,444); 15,440 lies in that window. It is that narrow because Akima's rule puts some DPS1
     * fits within 2 % of his limit (raw 15,039 and 15,282 rejected, 14,544 accepted). The 16,000 used before
     * accepted one fit Akima rejects; with 15,440 the largest DPS1 departure from Table I fell from 2.9 % to 1.5 %.
     */
    static final double MAX_CONDITION_PER_POINT = 15_440;

    /** Points per unit frame area at which neighbourhoods are used unstretched for the condition test. */
    static final double REFERENCE_DENSITY = 100;

    /** Extra neighbours (the 11th and 12th nearest points) that can confirm an ill-conditioned cubic. */
    static final int CONFIRMING = 2;

    /** Relative prediction error under which the confirming points accept the cubic. */
    static final double CONFIRM_TOLERANCE = 1e-9;

    /** Neighbours of the robust least-squares quadratic: all the points Akima's fit and its confirmation read. */
    static final int LEAST_SQUARES = CUBIC - 1 + CONFIRMING;

    /**
     * Smallest pivot of the least-squares normal equations, relative to their largest diagonal entry, under which
     * the neighbourhood is taken as degenerate (the quadratic is not determined by it).
     */
    static final double LEAST_SQUARES_MIN_PIVOT = 1e-10;

    /** Points per unit of parallel work. */
    private static final int BLOCK = 2048;

    /** Coefficients per point: a10, a20, a30, a01, a11, a21, a02, a12, a03 (Akima's order) in local coordinates. */
    static final int COEFFS = 9;

    private final double[] u;
    private final double[] v;
    private final double[] coeff;
    private final double[] localScale;
    private final int[] used;
    private final double[] planeGradient;

    private LocalFits(double[] u, double[] v, double[] coeff, double[] localScale, int[] used, double[] plane) {
        this.u = u;
        this.v = v;
        this.coeff = coeff;
        this.localScale = localScale;
        this.used = used;
        this.planeGradient = plane;
    }

    /**
     * The stretch of neighbourhoods for the condition test: 1 up to {@link #REFERENCE_DENSITY} points per unit area
     * of the data's bounding box (frame units), the square root of the density ratio beyond.
     */
    static double stretch(double[] u, double[] v) {
        double w = java.util.Arrays.stream(u).max().orElse(0)
                - java.util.Arrays.stream(u).min().orElse(0);
        double h = java.util.Arrays.stream(v).max().orElse(0)
                - java.util.Arrays.stream(v).min().orElse(0);
        return stretch(w, h, u.length);
    }

    /** The stretch of {@code n} points whose bounding box is {@code w} by {@code h} frame units. */
    static double stretch(double w, double h, long n) {
        double area = Math.max(w * h, 1e-12);
        return Math.max(1.0, Math.sqrt(n / area / REFERENCE_DENSITY));
    }

    static LocalFits of(double[] u, double[] v, double[] z, NearestNeighbours nn, Execution execution) {
        return of(u, v, z, nn, stretch(u, v), false, execution);
    }

    /**
     * The stretch the whole data set of {@code f} has in {@code frame}: what {@link #stretch(double[], double[])}
     * gives for all its points (their extremes are the box's corners, whose frame coordinates are computed alike).
     */
    static double stretch(Frame frame, AkimaOptions.DataFrame f) {
        double w = frame.u(f.maxX()) - frame.u(f.minX());
        double h = frame.v(f.maxY()) - frame.v(f.minY());
        double area = Math.max(w * h, 1e-12);
        return Math.max(1.0, Math.sqrt(f.points() / area / REFERENCE_DENSITY));
    }

    /**
     * The fits with a given stretch (a tile's fit takes the whole data set's).
     *
     * @param leastSquares the robust fits ({@link #leastSquaresQuadratic}) where they can be made; else Akima's
     */
    static LocalFits of(
            double[] u,
            double[] v,
            double[] z,
            NearestNeighbours nn,
            double stretch,
            boolean leastSquares,
            Execution execution) {
        int n = u.length;
        // the fits are made in place: each point's fit writes only its own slots of the arrays
        LocalFits fits = new LocalFits(u, v, new double[n * COEFFS], new double[n], new int[n], new double[2 * n]);
        execution.forEachBlock("Akima fit", (n + BLOCK - 1) / BLOCK, Workspace::new, (w, b) -> {
            for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                if (!(leastSquares && fits.leastSquaresQuadratic(i, z, nn, w))) {
                    fits.fit(i, z, nn, stretch, w);
                }
                leastSquaresPlane(i, u, v, z, nn, fits.used[i], fits.planeGradient);
            }
        });
        return fits;
    }

    /** Number of neighbours (besides the point itself) in the point set behind the fit at {@code i}: 9, 5, 3 or 1. */
    int neighboursUsed(int i) {
        return used[i];
    }

    /** Gradient (d/du, d/dv) of the least-squares plane through the point set of fit {@code i}. */
    double planeU(int i) {
        return planeGradient[2 * i];
    }

    double planeV(int i) {
        return planeGradient[2 * i + 1];
    }

    /**
     * The five partial derivatives (z_u, z_v, z_uu, z_uv, z_vv) of the polynomial fitted at point {@code i},
     * evaluated at (pu, pv); written to {@code out[off..off+4]}.
     */
    void derivativesAt(int i, double pu, double pv, double[] out, int off) {
        double h = localScale[i];
        double s = (pu - u[i]) / h;
        double t = (pv - v[i]) / h;
        int o = i * COEFFS;
        double a10 = coeff[o];
        double a20 = coeff[o + 1];
        double a30 = coeff[o + 2];
        double a01 = coeff[o + 3];
        double a11 = coeff[o + 4];
        double a21 = coeff[o + 5];
        double a02 = coeff[o + 6];
        double a12 = coeff[o + 7];
        double a03 = coeff[o + 8];
        out[off] = (a10 + s * (2 * a20 + 3 * a30 * s) + t * (a11 + 2 * a21 * s + a12 * t)) / h;
        out[off + 1] = (a01 + t * (2 * a02 + 3 * a03 * t) + s * (a11 + 2 * a12 * t + a21 * s)) / h;
        double h2 = h * h;
        out[off + 2] = (2 * a20 + 6 * a30 * s + 2 * a21 * t) / h2;
        out[off + 3] = (a11 + 2 * a21 * s + 2 * a12 * t) / h2;
        out[off + 4] = (2 * a02 + 6 * a03 * t + 2 * a12 * s) / h2;
    }

    /**
     * The robust primary fit at point i ({@link AkimaOptions.Preset#ROBUST}): the quadratic through the point's own
     * value that fits its {@link #LEAST_SQUARES} nearest neighbours best in the least-squares sense, in coordinates
     * centred on the point and scaled by the farthest of them. An interpolating cubic through 10 points reproduces
     * the noise of every one of them in its derivatives (on noisy field data its estimates are several times worse
     * than those of a smoother fit); a least-squares quadratic through 12 points averages the noise away and still
     * reproduces quadratic data exactly. It reads no more neighbours than Akima's fit with its confirmation (the 11
     * nearest), so the halo proofs of leave-one-out and map tiles hold unchanged; its point set for the derivative
     * estimator (which fits hold a point, the volatility plane) stays the point and its 9 nearest. False, and no
     * fit made, when there are too few neighbours or their normal equations are singular (points on a line): Akima's
     * fits are used then.
     */
    boolean leastSquaresQuadratic(int i, double[] z, NearestNeighbours nn, Workspace w) {
        int m = Math.min(nn.k(), LEAST_SQUARES);
        if (m < QUADRATIC + 1) {
            return false;
        }
        double h = 0;
        for (int r = 0; r < m; r++) {
            int p = nn.get(i, r);
            h = Math.max(h, Math.hypot(u[p] - u[i], v[p] - v[i]));
        }
        // normal equations of the 5 coefficients of s, s^2, t, st, t^2 (Akima's a10, a20, a01, a11, a02)
        double[] sys = w.system;
        java.util.Arrays.fill(sys, 0, 5 * 6, 0.0);
        double[] row = w.row;
        for (int r = 0; r < m; r++) {
            int p = nn.get(i, r);
            double s = (u[p] - u[i]) / h;
            double t = (v[p] - v[i]) / h;
            row[0] = s;
            row[1] = s * s;
            row[2] = t;
            row[3] = s * t;
            row[4] = t * t;
            double dz = z[p] - z[i];
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    sys[a * 6 + b] += row[a] * row[b];
                }
                sys[a * 6 + 5] += row[a] * dz;
            }
        }
        // a singular or nearly singular system (neighbours on a line or a conic through the point) is left to
        // Akima's fits, whose condition test and fall-backs handle such neighbourhoods
        double diagonal = 0;
        for (int a = 0; a < 5; a++) {
            diagonal = Math.max(diagonal, sys[a * 6 + a]);
        }
        double[] x = w.solution;
        if (!solve(sys, 5, x) || !smallestPivotAtLeast(sys, 5, LEAST_SQUARES_MIN_PIVOT * diagonal)) {
            return false;
        }
        int o = i * COEFFS;
        java.util.Arrays.fill(coeff, o, o + COEFFS, 0.0);
        coeff[o] = x[0];
        coeff[o + 1] = x[1];
        coeff[o + 3] = x[2];
        coeff[o + 4] = x[3];
        coeff[o + 6] = x[4];
        localScale[i] = h;
        used[i] = Math.min(m, CUBIC - 1);
        return true;
    }

    /** Whether every pivot left on the diagonal of the eliminated system is at least {@code min} in size. */
    private static boolean smallestPivotAtLeast(double[] eliminated, int m, double min) {
        for (int k = 0; k < m; k++) {
            if (!(Math.abs(eliminated[k * (m + 1) + k]) >= min)) {
                return false;
            }
        }
        return true;
    }

    /** Per-thread scratch space; the fits run in parallel over points and allocate nothing per point. */
    static final class Workspace {
        final int[] points = new int[CUBIC];
        final double[] decision = new double[CUBIC * CUBIC];
        final AkimaCondition condition = new AkimaCondition(CUBIC);
        final double[] system = new double[CUBIC * (CUBIC + 1)];
        final double[] solution = new double[CUBIC];
        final double[] row = new double[CUBIC];
    }

    private void fit(int i, double[] z, NearestNeighbours nn, double stretch, Workspace w) {
        int k = nn.k();
        int o = i * COEFFS;
        // cubic on the point and its 9 nearest neighbours
        if (k >= CUBIC - 1 && tryFit(CUBIC, true, i, z, nn, stretch, w)) {
            used[i] = CUBIC - 1;
            return;
        }
        if (k >= QUADRATIC - 1 && tryFit(QUADRATIC, true, i, z, nn, stretch, w)) {
            used[i] = QUADRATIC - 1;
            return;
        }
        // Akima's plane goes through the three nearest neighbours, not through the point itself
        if (k >= PLANE && tryFit(PLANE, false, i, z, nn, stretch, w)) {
            used[i] = PLANE;
            return;
        }
        // only three points in all: the plane through the point and its two neighbours
        if (k == PLANE - 1 && tryFit(PLANE, true, i, z, nn, stretch, w)) {
            used[i] = PLANE - 1;
            return;
        }
        // two-point plane: slope along the line to the nearest neighbour, level across it
        int j = nn.get(i, 0);
        double du = u[j] - u[i];
        double dv = v[j] - v[i];
        double d2 = du * du + dv * dv;
        double h = Math.sqrt(d2);
        java.util.Arrays.fill(coeff, o, o + COEFFS, 0.0);
        coeff[o] = du * (z[j] - z[i]) / d2 * h;
        coeff[o + 3] = dv * (z[j] - z[i]) / d2 * h;
        localScale[i] = h;
        used[i] = 1;
    }

    /**
     * Fits a polynomial of the size {@code m} (10 = cubic, 6 = quadratic, 3 = plane) and stores it when its condition
     * number passes; the point set is the point itself and its m - 1 nearest neighbours, or (for the plane,
     * {@code withSelf = false}) its m nearest neighbours.
     */
    private boolean tryFit(
            int m, boolean withSelf, int i, double[] z, NearestNeighbours nn, double stretch, Workspace w) {
        int[] pts = w.points;
        for (int r = 0; r < m; r++) {
            pts[r] = withSelf ? (r == 0 ? i : nn.get(i, r - 1)) : nn.get(i, r);
        }
        double h = 0;
        for (int r = 0; r < m; r++) {
            double du = u[pts[r]] - u[i];
            double dv = v[pts[r]] - v[i];
            h = Math.max(h, Math.sqrt(du * du + dv * dv));
        }
        decisionSystem(m, i, pts, h, u, v, stretch, w.decision);
        boolean wellConditioned = w.condition.atMost(w.decision, m, MAX_CONDITION_PER_POINT * m);
        boolean canConfirm = m == CUBIC && nn.k() >= CUBIC - 1 + CONFIRMING;
        if (!wellConditioned && !canConfirm) {
            return false;
        }
        if (!solveLocal(m, withSelf, i, pts, h, u, v, z, w)) {
            return false;
        }
        if (!wellConditioned && !confirmed(i, h, u, v, z, nn, w.solution, w.row)) {
            return false;
        }
        int o = i * COEFFS;
        java.util.Arrays.fill(coeff, o, o + COEFFS, 0.0);
        double[] c = w.solution;
        switch (m) {
            case CUBIC -> {
                // monomial order 1, s, s^2, s^3, t, st, s^2t, t^2, st^2, t^3 = Akima's a00, a10, a20, a30, a01, ...
                System.arraycopy(c, 1, coeff, o, COEFFS);
            }
            case QUADRATIC -> {
                // 1, s, s^2, t, st, t^2
                coeff[o] = c[1];
                coeff[o + 1] = c[2];
                coeff[o + 3] = c[3];
                coeff[o + 4] = c[4];
                coeff[o + 6] = c[5];
            }
            default -> {
                coeff[o] = c[1];
                coeff[o + 3] = c[2];
            }
        }
        localScale[i] = h;
        return true;
    }

    /**
     * The m x m system whose {@link AkimaCondition} decides whether the fit on {@code pts} (around point i, farthest
     * at distance h) is kept, into {@code out}: Akima's frame coordinates at Franke's density (stretch 1); denser
     * data move towards the neighbourhood's own shape: position shrunk by 1 / stretch, radius h scaled by
     * h^(1 / stretch - 1) towards 1.
     */
    static void decisionSystem(
            int m, int i, int[] pts, double h, double[] u, double[] v, double stretch, double[] out) {
        double zoom = Math.pow(h, 1 / stretch - 1);
        for (int r = 0; r < m; r++) {
            double s = u[i] / stretch + (u[pts[r]] - u[i]) * zoom;
            double t = v[i] / stretch + (v[pts[r]] - v[i]) * zoom;
            monomials(m, s, t, out, r * m);
        }
    }

    /**
     * The coefficients of the polynomial through the points {@code pts} in coordinates centred on point i and scaled
     * by h, into {@code w.solution}; false when the system is singular. When the point itself is among them (it is
     * first), its row says only that the constant term is z_i: the constant is set and the other m - 1 coefficients
     * solved from the other m - 1 points (a 9 x 9 system for a cubic instead of 10 x 10, a quarter less work).
     */
    private static boolean solveLocal(
            int m, boolean withSelf, int i, int[] pts, double h, double[] u, double[] v, double[] z, Workspace w) {
        double[] system = w.system;
        double[] row = w.row;
        int first = withSelf ? 1 : 0;
        int size = m - first;
        for (int r = first; r < m; r++) {
            double s = (u[pts[r]] - u[i]) / h;
            double t = (v[pts[r]] - v[i]) / h;
            monomials(m, s, t, row, 0);
            int o = (r - first) * (size + 1);
            System.arraycopy(row, first, system, o, size);
            system[o + size] = z[pts[r]] - (withSelf ? z[i] : 0);
        }
        double[] x = w.solution;
        if (!solve(system, size, x)) {
            return false;
        }
        if (withSelf) {
            System.arraycopy(x, 0, x, 1, size);
            x[0] = z[i];
        }
        return true;
    }

    /**
     * Solves the m x m system stored row by row with its right-hand side as column m ({@code m x (m + 1)}, destroyed)
     * by Gaussian elimination with partial pivoting; false when a pivot is exactly zero (singular). Written out
     * rather than taken from EJML: this runs once per data point, and EJML's copy, LU, inverse and product cost
     * several times more than the elimination itself.
     */
    static boolean solve(double[] s, int m, double[] x) {
        int w = m + 1;
        for (int k = 0; k < m; k++) {
            int best = k;
            for (int r = k + 1; r < m; r++) {
                if (Math.abs(s[r * w + k]) > Math.abs(s[best * w + k])) {
                    best = r;
                }
            }
            if (s[best * w + k] == 0) {
                return false;
            }
            if (best != k) {
                for (int j = k; j <= m; j++) {
                    double t = s[k * w + j];
                    s[k * w + j] = s[best * w + j];
                    s[best * w + j] = t;
                }
            }
            double pivot = s[k * w + k];
            for (int r = k + 1; r < m; r++) {
                double f = s[r * w + k] / pivot;
                if (f != 0) {
                    for (int j = k + 1; j <= m; j++) {
                        s[r * w + j] -= f * s[k * w + j];
                    }
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            double sum = s[k * w + m];
            for (int j = k + 1; j < m; j++) {
                sum -= s[k * w + j] * x[j];
            }
            x[k] = sum / s[k * w + k];
        }
        return true;
    }

    /** Whether the cubic {@code c} (local coordinates about point i, scale h) predicts the confirming points. */
    private static boolean confirmed(
            int i, double h, double[] u, double[] v, double[] z, NearestNeighbours nn, double[] c, double[] row) {
        double largest = Math.abs(z[i]);
        for (int j = 0; j < CUBIC - 1 + CONFIRMING; j++) {
            largest = Math.max(largest, Math.abs(z[nn.get(i, j)]));
        }
        for (int j = CUBIC - 1; j < CUBIC - 1 + CONFIRMING; j++) {
            int p = nn.get(i, j);
            monomials(CUBIC, (u[p] - u[i]) / h, (v[p] - v[i]) / h, row, 0);
            double predicted = 0;
            for (int k = 0; k < CUBIC; k++) {
                predicted += row[k] * c[k];
            }
            if (!(Math.abs(predicted - z[p]) <= CONFIRM_TOLERANCE * largest)) {
                return false;
            }
        }
        return true;
    }

    /** The row of monomials of a fit of {@code m} points at (s, t), in the order documented in {@link #tryFit}. */
    static void monomials(int m, double s, double t, double[] row, int off) {
        row[off] = 1;
        if (m == CUBIC) {
            row[off + 1] = s;
            row[off + 2] = s * s;
            row[off + 3] = s * s * s;
            row[off + 4] = t;
            row[off + 5] = s * t;
            row[off + 6] = s * s * t;
            row[off + 7] = t * t;
            row[off + 8] = s * t * t;
            row[off + 9] = t * t * t;
        } else if (m == QUADRATIC) {
            row[off + 1] = s;
            row[off + 2] = s * s;
            row[off + 3] = t;
            row[off + 4] = s * t;
            row[off + 5] = t * t;
        } else {
            row[off + 1] = s;
            row[off + 2] = t;
        }
    }

    /**
     * Gradient of the least-squares plane through the point and the neighbours its fit used (Akima's SDLS1P); for a
     * two-point fit, the two-point plane itself.
     */
    private static void leastSquaresPlane(
            int i, double[] u, double[] v, double[] z, NearestNeighbours nn, int ncp, double[] out) {
        if (ncp == 1) {
            int j = nn.get(i, 0);
            double du = u[j] - u[i];
            double dv = v[j] - v[i];
            double d2 = du * du + dv * dv;
            out[2 * i] = du * (z[j] - z[i]) / d2;
            out[2 * i + 1] = dv * (z[j] - z[i]) / d2;
            return;
        }
        // centred sums: the same plane as Akima's raw sums, without their cancellation
        int np = ncp + 1;
        double mu = 0;
        double mv = 0;
        double mz = 0;
        for (int r = 0; r < np; r++) {
            int p = r == 0 ? i : nn.get(i, r - 1);
            mu += u[p];
            mv += v[p];
            mz += z[p];
        }
        mu /= np;
        mv /= np;
        mz /= np;
        double suu = 0;
        double suv = 0;
        double svv = 0;
        double suz = 0;
        double svz = 0;
        for (int r = 0; r < np; r++) {
            int p = r == 0 ? i : nn.get(i, r - 1);
            double du = u[p] - mu;
            double dv = v[p] - mv;
            double dz = z[p] - mz;
            suu += du * du;
            suv += du * dv;
            svv += dv * dv;
            suz += du * dz;
            svz += dv * dz;
        }
        double det = suu * svv - suv * suv;
        out[2 * i] = (suz * svv - svz * suv) / det;
        out[2 * i + 1] = (svz * suu - suz * suv) / det;
    }
}
