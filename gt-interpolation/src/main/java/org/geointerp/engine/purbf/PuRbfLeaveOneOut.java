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
 *   <li>when without k the patch is extended to its next nearest point p (a patch fitted to its {@code minFit}
 *       nearest points, or one holding just enough within its fit radius), the refit's patch is the augmented set
 *       (its points and p) less k, whatever k is, with p's fit radius: the same closed form on the augmented set's
 *       matrix gives it;</li>
 *   <li>with an automatic lambda, when the closed form knows which lambda the refit chooses but its value is not
 *       conditioned well enough to be used, the patch is solved again with that lambda alone (one factorisation
 *       instead of the ten of the choice, the same arithmetic as the choice's);</li>
 *   <li>otherwise (the patch shrinks below its minimum and is grown, is dropped, was a fallback of a singular
 *       system, steepened, or is ill conditioned) the patch is gathered and solved again by the fit's own rules
 *       ({@link PatchGather}, {@link PatchSolve}) without the left-out points.</li>
 * </ul>
 * The refitted patches are then blended by their weights at x_k as the surface blends, with a refitted weight
 * radius where the rules changed it. Only a patch whose weight at x_k is not 0 is solved again or given a closed
 * form (with a fit radius larger than the weight radius, as the tiled setting's 1.5, most of a patch's points lie
 * outside its weight radius: 100,000 points, patch spacing 0.009, 14 to 15.5 s against 23 to 25 s). Patch members
 * are solved in a canonical order (merged index), so a patch solved again here is solved exactly as the refit
 * solves it.
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

    private final PatchMembers patches;
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
    /** Alongside {@link #patchOf}: the point's entry in that patch ({@code patches.offset} based). */
    private final int[] entryOf;

    private final KdTree tree;

    /** Patch values at left-out points taken from the closed form, and patches solved again (for tests and docs). */
    final java.util.concurrent.atomic.LongAdder closedForms = new java.util.concurrent.atomic.LongAdder();

    final java.util.concurrent.atomic.LongAdder solvedAgain = new java.util.concurrent.atomic.LongAdder();

    /** Of {@link #closedForms}: those of a patch's augmented set (see {@code Patches.augment}). */
    final java.util.concurrent.atomic.LongAdder closedFormsAugmented = new java.util.concurrent.atomic.LongAdder();

    /** Of {@link #closedFormsAugmented} and the patches then solved again: those known without a gather. */
    final java.util.concurrent.atomic.LongAdder augmentedUngathered = new java.util.concurrent.atomic.LongAdder();

    /** Left-out points no refitted patch covers whose nearest patch held none of them (solved whole, as fitted). */
    final java.util.concurrent.atomic.LongAdder nearestSolved = new java.util.concurrent.atomic.LongAdder();

    /** Of {@link #solvedAgain}: patches solved once with the lambda the closed form knows the refit chooses. */
    final java.util.concurrent.atomic.LongAdder solvedWithChoice = new java.util.concurrent.atomic.LongAdder();

    // per patch, from the first pass
    /** The patch's gather without any point left out agreed with the model (else every location touching it refits). */
    private boolean[] known;
    /** Not grown or extended: its points are those within the lattice's fit radius. */
    private boolean[] plain;
    /** Points within the lattice's fit radius. */
    private int[] within;

    private double[] fitRadius;
    /** Closed-form leave-one-out values, one per patch entry ({@code patches.offset}); NaN where not computed. */
    private double[] closed;

    /**
     * Per patch entry, an automatic lambda's refit choice without that point (index into {@link LocalSolver#LAMBDAS})
     * where the closed form knows it but not its value to the accuracy needed; -1 elsewhere.
     */
    private byte[] choice;

    /**
     * Per patch whose rules change without one of its points: the point its refits take in, and their fit radius
     * (see {@code Patches.augment}); -1 and NaN for the others.
     */
    private int[] augmentedPoint;

    private double[] augmentedFit;

    /** The patch rules for all the points (the first pass's): {@code minPoints} and {@code minFit}. */
    private final int allMinPoints;

    private final int allMinFit;

    /** The options with each candidate lambda fixed: a patch whose refit's choice is known is solved with it alone. */
    private final PuRbfOptions[] withChoice;

    PuRbfLeaveOneOut(PatchMembers patches, PointSet data, LocationGroups groups) {
        this.patches = patches;
        this.data = data;
        this.groups = groups;
        this.pts = patches.points;
        this.dim = patches.dim;
        this.o = patches.options;
        this.lattice = patches.layout.lattice;
        this.anchored = patches.anchored;
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
        for (int k = 0; k < patches.pointIndex.length; k++) {
            patchStart[patches.pointIndex[k] + 1]++;
        }
        for (int p = 0; p < n; p++) {
            patchStart[p + 1] += patchStart[p];
        }
        this.patchOf = new int[patches.pointIndex.length];
        this.entryOf = new int[patches.pointIndex.length];
        int[] fill = Arrays.copyOf(patchStart, n);
        for (int j = 0; j < patches.patches; j++) {
            for (int k = patches.offset[j]; k < patches.offset[j + 1]; k++) {
                int e = fill[patches.pointIndex[k]]++;
                patchOf[e] = j;
                entryOf[e] = k;
            }
        }
        this.tree = new KdTree(pts);
        this.allMinPoints = PartitionOfUnityRbf.minPoints(o, n, dim);
        this.allMinFit = anchored ? 0 : PartitionOfUnityRbf.minFitPoints(o, n, dim);
        // only an automatic lambda has choices to know (a fixed lambda may come with exactAtData, which refuses one)
        this.withChoice = new PuRbfOptions[o.automaticLambda() ? LocalSolver.LAMBDAS.length : 0];
        for (int c = 0; c < withChoice.length; c++) {
            withChoice[c] = o.withLambda(LocalSolver.LAMBDAS[c]);
        }
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
        int[] sequence = patchOrder(targets);
        int blocks = (targets.length + PER_BLOCK - 1) / PER_BLOCK;
        execution.stage(0.5, 0.95).forEachBlock("PartitionOfUnityRBF leave-one-out", blocks, Location::new, (l, b) -> {
            for (int s = b * PER_BLOCK, end = Math.min(targets.length, s + PER_BLOCK); s < end; s++) {
                int t = sequence[s];
                refit[t] = boxScaleMoves || !l.predict(targets[t], out);
            }
        });
        return LeaveOneOutPredictor.withRefits(
                new PuRbfInterpolator(o, anchored ? null : patches.layout),
                data,
                groups,
                targets,
                refit,
                out,
                execution.stage(0.95, 1));
    }

    /**
     * The order in which the second pass visits the targets: by the first patch holding each (patches are in
     * lattice order), so that locations handled one after another share their patches and points in cache. Each
     * location's prediction is independent of the others, so the order changes no value. Measured on the
     * 100,000-point benchmark, five warm runs each, alternating: best 1.85 and 1.82 s against 1.88 and 2.01 s in
     * the data's order.
     */
    private int[] patchOrder(int[] targets) {
        double[] key = new double[targets.length];
        int[] sequence = new int[targets.length];
        for (int t = 0; t < targets.length; t++) {
            int q = mergedOf[groups.member(targets[t], 0)];
            key[t] = patchStart[q] < patchStart[q + 1] ? patchOf[patchStart[q]] : Integer.MAX_VALUE;
            sequence[t] = t;
        }
        org.geointerp.engine.internal.PairSort.sort(key, sequence, targets.length);
        return sequence;
    }

    /**
     * First pass, over the patches holding a target point: the rules that applied to each (plain or grown, points
     * within the lattice's fit radius), and the closed-form leave-one-out value of each target point it holds
     * alone among the points of its location.
     */
    private void preparePatches(boolean[] target, Execution execution) {
        int d = patches.patches;
        known = new boolean[d];
        plain = new boolean[d];
        within = new int[d];
        fitRadius = new double[d];
        closed = new double[patches.pointIndex.length];
        Arrays.fill(closed, Double.NaN);
        choice = new byte[patches.pointIndex.length];
        Arrays.fill(choice, (byte) -1);
        augmentedPoint = new int[d];
        Arrays.fill(augmentedPoint, -1);
        augmentedFit = new double[d];
        int[] needed = new int[d];
        int count = 0;
        for (int j = 0; j < d; j++) {
            for (int k = patches.offset[j]; k < patches.offset[j + 1]; k++) {
                if (target[patches.pointIndex[k]]) {
                    needed[count++] = j;
                    break;
                }
            }
        }
        int patches = count;
        int blocks = (patches + PER_BLOCK - 1) / PER_BLOCK;
        execution.forEachBlock("PartitionOfUnityRBF leave-one-out", blocks, Patches::new, (w, b) -> {
            for (int q = b * PER_BLOCK, end = Math.min(patches, q + PER_BLOCK); q < end; q++) {
                w.prepare(needed[q], target, allMinPoints, allMinFit);
            }
        });
    }

    /** Scratch of the first pass, one per thread. */
    private final class Patches {
        private final PatchGather gather = new PatchGather(tree, null);
        private final LocalSolver solver = new LocalSolver();
        private final PatchInverse inverse = new PatchInverse();
        private final AutomaticLambdaLeaveOneOut automatic = new AutomaticLambdaLeaveOneOut();
        private final PatchSolve refit = new PatchSolve(pts, lattice.boxLength, patches.centres);
        private final double[] scores = new double[LocalSolver.LAMBDAS.length];
        private final double[] c = new double[dim];
        private final int[] one = new int[1];
        private int[] rest = new int[64];
        /** The points of the set solved in closed form, and for each the patch entry it stands for (or -1). */
        private int[] set = new int[64];

        private int[] entry = new int[64];
        /** Per point of the set: whether it is a target the closed form is asked for. */
        private boolean[] leftOut = new boolean[64];

        void prepare(int j, boolean[] target, int minPoints, int minFit) {
            System.arraycopy(patches.centres, j * dim, c, 0, dim);
            int from = patches.offset[j];
            int m = patches.offset[j + 1] - from;
            if (!gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored)
                    || gather.count != m
                    || gather.radius != patches.radius[j]) {
                return;
            }
            for (int q = 0; q < m; q++) {
                if (gather.members[q] != patches.pointIndex[from + q]) {
                    return;
                }
            }
            known[j] = true;
            plain[j] = !gather.grown && !gather.extended;
            within[j] = gather.within;
            fitRadius[j] = gather.fitRadius;
            // No use is made of the full fit's solve of the patch (leave-one-out needs only its points): the closed
            // form is taken only where the matrix at the base kernel factor factors with trace(A^-1) within
            // maxTrace, and then the refit's matrix, a principal submatrix with no smaller eigenvalue (Cauchy
            // interlacing), solves exactly at that factor too, with no ridge, constant or steepening
            ensureSet(m + 1);
            boolean keepsRules = plain[j] && within[j] - 1 >= Math.max(minPoints, minFit);
            if (!keepsRules && augment(j, minPoints, minFit)) {
                closedForms(j, m + 1, augmentedFit[j], target);
                return;
            }
            // without one of its points the patch keeps its rules (or, grown, may still: the second pass checks):
            // its own points, less that one
            for (int q = 0; q < m; q++) {
                set[q] = patches.pointIndex[from + q];
                entry[q] = from + q;
            }
            closedForms(j, m, fitRadius[j], target);
        }

        /**
         * A patch whose rules change without one of its points (extended to its {@code minFit} nearest, or holding
         * just enough points within its fit radius) takes the next nearest point p in the refit, whichever point k
         * is left out, and so the fit radius (and kernel factor) of p: the refit's patch is the augmented set
         * (the points and p) less k, a principal submatrix of the augmented set's matrix, and the closed form
         * works on the augmented set. Found by gathering without the patch's first point; each left-out point's
         * own gather is checked against it in the second pass. False when that gather is not the points less
         * the first plus one more with the same weight radius (a grown patch's radius moves, say).
         */
        private boolean augment(int j, int minPoints, int minFit) {
            int from = patches.offset[j];
            int m = patches.offset[j + 1] - from;
            one[0] = patches.pointIndex[from];
            gather.exclude(one, 1);
            boolean kept = gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored);
            gather.exclude(one, 0);
            if (!kept || gather.count != m || gather.radius != patches.radius[j]) {
                return false;
            }
            // both lists are sorted by index; the gather lacks the first point and has one the patch lacks
            int added = -1;
            int q = 1;
            for (int g = 0; g < m; g++) {
                int i = gather.members[g];
                if (q < m && patches.pointIndex[from + q] == i) {
                    q++;
                } else if (added < 0) {
                    added = i;
                } else {
                    return false;
                }
            }
            if (added < 0 || q != m) {
                return false;
            }
            int n = 0;
            boolean placed = false;
            for (int k = 0; k < m; k++) {
                int i = patches.pointIndex[from + k];
                if (!placed && added < i) {
                    set[n] = added;
                    entry[n++] = -1;
                    placed = true;
                }
                set[n] = i;
                entry[n++] = from + k;
            }
            if (!placed) {
                set[n] = added;
                entry[n] = -1;
            }
            augmentedPoint[j] = added;
            augmentedFit[j] = gather.fitRadius;
            return true;
        }

        /**
         * The closed-form leave-one-out values of the target points among {@code set[0 .. n)} (kernel factor from
         * {@code fit}), into {@link #closed} at their entries; with an automatic lambda also the refit's choice
         * where the value cannot be used.
         */
        private void closedForms(int j, int n, double fit, boolean[] target) {
            int targets = 0;
            for (int q = 0; q < n; q++) {
                if (entry[q] >= 0 && target[set[q]]) {
                    targets++;
                }
            }
            if (targets < 2) {
                // one point to predict (a sample of locations, as autoTune takes): solving the patch without it
                // costs a factorisation (ten with an automatic lambda, each with its scores), the closed form
                // that and an inversion (ten of each): the second pass solves it again
                return;
            }
            double factor = refit.baseFactor(o, fit);
            double[] coords = new double[n * dim];
            double[] z = new double[n];
            for (int q = 0; q < n; q++) {
                for (int a = 0; a < dim; a++) {
                    coords[q * dim + a] = pts.coordinate(a)[set[q]];
                }
                z[q] = pts.values()[set[q]];
            }
            // the patch's weight at each point, computed as the blend computes it (Location.value); only where it
            // is not 0 does the blend use the patch's value (with a fit radius of 1.5 weight radii, as the tiled
            // setting's, that is under half of a patch's points)
            double[] weights = PatchSolve.leaveOneOutWeights(coords, n, dim, patches.centres, j, patches.radius[j]);
            targets = 0;
            for (int q = 0; q < n; q++) {
                leftOut[q] = entry[q] >= 0 && target[set[q]] && weights[q] > 0;
                if (leftOut[q]) {
                    targets++;
                }
            }
            if (targets < 2) {
                return; // as above
            }
            if (o.automaticLambda()) {
                // the refit chooses the patch's smoothing again from its other points: in closed form too
                if (!automatic.prepare(o.kernel(), dim, coords, n, factor, z, weights, maxTrace(n), leftOut)) {
                    return;
                }
                for (int q = 0; q < n; q++) {
                    if (leftOut[q]) {
                        uncertainScores(j, n, q, fit);
                        closed[entry[q]] = automatic.leaveOneOut(q, scores);
                        if (Double.isNaN(closed[entry[q]]) && automatic.chosen >= 0) {
                            choice[entry[q]] = (byte) automatic.chosen;
                        }
                    }
                }
                return;
            }
            if (!solver.factorOnly(o.kernel(), dim, coords, n, factor, o.lambda())) {
                return; // numerically singular: the refit takes a fallback
            }
            if (!(inverse.invert(solver.factorRows(), solver.inverseDiagonal(), n, maxTrace(n)) <= maxTrace(n))) {
                return;
            }
            for (int q = 0; q < n; q++) {
                if (leftOut[q]) {
                    closed[entry[q]] = inverse.leaveOneOut(q, z);
                }
            }
        }

        private void ensureSet(int n) {
            if (set.length < n) {
                set = new int[2 * n];
                entry = new int[2 * n];
                rest = new int[2 * n];
                leftOut = new boolean[2 * n];
            }
        }

        /** The refit's own scores of the closed form's uncertain candidates, without {@code set[q]}. */
        private void uncertainScores(int j, int n, int q, double fit) {
            Arrays.fill(scores, Double.NaN);
            if (automatic.uncertainCount == 0) {
                return;
            }
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (i != q) {
                    rest[count++] = set[i];
                }
            }
            refit.candidateScores(rest, count, o, fit, j, patches.radius[j], automatic.uncertain, scores);
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
        private final PatchSolve solve = new PatchSolve(pts, lattice.boxLength, patches.centres);
        private final KdTree.Searcher centres = patches.centreSearcher();
        private final double[] c = new double[dim];
        private final double[] p = new double[dim];
        private int[] left = new int[4];
        private int leftCount;
        /** The patches holding a left-out point, and how the refit treats each. */
        private int[] candidate = new int[16];
        /** Per candidate: the entry ({@code patches.offset} based) of a left-out point it holds. */
        private int[] leftEntryOf = new int[16];

        private int candidates;
        private double[] radius = new double[16];
        /** Per candidate: index into {@link #closed} of its closed-form value, or -1. */
        private int[] closedAt = new int[16];
        /** Per candidate: its refitted interpolant when solved again (null: closed form, or dropped). */
        private PatchSolve.Solved[] solved = new PatchSolve.Solved[16];

        private boolean[] dropped = new boolean[16];
        /**
         * Per candidate, the refit's rules: its points are the patch's less the left-out ones (else
         * {@link #refitMembers}), whether they are its augmented set less them, and the refit's lambda where the
         * first pass knows it (-1 elsewhere).
         */
        private boolean[] sameRules = new boolean[16];

        private boolean[] augmentedRules = new boolean[16];
        private int[] chosen = new int[16];
        /** Per candidate whose rules change: the refit's points, their count and fit radius. */
        private int[][] refitMembers = new int[16][];

        private int[] refitCount = new int[16];
        private double[] refitFit = new double[16];
        /** Scratch: a patch's points less the left-out ones. */
        private int[] rest = new int[64];

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
                    // with one point left out each patch holds it once: no duplicates to look for
                    if (leftCount == 1 || !contains(candidate, candidates, j)) {
                        if (candidates == candidate.length) {
                            int cap = 2 * candidates;
                            candidate = Arrays.copyOf(candidate, cap);
                            leftEntryOf = Arrays.copyOf(leftEntryOf, cap);
                            radius = Arrays.copyOf(radius, cap);
                            closedAt = Arrays.copyOf(closedAt, cap);
                            solved = Arrays.copyOf(solved, cap);
                            dropped = Arrays.copyOf(dropped, cap);
                            sameRules = Arrays.copyOf(sameRules, cap);
                            augmentedRules = Arrays.copyOf(augmentedRules, cap);
                            chosen = Arrays.copyOf(chosen, cap);
                            refitMembers = Arrays.copyOf(refitMembers, cap);
                            refitCount = Arrays.copyOf(refitCount, cap);
                            refitFit = Arrays.copyOf(refitFit, cap);
                        }
                        leftEntryOf[candidates] = entryOf[e];
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
            int from = patches.offset[j];
            int m = patches.offset[j + 1] - from;
            int leftHere = 1;
            int leftEntry = leftEntryOf[a];
            if (leftCount > 1) {
                leftHere = 0;
                for (int q = 0; q < m; q++) {
                    if (contains(left, leftCount, patches.pointIndex[from + q])) {
                        leftHere++;
                        leftEntry = from + q;
                    }
                }
            }
            dropped[a] = false;
            solved[a] = null;
            closedAt[a] = -1;
            radius[a] = patches.radius[j];
            boolean same;
            boolean augmented = false;
            if (plain[j] && within[j] - leftHere >= Math.max(minPoints, minFit)) {
                same = true; // the points within the fit radius, less the left-out ones; radii unchanged
            } else if (augmentedWithoutGather(j, m, leftHere, minPoints, minFit)) {
                same = false;
                augmented = true;
                fillAugmentedLessLeft(j, a);
                augmentedUngathered.increment();
                // the rules' gather finds these points (checked where assertions are on, as in the tests)
                assert gathersTheSame(j, a, minPoints, minFit)
                        : "patch " + j + ": the augmented set less the left-out point";
            } else {
                System.arraycopy(patches.centres, j * dim, c, 0, dim);
                gather.exclude(left, leftCount);
                boolean kept = gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored);
                gather.exclude(left, 0);
                if (!kept) {
                    dropped[a] = true;
                    return true;
                }
                same = gather.count == m - leftHere
                        && gather.radius == patches.radius[j]
                        && gather.fitRadius == fitRadius[j]
                        && sameMembersLessLeft(j, gather);
                augmented = !same
                        && leftHere == 1
                        && augmentedPoint[j] >= 0
                        && gather.count == m
                        && gather.radius == patches.radius[j]
                        && gather.fitRadius == augmentedFit[j]
                        && sameMembersAugmented(j, gather);
                radius[a] = gather.radius;
                if (!same) {
                    // kept for a solve: the gather's buffer is reused by the next candidate
                    System.arraycopy(gather.members, 0, refitMembers(a, gather.count), 0, gather.count);
                    refitCount[a] = gather.count;
                    refitFit[a] = gather.fitRadius;
                }
            }
            // the first pass's closed forms are of the augmented set where it made one, else of the patch's points
            boolean prepared = augmentedPoint[j] >= 0 ? augmented : same && leftHere == 1;
            sameRules[a] = same;
            augmentedRules[a] = augmented;
            chosen[a] = prepared ? choice[leftEntry] : -1;
            if (prepared && !Double.isNaN(closed[leftEntry])) {
                closedAt[a] = leftEntry;
            }
            return true;
        }

        /**
         * Solves candidate a as the refit does, by the rules {@link #refitPatch} found: its points less the left-out
         * ones where its rules are unchanged (a fallback or an ill-conditioned patch), else the points the rules
         * gave. Where the first pass knows the refit's lambda, with it alone: a fixed lambda's matrix, factor and
         * solve are those of that candidate in the refit's choice (the same diagonal {@code 1 + lambda}), so the
         * coefficients are the refit's to the last bit, for one factorisation instead of ten. Only for a patch
         * whose value the blend uses (its weight at the point is not 0, or it is the nearest patch of a point no
         * patch covers).
         */
        private void solveAgain(int a) {
            solvedAgain.increment();
            int j = candidate[a];
            int c = chosen[a];
            if (c >= 0) {
                solvedWithChoice.increment();
            }
            PuRbfOptions options = c >= 0 ? withChoice[c] : o;
            if (sameRules[a]) {
                int from = patches.offset[j];
                int m = patches.offset[j + 1] - from;
                if (rest.length < m) {
                    rest = new int[2 * m];
                }
                int count = 0;
                for (int q = 0; q < m; q++) {
                    int i = patches.pointIndex[from + q];
                    if (!contains(left, leftCount, i)) {
                        rest[count++] = i;
                    }
                }
                solve.solve(rest, count, options, fitRadius[j], j, radius[a]);
            } else {
                solve.solve(refitMembers[a], refitCount[a], options, refitFit[a], j, radius[a]);
            }
            solved[a] = solve.result();
        }

        /**
         * Whether the refit's patch j is its augmented set less the one left-out point, known without gathering it:
         * the patch holds exactly {@code minFit} points (within its fit radius, or its {@code minFit} nearest), so
         * whichever member k is left out, the refit's {@code minFit}-th nearest point is the same next point p, and
         * its points those within p's fit radius less k: what the first pass gathered without the patch's first
         * point ({@link Patches#augment}), less k instead. Neither the patch nor its refit is grown (one point
         * more than {@code minPoints} within the lattice's fit radius), so its weight radius stays. The rules
         * must be the first pass's ({@code minPoints} and {@code minFit} unchanged by the smaller n), and only one
         * point may be left out (another could be p).
         */
        private boolean augmentedWithoutGather(int j, int m, int leftHere, int minPoints, int minFit) {
            return augmentedPoint[j] >= 0
                    && leftCount == 1
                    && leftHere == 1
                    && minPoints == allMinPoints
                    && minFit == allMinFit
                    && m == minFit
                    && within[j] - 1 >= minPoints;
        }

        /** Whether gathering patch j without the left-out points gives candidate a's points, fit radius and radius. */
        private boolean gathersTheSame(int j, int a, int minPoints, int minFit) {
            System.arraycopy(patches.centres, j * dim, c, 0, dim);
            gather.exclude(left, leftCount);
            boolean kept = gather.gather(c, lattice.radius, ratio, minPoints, minFit, anchored);
            gather.exclude(left, 0);
            return kept
                    && gather.radius == radius[a]
                    && gather.fitRadius == refitFit[a]
                    && Arrays.equals(gather.members, 0, gather.count, refitMembers[a], 0, refitCount[a]);
        }

        /** The augmented set of patch j less the left-out points as candidate a's points, sorted by merged index. */
        private void fillAugmentedLessLeft(int j, int a) {
            int added = augmentedPoint[j];
            int[] out = refitMembers(a, patches.offset[j + 1] - patches.offset[j] + 1);
            int n = 0;
            boolean placed = false;
            for (int k = patches.offset[j]; k < patches.offset[j + 1]; k++) {
                int i = patches.pointIndex[k];
                if (!placed && added < i) {
                    out[n++] = added;
                    placed = true;
                }
                if (!contains(left, leftCount, i)) {
                    out[n++] = i;
                }
            }
            if (!placed) {
                out[n++] = added;
            }
            refitCount[a] = n;
            refitFit[a] = augmentedFit[j];
        }

        /** Candidate a's buffer of refit points, holding at least n. */
        private int[] refitMembers(int a, int n) {
            if (refitMembers[a] == null || refitMembers[a].length < n) {
                refitMembers[a] = new int[Math.max(n, 64)];
            }
            return refitMembers[a];
        }

        /** Whether g holds patch j's points less the one left out, plus its augmented point. */
        private boolean sameMembersAugmented(int j, PatchGather g) {
            int added = augmentedPoint[j];
            boolean seen = false;
            int q = 0;
            for (int k = patches.offset[j]; k < patches.offset[j + 1]; k++) {
                int i = patches.pointIndex[k];
                if (!seen && added < i) {
                    if (g.members[q++] != added) {
                        return false;
                    }
                    seen = true;
                }
                if (!contains(left, leftCount, i) && g.members[q++] != i) {
                    return false;
                }
            }
            return seen || g.members[q] == added;
        }

        private boolean sameMembersLessLeft(int j, PatchGather g) {
            int q = 0;
            for (int k = patches.offset[j]; k < patches.offset[j + 1]; k++) {
                int i = patches.pointIndex[k];
                if (!contains(left, leftCount, i) && g.members[q++] != i) {
                    return false;
                }
            }
            return true;
        }

        /** The refit's value at {@link #p}, the location of merged point {@code self}. */
        private double value(int self) {
            if (!o.extrapolate() && !patches.layout.domain.contains(p)) {
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
            if (anchored) {
                return Double.NaN;
            }
            // no patch covers it: the nearest patch's interpolant, as the surface does
            int j = PatchMembers.nearestPatch(centres, p);
            int a = indexOf(candidate, candidates, j);
            if (a >= 0) {
                return local(a, self);
            }
            // a patch without left-out points: the refit solves it as the full fit does
            nearestSolved.increment();
            int from = patches.offset[j];
            int[] idx = Arrays.copyOfRange(patches.pointIndex, from, patches.offset[j + 1]);
            solve.solve(idx, idx.length, o, patches.fitRadius[j], j, patches.radius[j]);
            return solve.result().value(o.kernel(), p);
        }

        /** Candidate a's refitted interpolant at {@link #p}. */
        private double local(int a, int self) {
            if (closedAt[a] >= 0 && patches.pointIndex[closedAt[a]] == self) {
                closedForms.increment();
                if (augmentedRules[a]) {
                    closedFormsAugmented.increment();
                }
                return closed[closedAt[a]];
            }
            if (solved[a] == null) {
                solveAgain(a);
            }
            return solved[a].value(o.kernel(), p);
        }

        private double distanceSquared(int j) {
            double d2 = 0;
            for (int a = 0; a < dim; a++) {
                double t = p[a] - patches.centres[j * dim + a];
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
