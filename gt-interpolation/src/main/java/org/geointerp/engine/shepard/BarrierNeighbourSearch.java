package org.geointerp.engine.shepard;

import org.geointerp.engine.KdTree;
import org.geointerp.engine.barrier.BarrierSet;

/**
 * Nearest neighbours by Shepard's effective distance {@code d' = sqrt(d^2 + b^2)}, b the barrier term of
 * {@link BarrierSet}. Since d' >= d, ranking by d' needs no more than an incremental Euclidean walk that stops once
 * the next point's Euclidean distance reaches the current k-th effective distance.
 *
 * <p>Most cells are far from every barrier: there the Euclidean k nearest are taken first, and when no barrier
 * comes within the k-th distance, no segment to them (or to anything nearer) is blocked, so they are the answer
 * as they are. Only cells near a barrier pay for the walk and the detour computations.
 */
final class BarrierNeighbourSearch implements NeighbourSearch {

    private final EuclideanNeighbourSearch euclidean;
    private final KdTree.Searcher walk;
    private final BarrierSet.Query barriers;
    private final double[] px;
    private final double[] py;

    BarrierNeighbourSearch(KdTree tree, double[] x, double[] y, BarrierSet barriers) {
        this.euclidean = new EuclideanNeighbourSearch(tree, x, y);
        this.walk = tree.searcher();
        this.barriers = barriers.query();
        this.px = x;
        this.py = y;
    }

    @Override
    public void prepare(double cx, double cy, double h, int k) {
        euclidean.prepare(cx, cy, h, k);
    }

    @Override
    public int nearest(double x, double y, int k, int[] index, double[] distance) {
        int n = euclidean.nearest(x, y, k, index, distance);
        if (n == 0 || !barriers.near(x, y, distance[n - 1])) {
            return n;
        }
        return byEffectiveDistance(x, y, k, index, distance);
    }

    private int byEffectiveDistance(double x, double y, int k, int[] index, double[] distance) {
        int n = 0;
        walk.startIncremental(x, y);
        for (int i = walk.next(); i >= 0; i = walk.next()) {
            double d = Math.sqrt(walk.lastDistanceSquared());
            double worst = n == k ? distance[k - 1] : Double.POSITIVE_INFINITY;
            if (d >= worst) {
                break; // every later point has d' >= d >= the k-th effective distance
            }
            // a path longer than d + sqrt(worst^2 - d^2) gives d' >= worst: let the detour search stop there
            double maxPath = n == k ? d + Math.sqrt(worst * worst - d * d) : Double.POSITIVE_INFINITY;
            double b = barriers.detour(x, y, px[i], py[i], maxPath);
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double e = b == 0 ? d : Math.sqrt(d * d + b * b);
            if (n == k && e >= worst) {
                continue;
            }
            int j = n < k ? n++ : k - 1;
            while (j > 0 && distance[j - 1] > e) {
                distance[j] = distance[j - 1];
                index[j] = index[j - 1];
                j--;
            }
            distance[j] = e;
            index[j] = i;
        }
        return n;
    }
}
