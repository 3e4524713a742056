package org.geointerp.engine.purbf;

import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.KdTree;

/**
 * The patches of a fit before any is solved: where each is, its radii, and which points it holds. The first half
 * of {@link PartitionOfUnityRbf#fit}; the model adds each patch's solve. Leave-one-out ({@link PuRbfLeaveOneOut})
 * needs only this half (it forms each patch's inverses itself), so cross-validation does not pay for the solves of
 * a fit whose surface it never evaluates.
 *
 * <p>Patch j's points are at {@code [offset[j], offset[j+1])}, sorted by their index in the merged input order
 * (see {@link PatchGather}).
 */
final class PatchMembers {

    final int dim;
    /** The options the patches were gathered with (with the domain the fit used). */
    final PuRbfOptions options;

    final PatchLayout layout;
    /** A given patch spacing: patches with too few points were dropped, uncovered points get no value. */
    final boolean anchored;

    final int patches;
    final double[] centres;
    /** Weight radii. */
    final double[] radius;
    /** The radii the points were gathered in. */
    final double[] fitRadius;

    final int[] offset;
    /** Indices into {@link #points}. */
    final int[] pointIndex;
    /** The same points as indices into {@link #stored}. */
    final int[] storedIndex;

    /** The distinct points (coincident input points merged), in the input's order. */
    final PointSet points;
    /** The same points cell by cell ({@link CellOrder}), as the fit reads them. */
    final PointSet stored;

    final int mergedAway;
    final int grown;
    final int dropped;

    /** Built on first use: evaluation needs it only for points no patch covers. */
    private volatile KdTree centreTree;

    PatchMembers(
            PuRbfOptions options,
            PatchLayout layout,
            boolean anchored,
            double[] centres,
            double[] radius,
            double[] fitRadius,
            int[] offset,
            int[] pointIndex,
            int[] storedIndex,
            PointSet points,
            PointSet stored,
            int mergedAway,
            int grown,
            int dropped) {
        this.dim = points.dimension();
        this.options = options;
        this.layout = layout;
        this.anchored = anchored;
        this.patches = radius.length;
        this.centres = centres;
        this.radius = radius;
        this.fitRadius = fitRadius;
        this.offset = offset;
        this.pointIndex = pointIndex;
        this.storedIndex = storedIndex;
        this.points = points;
        this.stored = stored;
        this.mergedAway = mergedAway;
        this.grown = grown;
        this.dropped = dropped;
    }

    /** Point entries over all patches. */
    int entries() {
        return offset[patches];
    }

    /** A searcher over the patch centres (the tree is built once, on first use; racing threads build equal trees). */
    KdTree.Searcher centreSearcher() {
        KdTree t = centreTree;
        if (t == null) {
            double[][] axes = new double[dim][patches];
            for (int j = 0; j < patches; j++) {
                for (int a = 0; a < dim; a++) {
                    axes[a][j] = centres[j * dim + a];
                }
            }
            t = new KdTree(new PointSet(axes, new double[patches]));
            centreTree = t;
        }
        return t.searcher();
    }

    /** The nearest patch centre to {@code p}: the fallback for points no patch covers. */
    static int nearestPatch(KdTree.Searcher s, double[] p) {
        s.nearest(p, 1);
        return s.index(0);
    }
}
