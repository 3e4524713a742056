package org.geointerp.engine.akima;

import java.util.stream.IntStream;
import org.geointerp.engine.KdTree;
import org.geointerp.engine.PointSet;

/**
 * The {@code k} data points closest to each data point (itself excluded), nearest first (Appendix A, substep 1.1).
 * Equal distances are broken by the lower point index, so lattice data (Franke's DPS2, full of ties) give the same
 * neighbour sets whatever the kd-tree's internal order.
 */
final class NearestNeighbours {

    private final int k;
    private final int[] neighbours;

    private NearestNeighbours(int k, int[] neighbours) {
        this.k = k;
        this.neighbours = neighbours;
    }

    /** Neighbours of every point of (u, v); {@code k} is capped at n - 1. */
    static NearestNeighbours of(double[] u, double[] v, int wanted) {
        int n = u.length;
        int k = Math.min(wanted, n - 1);
        int[] result = new int[n * k];
        KdTree tree = new KdTree(PointSet.of2D(u, v, new double[n]));
        ThreadLocal<KdTree.Searcher> searchers = ThreadLocal.withInitial(tree::searcher);
        IntStream.range(0, n).parallel().forEach(i -> collect(searchers.get(), u, v, i, k, result));
        return new NearestNeighbours(k, result);
    }

    private static void collect(KdTree.Searcher s, double[] u, double[] v, int i, int k, int[] out) {
        // Ask for a few more than needed so that ties at the k-th place are all seen, then order by (distance, index).
        int ask = k + 1 + 6;
        int found;
        while (true) {
            found = s.nearest(u[i], v[i], ask);
            if (found < ask || s.distanceSquared(found - 1) > s.distanceSquared(k)) {
                break;
            }
            ask *= 2;
        }
        int[] idx = new int[found];
        double[] d = new double[found];
        for (int j = 0; j < found; j++) {
            idx[j] = s.index(j);
            d[j] = s.distanceSquared(j);
        }
        for (int a = 1; a < found; a++) {
            int ia = idx[a];
            double da = d[a];
            int b = a - 1;
            while (b >= 0 && (d[b] > da || (d[b] == da && idx[b] > ia))) {
                idx[b + 1] = idx[b];
                d[b + 1] = d[b];
                b--;
            }
            idx[b + 1] = ia;
            d[b + 1] = da;
        }
        int m = 0;
        for (int j = 0; j < found && m < k; j++) {
            if (idx[j] != i) {
                out[i * k + m++] = idx[j];
            }
        }
    }

    /** How many neighbours each point has. */
    int k() {
        return k;
    }

    /** The {@code j}-th nearest neighbour of point {@code i} (j = 0 is the nearest). */
    int get(int i, int j) {
        return neighbours[i * k + j];
    }
}
