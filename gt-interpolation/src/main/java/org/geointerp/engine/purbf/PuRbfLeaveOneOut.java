package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.CoincidentPoints;
import org.geointerp.engine.internal.KdTree;

/**
 * Leave-one-out of a fitted 2D PU-RBF surface without refitting: the value at a data location of the same fit (same
 * options, same {@link PatchLayout}) to the data without that location's points.
 *
 * <p>Such a refit has the same patch centres and domain (the layout is fixed), so it differs from the full fit only
 * in the patches whose points included the left-out ones; every other patch keeps its points, rules, solve and
 * weight. For a patch that held left-out point k:
 * <ul>
 *   <li>when the refit's rules give it the same points minus k, the same radii (not grown or extended anew) and
 *       the same kernel factor, and its system was solved exactly and is well conditioned, its refitted value at
 *       x_k is the closed form of {@link PatchInverse} (Rippa's leave-one-out with the patch's level);</li>
 *   <li>otherwise (the patch shrinks below its minimum and is grown or extended to other points, is dropped, was a
 *       fallback of a singular system, steepened, or is ill conditioned) the patch is gathered and solved again by
 *       the fit's own rules ({@link PatchGather}, {@link PatchSolve}) without the left-out points.</li>
 * </ul>
 * The refitted patches are then blended by their weights at x_k as the surface blends, with a refitted weight
 * radius where the rules changed it. Patch members are solved in a canonical order (merged index), so a patch
 * solved again here is solved exactly as the refit solves it.
 *
 * <p>A whole refit remains for a location without which fewer than three distinct points are left (the refit
 * reports the error) and for an anchored lattice with the kernel scaled to the data's box (the box would change).
 */
final class PuRbfLeaveOneOut {

    /**
     * Largest {@code trace(A^-1)} (a bound on {@code 1 / lambda_min}) of a patch whose closed form is used: beyond
     * it the closed form and a refit (both right to rounding times the condition number) may differ by more than
     * 1e-9 of the values, and the patch is solved again instead. {@code PatchInverseTest} measured the
     * differences against this bound.
     */
    static final double MAX_INVERSE_TRACE = 1e6;

    private static final int PER_BLOCK = 64;

    private final PuRbfModel model;
    private final PointSet data;
    private final LocationGroups groups;
    private final PointSet pts;
    private final int dim;
    private final PuRbfOptions o;
    private final PatchLattice lattice;
    private final boolean anchored;
    private final double ratio;
    /** The merged point of each data point. */
    private final int[] mergedOf;
    /** Patches holding each merged point: {@code patchOf[patchStart[p] .. patchStart[p + 1])}. */
    private final int[] patchStart;

    private final int[] patchOf;
    private final KdTree tree;

    /** Patch values at left-out points taken from the closed form, and patches solved again (for tests and docs). */
    final java.util.concurrent.atomic.LongAdder closedForms = new java.util.concurrent.atomic.LongAdder();

    final java.util.concurrent.atomic.LongAdder solvedAgain = new java.util.concurrent.atomic.LongAdder();

    // per patch, from the first pass
    /** The patch's gather without any point left out agreed with the model (else every location touching it refits). */
    private boolean[] known;
    /** Not grown or extended: its points are those within the lattice's fit radius. */
    private boolean[] plain;
    /** Points within the lattice's fit radius. */
    private int[] within;

    private double[] fitRadius;
    /** Closed-form leave-one-out values, one per patch entry ({@code model.offset}); NaN where not computed. */
    private double[] closed;

    PuRbfLeaveOneOut(PuRbfModel model, PointSet data, LocationGroups groups) {
        this.model = model;
        this.data = data;
        this.groups = groups;
        this.pts = model.points();
        this.dim = model.dim;
        this.o = model.options;
        this.lattice = model.layout.lattice;
        this.anchored = model.localOnly;
        this.ratio = o.effectiveFitRadiusRatio(dim);
        CoincidentPoints.Result merged = CoincidentPoints.merge(data, 0);
        if (merged.points().size() != pts.size()) {
            throw new IllegalArgumentException(
                    "data: the surface was fitted to " + pts.size() + " distinct points, leave-one-out was given "
                            + merged.points().size());
        }
        this.mergedOf = merged.memberOf();
        int n = pts.size();
        this.patchStart = new int[n + 1];
        for (int k = 0; k < model.pointIndex.length; k++) {
            patchStart[model.pointIndex[k] + 1]++;
        }
        for (int p = 0; p < n; p++) {
            patchStart[p + 1] += patchStart[p];
        }
        this.patchOf = new int[model.pointIndex.length];
        int[] fill = Arrays.copyOf(patchStart, n);
        for (int j = 0; j < model.patches; j++) {
            for (int k = model.offset[j]; k < model.offset[j + 1]; k++) {
                patchOf[fill[model.pointIndex[k]]++] = j;
            }
        }
        this.tree = new KdTree(pts);
    }

    LeaveOneOutPredictor.Predictions predict(int[] targets, Execution execution) {
        double[] out = new double[data.size()];
        Arrays.fill(out, Double.NaN);
        int n = pts.size();
        boolean[] target = new boolean[n];
        for (int g : targets) {
            for (int k = 0; k < groups.size(g); k++) {
                target[mergedOf[groups.member(g, k)]] = true;
            }
        }
        boolean boxScaleMoves = anchored && o.scale() == KernelScale.BOX;
        if (!boxScaleMoves) {
            preparePatches(target, execution.stage(0, 0.5));
        }
        boolean[] refit = new boolean[targets.length];
        int blocks = (targets.length + PER_BLOCK - 1) / PER_BLOCK;
        execution.stage(0.5, 0.95).forEachBlock("PartitionOfUnityRBF leave-one-out", blocks, Location::new, (l, b) -> {
            for (int t = b * PER_BLOCK, end = Math.min(targets.length, t + PER_BLOCK); t < end; t++) {
                refit[t] = boxScaleMoves || !l.predict(targets[t], out);
            }
        });
        return LeaveOneOutPredictor.withRefits(
                new PuRbfInterpolator(o, anchored ? null : model.layout),
                data,
                groups,
                targets,
                refit,
                out,
                execution.stage(0.95, 1));
    }

    /** The kernel factor a patch of fit radius {@code fit} starts from. */
    private double baseFactor(double fit) {
        return o.effectiveShape() / (o.scale() == KernelScale.BOX ? lattice.boxLength : fit);
    }

    /**
     * First pass, over the patches holding a target point: the rules that applied to each (plain or grown, points
     * within the lattice's fit radius), and the closed-form leave-one-out value of each target point it holds
     * alone among the points of its location.
     */
    private void preparePatches(boolean[] target, Execution execution) {
        int d = model.patches;
        known = new boolean[d];
        plain = new boolean[d];
        within = new int[d];
        fitRadius = new double[d];
        closed = new double[model.pointIndex.length];
        Arrays.fill(closed, Double.NaN);
        int[] needed = new int[d];
        int count = 0;
        for (int j = 0; j < d; j++) {
            for (int k = model.offset[j]; k < model.offset[j + 1]; k++) {
                if (target[model.pointIndex[k]]) {
                    needed[count++] = j;
                    break;
                }
            }
        }
        int patches = count;
        int minPoints = PartitionOfUnityRbf.minPoints(o, pts.size(), dim);
        int minFit = anchored ? 0 : PartitionOfUnityRbf.minFitPoints(o, pts.size(), dim);
        int blocks = (patches + PER_BLOCK - 1) / PER_BLOCK;
        execution.forEachBlock("PartitionOfUnityRBF leave-one-out", blocks, Patches::new, (w, b) -> {
            for (int q = b * PER_BLOCK, end = Math.min(patches, q + PER_BLOCK); q < end; q++) {
                w.prepare(needed[q], target, minPoints, minFit);
            }
        });
    }

    /** Scratch of the first pass, one per thread. */
    private final class Patches {
        private final PatchGather gather = new PatchGather(tree, null);
        private final LocalSolver solver = new LocalSolver();
        private final PatchInverse inverse = new PatchInverse();
        private final AutomaticLambdaLeaveOneOut automatic = new AutomaticLambdaLeaveOneOut();
        private final double[] c = new double[dim];
        private double[] z = new double[64];

        void prepare(int j, boolean[] target, int minPoints, int minFit) {
            System.arraycopy(model.centres, j * dim, c, 0, dim);
            int from = model.offset[j];
            int m = model.offset[j + 1] - from;
            if (!gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored)
                    || gather.count != m
                    || gather.radius != model.radius[j]) {
                return;
            }
            for (int q = 0; q < m; q++) {
                if (gather.members[q] != model.pointIndex[from + q]) {
                    return;
                }
            }
            known[j] = true;
            plain[j] = !gather.grown && !gather.extended;
            within[j] = gather.within;
            fitRadius[j] = gather.fitRadius;
            double base = baseFactor(gather.fitRadius);
            if (!Double.isNaN(model.constant[j]) || model.factor[j] != base) {
                return; // a constant or steepened patch: solved again for each left-out point
            }
            double[] coords = Arrays.copyOfRange(model.coords, from * dim, (from + m) * dim);
            if (z.length < m) {
                z = new double[m];
            }
            for (int q = 0; q < m; q++) {
                z[q] = pts.values()[model.pointIndex[from + q]];
            }
            if (o.automaticLambda()) {
                // the refit chooses the patch's smoothing again from its other points: in closed form too
                double[] weights = PatchSolve.leaveOneOutWeights(coords, m, dim, model.centres, j, model.radius[j]);
                if (!automatic.prepare(model.kernel, dim, coords, m, base, z, weights, maxTrace(m))) {
                    return;
                }
                for (int q = 0; q < m; q++) {
                    if (target[model.pointIndex[from + q]]) {
                        closed[from + q] = automatic.leaveOneOut(q);
                    }
                }
                return;
            }
            if (!solver.factorOnly(model.kernel, dim, coords, m, base, o.lambda())) {
                return; // the fit needed a ridge
            }
            inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m);
            double trace = inverse.trace();
            if (!(trace <= maxTrace(m))) {
                return;
            }
            for (int q = 0; q < m; q++) {
                int p = model.pointIndex[from + q];
                if (target[p]) {
                    closed[from + q] = inverse.leaveOneOut(q, z);
                }
            }
        }
    }

    /**
     * The largest {@code trace(A^-1)} for which a patch's closed form is used. With exactAtData a refit also tests its
     * residual against {@link PuRbfOptions#EXACT_TOLERANCE}: the closed form then needs a residual far below it
     * (the Cholesky solve's residual is at most about {@code m^2.5 eps trace(A^-1)} of the values), or the refit
     * might steepen where the closed form assumes it does not.
     */
    private double maxTrace(int m) {
        if (!o.exactAtData()) {
            return MAX_INVERSE_TRACE;
        }
        return Math.min(MAX_INVERSE_TRACE, PuRbfOptions.EXACT_TOLERANCE / (10 * Math.pow(m, 2.5) * Math.ulp(1.0)));
    }

    /** Scratch of the second pass, one per thread: one location at a time. */
    private final class Location {
        private final PatchGather gather = new PatchGather(tree, null);
        private final PatchSolve solve = new PatchSolve();
        private final KdTree.Searcher centres = model.centreSearcher();
        private final double[] c = new double[dim];
        private final double[] p = new double[dim];
        private int[] left = new int[4];
        private int leftCount;
        /** The patches holding a left-out point, and how the refit treats each. */
        private int[] candidate = new int[16];

        private int candidates;
        private double[] radius = new double[16];
        /** Per candidate: index into {@link #closed} of its closed-form value, or -1. */
        private int[] closedAt = new int[16];
        /** Per candidate: its refitted interpolant when solved again (null: closed form, or dropped). */
        private PatchSolve.Solved[] solved = new PatchSolve.Solved[16];

        private boolean[] dropped = new boolean[16];

        /** The predictions at the points of location g into {@code out}; false when g needs a whole refit. */
        boolean predict(int g, double[] out) {
            leftCount = 0;
            for (int k = 0; k < groups.size(g); k++) {
                int q = mergedOf[groups.member(g, k)];
                if (!contains(left, leftCount, q)) {
                    if (leftCount == left.length) {
                        left = Arrays.copyOf(left, 2 * leftCount);
                    }
                    left[leftCount++] = q;
                }
            }
            int n = pts.size() - leftCount;
            if (n < dim + 1) {
                return false;
            }
            int minPoints = PartitionOfUnityRbf.minPoints(o, n, dim);
            int minFit = anchored ? 0 : PartitionOfUnityRbf.minFitPoints(o, n, dim);
            gatherCandidates();
            for (int a = 0; a < candidates; a++) {
                if (!refitPatch(a, minPoints, minFit)) {
                    return false;
                }
            }
            for (int k = 0; k < groups.size(g); k++) {
                int i = groups.member(g, k);
                for (int a = 0; a < dim; a++) {
                    p[a] = data.coordinate(a)[i];
                }
                out[i] = value(mergedOf[i]);
            }
            return true;
        }

        /** The patches holding any left-out point, each once. */
        private void gatherCandidates() {
            candidates = 0;
            for (int l = 0; l < leftCount; l++) {
                int q = left[l];
                for (int e = patchStart[q]; e < patchStart[q + 1]; e++) {
                    int j = patchOf[e];
                    if (!contains(candidate, candidates, j)) {
                        if (candidates == candidate.length) {
                            int cap = 2 * candidates;
                            candidate = Arrays.copyOf(candidate, cap);
                            radius = Arrays.copyOf(radius, cap);
                            closedAt = Arrays.copyOf(closedAt, cap);
                            solved = Arrays.copyOf(solved, cap);
                            dropped = Arrays.copyOf(dropped, cap);
                        }
                        candidate[candidates++] = j;
                    }
                }
            }
        }

        /**
         * How the refit treats candidate a: the closed form where its rules keep it as it was minus the left-out
         * point, else gathered and solved again without the left-out points. False when the patch's first pass
         * could not confirm its rules (the location is then refitted).
         */
        private boolean refitPatch(int a, int minPoints, int minFit) {
            int j = candidate[a];
            if (!known[j]) {
                return false;
            }
            int from = model.offset[j];
            int m = model.offset[j + 1] - from;
            int leftHere = 0;
            int leftEntry = -1;
            for (int q = 0; q < m; q++) {
                if (contains(left, leftCount, model.pointIndex[from + q])) {
                    leftHere++;
                    leftEntry = from + q;
                }
            }
            dropped[a] = false;
            solved[a] = null;
            closedAt[a] = -1;
            radius[a] = model.radius[j];
            boolean same;
            if (plain[j] && within[j] - leftHere >= Math.max(minPoints, minFit)) {
                same = true; // the points within the fit radius, less the left-out ones; radii unchanged
            } else {
                System.arraycopy(model.centres, j * dim, c, 0, dim);
                gather.exclude(left, leftCount);
                boolean kept = gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored);
                gather.exclude(left, 0);
                if (!kept) {
                    dropped[a] = true;
                    return true;
                }
                same = gather.count == m - leftHere
                        && gather.radius == model.radius[j]
                        && gather.fitRadius == fitRadius[j]
                        && sameMembersLessLeft(j, gather);
                radius[a] = gather.radius;
            }
            if (same && leftHere == 1 && !Double.isNaN(closed[leftEntry])) {
                closedAt[a] = leftEntry;
                closedForms.increment();
                return true;
            }
            solvedAgain.increment();
            if (same) {
                // the same points less the left-out ones (a fallback or an ill-conditioned patch)
                solveWithoutLeft(a);
            } else {
                solve.solve(
                        pts,
                        gather.members,
                        gather.count,
                        o,
                        lattice.boxLength,
                        gather.fitRadius,
                        model.centres,
                        j,
                        gather.radius);
                solved[a] = solve.result();
            }
            return true;
        }

        /** Solves candidate a again on its points less the left-out ones (its rules unchanged). */
        private void solveWithoutLeft(int a) {
            int j = candidate[a];
            int from = model.offset[j];
            int m = model.offset[j + 1] - from;
            int[] rest = new int[m];
            int count = 0;
            for (int q = 0; q < m; q++) {
                int i = model.pointIndex[from + q];
                if (!contains(left, leftCount, i)) {
                    rest[count++] = i;
                }
            }
            solve.solve(pts, rest, count, o, lattice.boxLength, fitRadius[j], model.centres, j, radius[a]);
            solved[a] = solve.result();
        }

        private boolean sameMembersLessLeft(int j, PatchGather g) {
            int q = 0;
            for (int k = model.offset[j]; k < model.offset[j + 1]; k++) {
                int i = model.pointIndex[k];
                if (!contains(left, leftCount, i) && g.members[q++] != i) {
                    return false;
                }
            }
            return true;
        }

        /** The refit's value at {@link #p}, the location of merged point {@code self}. */
        private double value(int self) {
            if (!model.extrapolate && !model.domain.contains(p)) {
                return Double.NaN;
            }
            double num = 0;
            double den = 0;
            for (int a = 0; a < candidates; a++) {
                if (dropped[a]) {
                    continue;
                }
                int j = candidate[a];
                double r = radius[a];
                double w = Weight.of(distanceSquared(j), r * r, r);
                if (w > 0) {
                    num += w * local(a, self);
                    den += w;
                }
            }
            if (den > 0) {
                return num / den;
            }
            if (model.localOnly) {
                return Double.NaN;
            }
            // no patch covers it: the nearest patch's interpolant, as the surface does
            int j = model.nearestPatch(centres, p);
            int a = indexOf(candidate, candidates, j);
            return a < 0 ? model.local(j, p) : local(a, self);
        }

        /** Candidate a's refitted interpolant at {@link #p}. */
        private double local(int a, int self) {
            if (closedAt[a] >= 0 && model.pointIndex[closedAt[a]] == self) {
                return closed[closedAt[a]];
            }
            if (solved[a] == null) {
                // the closed form is the value at another left-out point: solve this patch without them
                solveWithoutLeft(a);
                solvedAgain.increment();
            }
            return solved[a].value(model.kernel, p);
        }

        private double distanceSquared(int j) {
            double d2 = 0;
            for (int a = 0; a < dim; a++) {
                double t = p[a] - model.centres[j * dim + a];
                d2 += t * t;
            }
            return d2;
        }
    }

    private static boolean contains(int[] a, int count, int v) {
        return indexOf(a, count, v) >= 0;
    }

    private static int indexOf(int[] a, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
