package org.geointerp.engine.akima;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.KdTree;
import org.geointerp.engine.PointSet;

/**
 * The {@code k} data points closest to each data point (itself excluded), nearest first (Appendix A, substep 1.1).
 * Equal distances are broken by the lower original (input) index, so lattice data (Franke's DPS2, full of ties) give
 * the same neighbour sets whatever the kd-tree's internal order or the storage order.
 *
 * <p>Evenly spread points are searched in a {@link CellGrid}, clustered ones in a kd-tree; both give the same
 * neighbours. The points are stored along a Hilbert curve ({@link OrderedPoints}), so consecutive queries read the
 * same cells or tree nodes; they run in parallel blocks and each worker reuses its buffers. Also records the smallest distance between two
 * points, which tells the fit whether any locations might coincide.
 */
final class NearestNeighbours {

    /** Queries per unit of parallel work. */
    private static final int BLOCK = 2048;

    private final int k;
    private final int[] neighbours;
    private final double closestPairSquared;

    private NearestNeighbours(int k, int[] neighbours, double closestPairSquared) {
        this.k = k;
        this.neighbours = neighbours;
        this.closestPairSquared = closestPairSquared;
    }

    /** Neighbours of every point; {@code k} is capped at n - 1. */
    static NearestNeighbours of(OrderedPoints points, int wanted, Execution execution) {
        CellGrid grid = CellGrid.of(points.u(), points.v());
        return of(points, wanted, grid != null && grid.balanced() ? grid : null, execution);
    }

    /** Neighbours found with {@code grid}, or with a kd-tree when it is null. */
    static NearestNeighbours of(OrderedPoints points, int wanted, CellGrid grid, Execution execution) {
        double[] u = points.u();
        double[] v = points.v();
        int[] rank = points.original();
        int n = u.length;
        int k = Math.min(wanted, n - 1);
        int[] result = new int[n * k];
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] closest = new double[blocks];
        if (grid != null) {
            execution.forEachBlock("Akima fit", blocks, () -> grid.query(rank), (q, b) -> {
                double c = Double.POSITIVE_INFINITY;
                for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                    c = Math.min(c, fromGrid(q, u, v, i, k, result));
                }
                closest[b] = c;
            });
        } else {
            KdTree tree = new KdTree(PointSet.of2D(u, v, new double[n]));
            execution.forEachBlock("Akima fit", blocks, () -> new Query(tree.searcher()), (q, b) -> {
                double c = Double.POSITIVE_INFINITY;
                for (int i = b * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                    c = Math.min(c, q.collect(u, v, rank, i, k, result));
                }
                closest[b] = c;
            });
        }
        return new NearestNeighbours(k, result, Arrays.stream(closest).min().orElse(Double.POSITIVE_INFINITY));
    }

    /** Writes the neighbours of point i found in the grid; returns the squared distance to its nearest other point. */
    private static double fromGrid(CellGrid.Query q, double[] u, double[] v, int i, int k, int[] out) {
        int found = q.nearest(u[i], v[i], k + 1);
        int m = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < found && m < k; j++) {
            if (q.index(j) != i) {
                if (m == 0) {
                    nearest = q.distanceSquared(j);
                }
                out[i * k + m++] = q.index(j);
            }
        }
        return nearest;
    }

    /** One worker's search state and buffers. */
    private static final class Query {
        final KdTree.Searcher searcher;
        int[] idx = new int[32];
        double[] d = new double[32];

        Query(KdTree.Searcher searcher) {
            this.searcher = searcher;
        }

        /** Writes the neighbours of point i; returns the squared distance to its nearest other point. */
        double collect(double[] u, double[] v, int[] rank, int i, int k, int[] out) {
            KdTree.Searcher s = searcher;
            // one more than needed (besides the point itself) shows whether a tie straddles the k-th place; when one
            // does, ask for more until every point at the k-th distance is in, then order by (distance, index)
            int ask = k + 2;
            int found;
            while (true) {
                found = s.nearest(u[i], v[i], ask);
                if (found < ask || s.distanceSquared(found - 1) > s.distanceSquared(k)) {
                    break;
                }
                ask *= 2;
            }
            if (idx.length < found) {
                idx = new int[2 * found];
                d = new double[2 * found];
            }
            for (int j = 0; j < found; j++) {
                idx[j] = s.index(j);
                d[j] = s.distanceSquared(j);
            }
            // the kd-tree returns distances in order; only runs of equal distances need the original index order
            for (int a = 1; a < found; a++) {
                int ia = idx[a];
                double da = d[a];
                int b = a - 1;
                while (b >= 0 && (d[b] > da || (d[b] == da && rank[idx[b]] > rank[ia]))) {
                    idx[b + 1] = idx[b];
                    d[b + 1] = d[b];
                    b--;
                }
                idx[b + 1] = ia;
                d[b + 1] = da;
            }
            int m = 0;
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < found && m < k; j++) {
                if (idx[j] != i) {
                    if (m == 0) {
                        nearest = d[j];
                    }
                    out[i * k + m++] = idx[j];
                }
            }
            return nearest;
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

    /** The smallest squared distance between two of the points. */
    double closestPairSquared() {
        return closestPairSquared;
    }
}
