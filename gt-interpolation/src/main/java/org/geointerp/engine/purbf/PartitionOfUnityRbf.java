package org.geointerp.engine.purbf;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.geointerp.engine.Execution;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.CoincidentPoints;
import org.geointerp.engine.internal.KdTree;

/**
 * Partition-of-unity RBF interpolation (Cavoretto, De Rossi, Perracchione, "Partition of Unity Interpolation on
 * Multivariate Convex Domains"), one code path for any dimension:
 * <ol>
 *   <li>merge coincident points (mean value);</li>
 *   <li>domain: the given one, else the convex hull of the data;</li>
 *   <li>patch centres on a lattice kept near the domain, one radius ({@link PatchLattice});</li>
 *   <li>points of each patch by a kd-tree range search within the fit radius ({@code fitRadiusRatio} times the
 *       patch radius); a patch with fewer than the minimum number of points is grown: its fit radius becomes the
 *       distance of its m-th nearest point ({@code * (1 + 1e-9)}, so that point is inside) and its radius that
 *       over {@code fitRadiusRatio};</li>
 *   <li>each local system solved by Cholesky ({@link LocalSolver}), patches in parallel.</li>
 * </ol>
 *
 * <p>With a given {@code patchSpacing} (anchored lattice) every step is local, so that fits to overlapping parts
 * of the data agree where both see all the points within reach (map tiles): a patch with too few points is
 * dropped instead of grown (growing would reach for points a tile may not have), and a point no remaining patch
 * covers gets no value (NaN) instead of the nearest patch's.
 */
public final class PartitionOfUnityRbf {

    private PartitionOfUnityRbf() {}

    /**
     * With {@code exactAtData}, the steepest kernel a patch may get: its fit radius at scaled distance 2 (the
     * inverse multiquadric there is 0.45, the Gaussian 0.02). Dense uniform patches of about 50 points need 0.2 to
     * 0.8 (measured at 100,000 and 1,000,000 points), at any density, since the conditioning depends on the scaled
     * distances only.
     */
    static final double STEEPEST_SCALED_RADIUS = 2;

    /**
     * @throws IllegalArgumentException for fewer than N + 1 distinct points in dimension N, a domain of another
     *     dimension, or inconsistent options; the message names the parameter
     */
    public static PuRbfModel fit(PointSet input, PuRbfOptions options) {
        return fit(input, options, Execution.defaults());
    }

    /**
     * The fit, reporting progress to and cancelled through {@code execution}.
     *
     * @throws IllegalArgumentException as {@link #fit(PointSet, PuRbfOptions)}
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static PuRbfModel fit(PointSet input, PuRbfOptions options, Execution execution) {
        return fit(input, options, null, execution);
    }

    /**
     * The fit with a given layout (the lattice and domain of an earlier fit, {@link PatchLayout}) instead of one
     * derived from these data; null derives it.
     *
     * @throws IllegalArgumentException as {@link #fit(PointSet, PuRbfOptions)}, and for a layout of another
     *     dimension or with a given patch spacing
     */
    public static PuRbfModel fit(PointSet input, PuRbfOptions options, PatchLayout layout, Execution execution) {
        return solve(gather(input, options, layout, execution.stage(0, 0.2)), execution.stage(0.2, 1));
    }

    /**
     * The first half of {@link #fit(PointSet, PuRbfOptions, PatchLayout, Execution)}: the patches and their points,
     * none solved yet.
     */
    static PatchMembers gather(PointSet input, PuRbfOptions options, PatchLayout layout, Execution execution) {
        int dim = input.dimension();
        if (layout != null && (layout.dimension() != dim || !Double.isNaN(options.patchSpacing()))) {
            throw new IllegalArgumentException("layout: a layout of the automatic lattice in " + layout.dimension()
                    + "D, for " + dim + "D points"
                    + (Double.isNaN(options.patchSpacing()) ? "" : " without a patchSpacing"));
        }
        CoincidentPoints.Result merged = CoincidentPoints.merge(input, 0);
        // stored cell by cell for memory locality; the members map back to the merged order
        int[] order = CellOrder.order(merged.points());
        PointSet pts = CellOrder.apply(merged.points(), order);
        int n = pts.size();
        if (n < dim + 1) {
            throw new IllegalArgumentException("points: partition-of-unity RBF in " + dim + "D needs at least "
                    + (dim + 1) + " distinct points, got " + n
                    + (merged.mergedAway() > 0 ? " (after merging " + merged.mergedAway() + " coincident ones)" : ""));
        }
        if (options.boxMin() != null && options.boxMin().length != dim) {
            throw new IllegalArgumentException("boxMin: expected " + dim + " values, got " + options.boxMin().length);
        }
        if (layout == null) {
            double diagonal = 0;
            for (int a = 0; a < dim; a++) {
                double[] r = pts.range(a);
                diagonal += (r[1] - r[0]) * (r[1] - r[0]);
            }
            double tolerance = 1e-9 * Math.sqrt(diagonal);
            Domain domain = options.domain() != null ? options.domain() : ConvexHulls.of(pts, tolerance);
            if (domain.dimension() != dim) {
                throw new IllegalArgumentException(
                        "domain: has dimension " + domain.dimension() + " but the points have " + dim);
            }
            layout = new PatchLayout(PatchLattice.build(pts, options, domain), domain);
        }
        execution.checkCancelled("PartitionOfUnityRBF fit");
        return gatherPatches(pts, options, layout, merged, order, execution);
    }

    /** The fewest points a patch holds before it is grown (or dropped), for n distinct points. */
    static int minPoints(PuRbfOptions o, int n, int dim) {
        return Math.min(n, o.minPointsPerPatch() > 0 ? o.minPointsPerPatch() : 1 << (dim + 1));
    }

    /** The fewest points a patch is fitted to, for n distinct points. */
    static int minFitPoints(PuRbfOptions o, int n, int dim) {
        return Math.min(n, o.effectiveMinFitPoints(dim));
    }

    /** Patches per block of parallel work: small enough for progress and cancellation, large enough to be cheap. */
    private static final int PATCHES_PER_BLOCK = 64;

    /** Runs {@code body} for every patch index, in blocks, each worker with its own scratch state. */
    private static <S> void forEachPatch(
            Execution execution, int patches, Supplier<S> state, java.util.function.ObjIntConsumer<S> body) {
        int blocks = (patches + PATCHES_PER_BLOCK - 1) / PATCHES_PER_BLOCK;
        execution.forEachBlock("PartitionOfUnityRBF fit", blocks, state, (s, b) -> {
            for (int j = b * PATCHES_PER_BLOCK, end = Math.min(patches, j + PATCHES_PER_BLOCK); j < end; j++) {
                body.accept(s, j);
            }
        });
    }

    /** Each patch's points by the rules of {@link PatchGather}, patches in parallel. */
    private static PatchMembers gatherPatches(
            PointSet pts,
            PuRbfOptions o,
            PatchLayout layout,
            CoincidentPoints.Result merged,
            int[] order,
            Execution execution) {
        PatchLattice lattice = layout.lattice;
        KdTree tree = new KdTree(pts);
        int dim = pts.dimension();
        boolean anchored = !Double.isNaN(o.patchSpacing());
        int d = lattice.count;
        int[][] members = new int[d][];
        double[] radius = new double[d];
        double[] fitRadius = new double[d];
        AtomicInteger grown = new AtomicInteger();
        double ratio = o.effectiveFitRadiusRatio(dim);
        int minPoints = minPoints(o, pts.size(), dim);
        int minFit = minFitPoints(o, pts.size(), dim);
        // members sorted by their merged index, so that a fit without some points solves its patches alike
        forEachPatch(execution, d, () -> new PatchGather(tree, order), (g, j) -> {
            double[] c = new double[dim];
            System.arraycopy(lattice.centres, j * dim, c, 0, dim);
            if (!g.gather(c, lattice.radius, ratio, minPoints, minFit, anchored)) {
                members[j] = null;
                return;
            }
            if (g.grown) {
                grown.incrementAndGet();
            }
            radius[j] = g.radius;
            members[j] = java.util.Arrays.copyOf(g.members, g.count);
            fitRadius[j] = g.fitRadius;
        });
        double[] centres = lattice.centres;
        int dropped = 0;
        if (anchored) {
            // compact away the patches dropped for holding too few points
            int kept = 0;
            centres = new double[d * dim];
            for (int j = 0; j < d; j++) {
                if (members[j] != null) {
                    System.arraycopy(lattice.centres, j * dim, centres, kept * dim, dim);
                    members[kept] = members[j];
                    radius[kept] = radius[j];
                    fitRadius[kept] = fitRadius[j];
                    kept++;
                }
            }
            if (kept == 0) {
                throw new IllegalArgumentException("patchSpacing: " + o.patchSpacing() + " is too small for the"
                        + " data: no patch holds the " + minPoints + " points it needs within "
                        + lattice.radius * ratio + "; give a larger patchSpacing");
            }
            dropped = d - kept;
            d = kept;
            centres = java.util.Arrays.copyOf(centres, d * dim);
        }
        int[] offset = new int[d + 1];
        for (int j = 0; j < d; j++) {
            offset[j + 1] = offset[j] + members[j].length;
        }
        int total = offset[d];
        if ((long) total * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("points: the patches hold " + total
                    + " point entries, too many for one model; use a larger pointsPerPatch or fewer points");
        }
        int[] storedIndex = new int[total];
        int[] pointIndex = new int[total];
        for (int j = 0; j < d; j++) {
            int[] idx = members[j];
            System.arraycopy(idx, 0, storedIndex, offset[j], idx.length);
            for (int i = 0; i < idx.length; i++) {
                pointIndex[offset[j] + i] = order == null ? idx[i] : order[idx[i]];
            }
        }
        return new PatchMembers(
                o,
                layout,
                anchored,
                centres,
                java.util.Arrays.copyOf(radius, d),
                java.util.Arrays.copyOf(fitRadius, d),
                offset,
                pointIndex,
                storedIndex,
                merged.points(),
                pts,
                merged.mergedAway(),
                grown.get(),
                dropped);
    }

    /** The second half of the fit: solves every patch ({@link PatchSolve}) and assembles the model. */
    static PuRbfModel solve(PatchMembers patches, Execution execution) {
        PuRbfOptions o = patches.options;
        int dim = patches.dim;
        int d = patches.patches;
        int[] offset = patches.offset;
        int total = patches.entries();
        double[] coords = new double[total * dim];
        double[] coef = new double[total];
        double[] factor = new double[d];
        double[] constant = new double[d];
        double[] level = new double[d];
        AtomicInteger regularised = new AtomicInteger();
        AtomicInteger constants = new AtomicInteger();
        java.util.concurrent.atomic.DoubleAccumulator deviation =
                new java.util.concurrent.atomic.DoubleAccumulator(Math::max, 0);
        AtomicInteger steepened = new AtomicInteger();
        AtomicInteger smoothed = new AtomicInteger();
        double[] lambdas = new double[d];
        Supplier<PatchSolve> solves =
                () -> new PatchSolve(patches.stored, patches.layout.lattice.boxLength, patches.centres);
        forEachPatch(execution, d, solves, (solve, j) -> {
            int m = offset[j + 1] - offset[j];
            int[] idx = java.util.Arrays.copyOfRange(patches.storedIndex, offset[j], offset[j + 1]);
            solve.solve(idx, m, o, patches.fitRadius[j], j, patches.radius[j]);
            lambdas[j] = solve.lambda;
            level[j] = solve.level;
            factor[j] = solve.factor;
            constant[j] = solve.constant;
            deviation.accumulate(solve.deviation);
            switch (solve.status) {
                case STEEPENED -> steepened.incrementAndGet();
                case REGULARISED -> regularised.incrementAndGet();
                case CONSTANT -> constants.incrementAndGet();
                case SMOOTHED -> smoothed.incrementAndGet();
                default -> {}
            }
            if (solve.status != LocalSolver.Status.CONSTANT) {
                System.arraycopy(solve.coef, 0, coef, offset[j], m);
            }
            System.arraycopy(solve.local, 0, coords, offset[j] * dim, m * dim);
        });
        FitReport report = new FitReport(
                patches.stored.size(),
                patches.mergedAway,
                d,
                patches.layout.lattice.radius,
                patches.grown,
                regularised.get(),
                constants.get(),
                (double) total / d,
                patches.dropped,
                deviation.get(),
                steepened.get(),
                smoothed.get(),
                median(lambdas, d));
        return new PuRbfModel(patches, factor, coords, coef, constant, level, report);
    }

    /** The median of the first {@code d} values (0 for none). */
    private static double median(double[] values, int d) {
        if (d == 0) {
            return 0;
        }
        double[] sorted = java.util.Arrays.copyOf(values, d);
        java.util.Arrays.sort(sorted);
        return sorted[d / 2];
    }
}
