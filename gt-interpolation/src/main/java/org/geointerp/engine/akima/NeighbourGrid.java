package org.geointerp.engine.akima;

import org.geointerp.engine.internal.BucketLists;

/**
 * The data points bucketed into a uniform grid of square cells (about two points per cell), for the k-nearest
 * search of every data point. On evenly spread data this is 4 to 5 times cheaper than the kd-tree (a query reads the
 * 25 cells around the point, about 50 points, with no tree descent), and its plain loops cost the just-in-time
 * compiler a fraction of what the kd-tree's inlined recursion does (0.8 s of compilation in a 100,000-point run).
 * On clustered data cells overflow: {@link #balanced} tells when to use the kd-tree instead.
 *
 * <p>Results are the {@code want} points smallest by (squared distance, rank), the same order the kd-tree path
 * produces after its tie-break.
 */
final class NeighbourGrid {

    /** Mean points per cell. */
    private static final double PER_CELL = 2;

    private final Buckets grid;
    /** Points of cell c: {@code point[start[c] .. start[c + 1])}, their coordinates alongside in cu, cv. */
    private final int[] start;

    private final int[] point;
    private final double[] cu;
    private final double[] cv;

    private NeighbourGrid(Buckets grid, double[] u, double[] v) {
        this.grid = grid;
        int n = u.length;
        int[] cellOf = new int[n];
        for (int p = 0; p < n; p++) {
            cellOf[p] = grid.bucketOf(u[p], v[p]);
        }
        BucketLists cells = BucketLists.byBucket(grid.count(), cellOf);
        start = cells.start();
        point = cells.items();
        cu = new double[n];
        cv = new double[n];
        for (int s = 0; s < n; s++) {
            cu[s] = u[point[s]];
            cv[s] = v[point[s]];
        }
    }

    /** A grid over the points' bounding box, or null when the points span no area (the kd-tree handles those). */
    static NeighbourGrid of(double[] u, double[] v) {
        Bounds box = Bounds.of(u, v);
        double w = box.width();
        double h = box.height();
        if (!(w > 0 && h > 0)) {
            return null;
        }
        double cell = Math.sqrt(w * h * PER_CELL / u.length);
        int cols = (int) Math.min(1 << 15, Math.floor(w / cell) + 1);
        int rows = (int) Math.min(1 << 15, Math.floor(h / cell) + 1);
        // a little wider than the box, so that no point falls on the far edge
        cell = Math.max(w / (cols - 0.5), h / (rows - 0.5));
        return new NeighbourGrid(new Buckets(box.minU(), box.minV(), cell, cols, rows), u, v);
    }

    /**
     * Whether the points are spread evenly enough for the grid: the sum over cells of the squared number of points,
     * which is what scanning cells costs, stays below 5 times the number of points (evenly spread: about 3 times).
     */
    boolean balanced() {
        long sum = 0;
        for (int c = 0; c < grid.count(); c++) {
            long k = start[c + 1] - start[c];
            sum += k * k;
        }
        return sum <= 5L * point.length;
    }

    /** A query with its own buffers; one per thread. */
    Query query(int[] rank) {
        return new Query(rank);
    }

    final class Query {
        private final int[] rank;
        private int[] best = new int[16];
        private double[] bestD = new double[16];
        private int count;

        private Query(int[] rank) {
            this.rank = rank;
        }

        int index(int j) {
            return best[j];
        }

        double distanceSquared(int j) {
            return bestD[j];
        }

        /** The {@code want} points smallest by (squared distance to (qu, qv), rank), in that order; returns how many. */
        int nearest(double qu, double qv, int want) {
            if (best.length < want) {
                best = new int[want];
                bestD = new double[want];
            }
            count = 0;
            int cols = grid.cols();
            int rows = grid.rows();
            double cell = grid.cell();
            double minU = grid.minU();
            double minV = grid.minV();
            int ci = grid.col(qu);
            int cj = grid.row(qv);
            int reach = Math.max(Math.max(ci, cols - 1 - ci), Math.max(cj, rows - 1 - cj));
            for (int r = 0; r <= reach; r++) {
                if (count == want && r > 0) {
                    // every point of ring r lies outside the block of rings 0 .. r - 1
                    double gap = Math.min(
                            Math.min(qu - (minU + (ci - r + 1) * cell), minU + (ci + r) * cell - qu),
                            Math.min(qv - (minV + (cj - r + 1) * cell), minV + (cj + r) * cell - qv));
                    if (gap > 0 && gap * gap > bestD[want - 1]) {
                        break;
                    }
                }
                int i0 = Math.max(0, ci - r);
                int i1 = Math.min(cols - 1, ci + r);
                for (int j = Math.max(0, cj - r); j <= Math.min(rows - 1, cj + r); j++) {
                    boolean edgeRow = j == cj - r || j == cj + r;
                    if (edgeRow) {
                        scan(j * cols + i0, j * cols + i1, qu, qv, want);
                    } else {
                        if (ci - r >= 0) {
                            scan(j * cols + ci - r, j * cols + ci - r, qu, qv, want);
                        }
                        if (ci + r < cols && r > 0) {
                            scan(j * cols + ci + r, j * cols + ci + r, qu, qv, want);
                        }
                    }
                }
            }
            return count;
        }

        /** Offers the points of cells first .. last (one grid row) to the list of the best. */
        private void scan(int first, int last, double qu, double qv, int want) {
            for (int s = start[first]; s < start[last + 1]; s++) {
                double du = cu[s] - qu;
                double dv = cv[s] - qv;
                double d = du * du + dv * dv;
                if (count == want && d > bestD[want - 1]) {
                    continue;
                }
                int p = point[s];
                int rp = rank[p];
                int b;
                if (count == want) {
                    if (!isAfter(bestD[want - 1], rank[best[want - 1]], d, rp)) {
                        continue; // ties with the worst kept point but ranks after it
                    }
                    b = want - 1;
                } else {
                    b = count++;
                }
                while (b > 0 && isAfter(bestD[b - 1], rank[best[b - 1]], d, rp)) {
                    best[b] = best[b - 1];
                    bestD[b] = bestD[b - 1];
                    b--;
                }
                best[b] = p;
                bestD[b] = d;
            }
        }
    }

    /** Whether (d1, r1) comes after (d2, r2). */
    private static boolean isAfter(double d1, int r1, double d2, int r2) {
        return d1 > d2 || (d1 == d2 && r1 > r2);
    }
}
