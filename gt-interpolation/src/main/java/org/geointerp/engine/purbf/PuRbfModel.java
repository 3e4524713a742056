package org.geointerp.engine.purbf;

import java.util.concurrent.atomic.LongAdder;
import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.KdTree;

/**
 * A fitted partition-of-unity RBF interpolant in N dimensions: {@code I(x) = sum_j W_j(x) R_j(x)} with local RBF
 * interpolants {@code R_j} and Shepard weights {@code W_j} built from Wendland's C2 function on each patch.
 * Immutable and thread-safe; {@link #evaluator()} hands out the per-thread scratch space.
 *
 * <p>Patch data are stored in flat arrays (points of patch j at {@code [offset[j], offset[j+1])}, coordinates
 * copied contiguously) because evaluation streams through one patch's points at a time.
 *
 * <p>A point in the domain that no patch covers (possible near sharp corners, where no centre lies close enough)
 * takes the value of the nearest patch's interpolant and is counted in {@link #uncoveredEvaluations()}. With a
 * given patch spacing ({@link #localOnly()}) it gets NaN instead: the nearest patch may be one a map tile does
 * not have, and a cell beyond the reach of every patch has no data near it.
 */
public final class PuRbfModel {

    final int dim;
    final Kernel kernel;
    final int patches;
    final double[] centres;
    final double[] radius;
    /** Multiplies distances before the kernel: shape / length. */
    final double[] factor;

    final int[] offset;
    final double[] coords;
    final double[] coef;
    final int[] pointIndex;
    /** The patch's constant value when it fell back to one, NaN otherwise. */
    final double[] constant;

    final double maxRadius;
    final Domain domain;
    final boolean extrapolate;
    /** No value where no patch covers a point (anchored lattice); otherwise the nearest patch's. */
    final boolean localOnly;
    /**
     * Per patch, the mean of the values it was fitted to: the kernels interpolate the values minus this level, and
     * the local interpolant adds it back. A plain RBF sum has no constant term, so a large common offset in the
     * values (elevations of 1,000 m varying by a few) would otherwise be carried by the kernels, at a cost in
     * accuracy for a flat kernel's ridge and a steep kernel alike.
     */
    final double[] level;

    private final PointSet points;

    private final FitReport report;
    private final LongAdder uncovered = new LongAdder();
    /** The patches and their points before they were solved (with the options and layout), which leave-one-out works from. */
    final PatchMembers members;

    /**
     * @param members the patches
     * @param factor per patch, the kernel factor it was solved with
     * @param coords the patches' points, interleaved, patch by patch
     * @param coef their coefficients
     * @param constant per patch, the constant that replaced its interpolant, or NaN
     * @param level per patch, the mean of its values
     */
    PuRbfModel(
            PatchMembers members,
            double[] factor,
            double[] coords,
            double[] coef,
            double[] constant,
            double[] level,
            FitReport report) {
        this.members = members;
        this.dim = members.dim;
        this.kernel = members.options.kernel();
        this.patches = members.patches;
        this.centres = members.centres;
        this.radius = members.radius;
        this.factor = factor;
        this.offset = members.offset;
        this.coords = coords;
        this.coef = coef;
        this.pointIndex = members.pointIndex;
        this.constant = constant;
        this.level = level;
        this.domain = members.layout.domain;
        this.extrapolate = members.options.extrapolate();
        this.localOnly = members.anchored;
        this.points = members.points;
        this.report = report;
        double m = 0;
        for (double r : radius) {
            m = Math.max(m, r);
        }
        this.maxRadius = m;
    }

    public int dimension() {
        return dim;
    }

    public FitReport report() {
        return report;
    }

    /**
     * The lattice and domain the fit used: derived from the data, or given. Passed back to a fit (as the hidden
     * parameter {@code layout}) it makes the same patches on other data.
     */
    public PatchLayout layout() {
        return members.layout;
    }

    /**
     * The distinct data points the model was fitted to (coincident input points merged), in the input's order
     * (the fit stores them differently, {@link CellOrder}, but reports them as given).
     */
    public PointSet points() {
        return points;
    }

    public Domain domain() {
        return domain;
    }

    /**
     * True for a fit on a given patch spacing: points that no patch covers get NaN rather than the nearest patch's
     * value, so values depend only on the data within reach ({@link #reach()}).
     */
    public boolean localOnly() {
        return localOnly;
    }

    /**
     * The farthest a data point can be from an evaluation point and still affect its value: the largest patch
     * radius plus the largest fit radius. With a given patch spacing this is {@code radiusFactor * s * (1 +
     * fitRadiusRatio)}; map tiles must read the data within this distance.
     */
    public double reach() {
        double fit = 0;
        for (int j = 0; j < patches; j++) {
            for (int k = offset[j], end = offset[j + 1]; k < end; k++) {
                double d2 = 0;
                for (int a = 0; a < dim; a++) {
                    double t = coords[k * dim + a] - centres[j * dim + a];
                    d2 += t * t;
                }
                fit = Math.max(fit, Math.sqrt(d2));
            }
        }
        return maxRadius + fit;
    }

    public Kernel kernel() {
        return kernel;
    }

    public int patchCount() {
        return patches;
    }

    /** A copy of patch {@code j}'s centre. */
    public double[] centre(int j) {
        double[] c = new double[dim];
        System.arraycopy(centres, j * dim, c, 0, dim);
        return c;
    }

    public double radius(int j) {
        return radius[j];
    }

    /** The factor patch {@code j} multiplies distances with before applying the kernel. */
    public double kernelFactor(int j) {
        return factor[j];
    }

    /** Indices (into {@link #points()}) of the points of patch {@code j}. */
    public int[] patchPoints(int j) {
        return java.util.Arrays.copyOfRange(pointIndex, offset[j], offset[j + 1]);
    }

    /** The RBF coefficients of patch {@code j}, in the order of {@link #patchPoints}. */
    public double[] coefficients(int j) {
        return java.util.Arrays.copyOfRange(coef, offset[j], offset[j + 1]);
    }

    /** The constant that replaced patch {@code j}'s interpolant, or NaN when it has an RBF interpolant. */
    public double constantValue(int j) {
        return constant[j];
    }

    /** The level patch {@code j}'s interpolant adds to its kernel sum (the mean of the values it was fitted to). */
    public double level(int j) {
        return level[j];
    }

    /** How many evaluations so far found no covering patch and used the nearest one (see class comment). */
    public long uncoveredEvaluations() {
        return uncovered.sum();
    }

    void countUncovered() {
        uncovered.increment();
    }

    /** The local interpolant of patch {@code j} at {@code p}. */
    double local(int j, double[] p) {
        if (!Double.isNaN(constant[j])) {
            return constant[j];
        }
        return kernelSum(kernel, coords, coef, offset[j], offset[j + 1], factor[j], level[j], p);
    }

    /**
     * {@code level + sum_k coef[k] phi(factor |p - x_k|)} over the points {@code from <= k < to} of {@code coords}
     * (interleaved): a local interpolant at {@code p}, for the model and for patches solved again.
     */
    static double kernelSum(
            Kernel kernel, double[] coords, double[] coef, int from, int to, double factor, double level, double[] p) {
        int dim = p.length;
        double f2 = factor * factor;
        double sum = level;
        for (int k = from; k < to; k++) {
            double d2 = 0;
            int o = k * dim;
            for (int a = 0; a < dim; a++) {
                double t = p[a] - coords[o + a];
                d2 += t * t;
            }
            sum += coef[k] * kernel.ofSquared(f2 * d2);
        }
        return sum;
    }

    /**
     * Adds patch {@code j}'s 2D interpolant at {@code (xs[col], y)} to {@code acc[col]} for {@code from <= col < to}:
     * one grid row's chord at a time, point by point, so the inner loop runs over cells with no sum to carry from
     * one iteration to the next (C2 vectorises it; a loop summing over the points for one cell cannot be: the
     * 2000 x 2000 grid of 100,000 points, evaluation only, took 2.57 s that way and 0.84 s this way).
     */
    void addLocalRow(int j, double[] xs, int from, int to, double y, double[] acc) {
        if (!Double.isNaN(constant[j])) {
            for (int col = from; col < to; col++) {
                acc[col] += constant[j];
            }
            return;
        }
        double f2 = factor[j] * factor[j];
        for (int col = from; col < to; col++) {
            acc[col] += level[j];
        }
        for (int k = offset[j], end = offset[j + 1]; k < end; k++) {
            double dy = y - coords[2 * k + 1];
            kernel.addRow(acc, xs, from, to, coords[2 * k], dy * dy, f2, coef[k]);
        }
    }

    /** A 2D {@link org.geointerp.engine.Surface} view with a fast grid path. */
    public PuRbfSurface surface() {
        if (dim != 2) {
            throw new IllegalStateException("surface: the model is " + dim + "-dimensional; use evaluate()");
        }
        FitReport r = report;
        return new PuRbfSurface(
                this, new FitSummary(r.points(), r.mergedAway(), java.util.Map.of(), java.util.List.of()));
    }

    KdTree.Searcher centreSearcher() {
        return members.centreSearcher();
    }

    /** A new evaluator for one thread. */
    public Evaluator evaluator() {
        return new Evaluator();
    }

    /** The value at one point (allocates an evaluator; use {@link #evaluator()} in loops). */
    public double value(double... p) {
        return new Evaluator().value(p);
    }

    /**
     * Values at many points, in parallel.
     *
     * @param axes one coordinate array per axis, as in {@link PointSet}
     * @return one value per point, NaN outside the domain unless extrapolating
     */
    public double[] evaluate(double[][] axes) {
        return evaluate(axes, Execution.defaults());
    }

    /** Values at many points, in parallel on {@code execution}. */
    public double[] evaluate(double[][] axes, Execution execution) {
        if (axes.length != dim) {
            throw new IllegalArgumentException("points: expected " + dim + " coordinate arrays, got " + axes.length);
        }
        int n = axes[0].length;
        double[] out = new double[n];
        int chunk = 1024;
        execution.forEachBlock("PartitionOfUnityRBF evaluation", (n + chunk - 1) / chunk, Evaluator::new, (e, b) -> {
            double[] p = new double[dim];
            for (int i = b * chunk, end = Math.min(n, (b + 1) * chunk); i < end; i++) {
                for (int a = 0; a < dim; a++) {
                    p[a] = axes[a][i];
                }
                out[i] = e.value(p);
            }
        });
        return out;
    }

    /** Point evaluation with reusable search buffers; not thread-safe. */
    public final class Evaluator {
        private final KdTree.Searcher searcher = members.centreSearcher();

        /** The interpolant at {@code p}; NaN outside the domain unless extrapolating. */
        public double value(double[] p) {
            if (!extrapolate && !domain.contains(p)) {
                return Double.NaN;
            }
            int m = searcher.within(p, maxRadius, false);
            double num = 0;
            double den = 0;
            for (int i = 0; i < m; i++) {
                int j = searcher.index(i);
                double r = radius[j];
                double w = Weight.of(searcher.distanceSquared(i), r * r, r);
                if (w > 0) {
                    num += w * local(j, p);
                    den += w;
                }
            }
            if (den > 0) {
                return num / den;
            }
            countUncovered();
            if (localOnly) {
                return Double.NaN;
            }
            return local(PatchMembers.nearestPatch(searcher, p), p);
        }

        /**
         * The normalised partition-of-unity weights at {@code p}: fills {@code patchesOut} and {@code weightsOut}
         * (each at least {@link #patchCount()} long, or as long as the largest overlap) and returns their count;
         * 0 when no patch covers {@code p}.
         */
        public int weights(double[] p, int[] patchesOut, double[] weightsOut) {
            int m = searcher.within(p, maxRadius, false);
            double den = 0;
            int k = 0;
            for (int i = 0; i < m; i++) {
                int j = searcher.index(i);
                double r = radius[j];
                double w = Weight.of(searcher.distanceSquared(i), r * r, r);
                if (w > 0) {
                    patchesOut[k] = j;
                    weightsOut[k++] = w;
                    den += w;
                }
            }
            for (int i = 0; i < k; i++) {
                weightsOut[i] /= den;
            }
            return k;
        }
    }
}
