package org.geointerp.engine.shepard;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.ExtentWithout;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.CoincidentPoints;

/**
 * Leave-one-out of a fitted Shepard surface without refitting: the value at a data location of the surface fitted
 * to the other points, with the radius and slope scale of this fit (as {@code CrossValidation} pins them).
 *
 * <p>Why this equals the refit: without the location's points, the neighbours of every place are the same points
 * in the same order minus the left-out ones (distances, also the barrier-lengthened ones, do not depend on the
 * other points), and a data point's slope depends only on its own k nearest points. So the refit's value at the
 * location is the SYMAP sum over the neighbours found without the location, with the slope of each neighbour
 * recomputed without it where it was among that neighbour's k nearest ({@link ShepardSurface.Evaluator#valueWithout}).
 *
 * <p>What else a refit derives from its data, and how it is followed here:
 * <ul>
 *   <li>the coincidence distance epsilon (1e-9 of the bounding box's diagonal, unless given): recomputed from the
 *       bounding box without the location; where it shrinks below the spread of a group of merged points (which
 *       the refit might then split), that location is refitted;</li>
 *   <li>merging: the location's points must be exactly the input points of the merged points they went into
 *       (the location groups and the merge use the same relative tolerance; where they disagree, refit);</li>
 *   <li>the slope scale, when the fit's was 0 (constant values or flat slopes, so not reported and derived anew
 *       by a refit): every location is refitted;</li>
 *   <li>too few points left for the mode: refitted, which reports the error as a refit does.</li>
 * </ul>
 */
final class ShepardLeaveOneOut {

    private static final int TARGETS_PER_BLOCK = 128;

    private final ShepardSurface surface;
    private final PointSet data;
    private final LocationGroups groups;
    private final int[] memberOf;
    /** Input points per merged point. */
    private final int[] mergedSize;

    ShepardLeaveOneOut(ShepardSurface surface, PointSet data, LocationGroups groups) {
        this.surface = surface;
        this.data = data;
        this.groups = groups;
        this.memberOf = surface.memberOf();
        if (memberOf.length != data.size()) {
            throw new IllegalArgumentException("data: the surface was fitted to " + memberOf.length
                    + " points, leave-one-out was given " + data.size());
        }
        this.mergedSize = new int[surface.points().size()];
        for (int p : memberOf) {
            mergedSize[p]++;
        }
    }

    LeaveOneOutPredictor.Predictions predict(int[] targets, Execution execution) {
        double[] out = new double[data.size()];
        Arrays.fill(out, Double.NaN);
        ShepardOptions o = surface.options();
        boolean symap = o.mode() == ShepardOptions.Mode.SYMAP;
        boolean slopeScaleDerived = symap && o.slopes() && !(surface.slopeScale() > 0);
        int needed = symap ? Math.max(ShepardInterpolator.MIN_POINTS_SYMAP, o.minNeighbours()) : 1;
        boolean epsilonGiven = !Double.isNaN(o.epsilon());
        ExtentWithout extent = epsilonGiven
                ? null
                : new ExtentWithout(new double[][] {data.x(), data.y()}, ExtentWithout.groupArray(groups, data.size()));
        double spread = epsilonGiven ? 0 : CoincidentPoints.largestSpread(data, memberOf, mergedSize.length);
        int merged = surface.points().size();
        boolean[] refit = new boolean[targets.length];
        int blocks = (targets.length + TARGETS_PER_BLOCK - 1) / TARGETS_PER_BLOCK;
        double[] x = data.x();
        double[] y = data.y();
        execution.stage(0, 0.9).forEachBlock("Shepard leave-one-out", blocks, surface::evaluator, (e, b) -> {
            int[] left = new int[4];
            for (int t = b * TARGETS_PER_BLOCK, end = Math.min(targets.length, t + TARGETS_PER_BLOCK); t < end; t++) {
                int g = targets[t];
                int size = groups.size(g);
                if (left.length < size) {
                    left = new int[size];
                }
                int leftCount = 0;
                int covered = 0;
                for (int k = 0; k < size; k++) {
                    int p = memberOf[groups.member(g, k)];
                    if (!contains(left, leftCount, p)) {
                        left[leftCount++] = p;
                        covered += mergedSize[p];
                    }
                }
                double eps = epsilonGiven
                        ? o.epsilon()
                        : ShepardInterpolator.defaultEpsilon(
                                extent.high(0, g) - extent.low(0, g), extent.high(1, g) - extent.low(1, g));
                if (slopeScaleDerived
                        || covered != size
                        || merged - leftCount < needed
                        || (eps < surface.epsilon() && spread > eps)) {
                    refit[t] = true;
                    continue;
                }
                for (int k = 0; k < size; k++) {
                    int i = groups.member(g, k);
                    out[i] = e.valueWithout(x[i], y[i], left, leftCount, eps);
                }
            }
        });
        return LeaveOneOutPredictor.withRefits(refitter(), data, groups, targets, refit, out, execution.stage(0.9, 1));
    }

    /** The interpolator a refit uses: this fit's options with its radius and (non-zero) slope scale fixed. */
    ShepardInterpolator refitter() {
        ShepardOptions o = surface.options().withRadius(surface.radius());
        if (surface.slopeScale() > 0) {
            o = o.withSlopeScale(surface.slopeScale());
        }
        return new ShepardInterpolator(o, surface.barriers());
    }

    private static boolean contains(int[] a, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }
}
