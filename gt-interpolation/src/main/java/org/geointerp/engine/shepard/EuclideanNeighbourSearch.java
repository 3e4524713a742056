package org.geointerp.engine.shepard;

import java.util.Arrays;
import org.geointerp.engine.internal.KdTree;

/**
 * Euclidean k-nearest neighbours. Single queries go to the kd-tree. For a run of nearby queries (the cells of a
 * square tile of grid cells) {@link #prepare} gathers, with one k-nearest and one radius query, every point that can be
 * among the k nearest of any location in the tile; each cell then selects from those few candidates. This is
 * the paper's remark that C' for a grid point follows from the preceding one, made exact: if R_k is the k-th
 * neighbour distance of the tile centre c and every query point lies within h of c, each query's k nearest lie
 * within R_k + 2h of c (triangle inequality). Measured 3-4x faster per cell than one tree query per cell for
 * 100,000 points on a 2000 x 2000 grid.
 */
final class EuclideanNeighbourSearch implements NeighbourSearch {

    private final KdTree.Searcher searcher;
    private final double[] px;
    private final double[] py;
    private int[] candidate = new int[64];
    private double[] candidateX = new double[64];
    private double[] candidateY = new double[64];
    private int candidates;
    private double centreX;
    private double centreY;
    private double reach = -1;
    private int preparedK;

    EuclideanNeighbourSearch(KdTree tree, double[] x, double[] y) {
        this.searcher = tree.searcher();
        this.px = x;
        this.py = y;
    }

    @Override
    public void prepare(double cx, double cy, double h, int k) {
        reach = -1;
        int n = searcher.nearest(cx, cy, k);
        if (n < k) {
            return; // fewer points than k: the tree answers directly
        }
        double rk = Math.sqrt(searcher.distanceSquared(n - 1));
        int m = searcher.within(cx, cy, rk + 2 * h, true);
        if (m > candidate.length) {
            int cap = Math.max(m, candidate.length * 2);
            candidate = Arrays.copyOf(candidate, cap);
            candidateX = Arrays.copyOf(candidateX, cap);
            candidateY = Arrays.copyOf(candidateY, cap);
        }
        for (int i = 0; i < m; i++) {
            int idx = searcher.index(i);
            candidate[i] = idx;
            candidateX[i] = px[idx];
            candidateY[i] = py[idx];
        }
        candidates = m;
        centreX = cx;
        centreY = cy;
        // a hair of slack for rounding in the caller's cell-centre arithmetic
        reach = h * (1 + 1e-9);
        preparedK = k;
    }

    @Override
    public int nearest(double x, double y, int k, int[] index, double[] distance) {
        double dcx = x - centreX;
        double dcy = y - centreY;
        if (reach < 0 || k > preparedK || dcx * dcx + dcy * dcy > reach * reach) {
            return fromTree(x, y, k, index, distance);
        }
        // Insertion into the k smallest squared distances, kept sorted; worst is the k-th once there are k. The
        // candidates come sorted by distance from the tile centre, which keeps insertions few. Tried and dropped
        // (IDW benchmark, CPU seconds on a loaded machine, this code 1.7-2.1): candidates in tree order, unsorted
        // (2.9-3.2); the previous cell's neighbours as a first bound on the k-th distance (2.35-2.45, their
        // coordinates lie scattered in memory) or inserted first (2.05-2.25); stopping once a candidate's distance
        // from the centre minus the cell's offset reaches the k-th (1.8-2.0, no gain).
        double[] cx = candidateX;
        double[] cy = candidateY;
        int n = 0;
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0, m = candidates; i < m; i++) {
            double dx = cx[i] - x;
            double dy = cy[i] - y;
            double d = dx * dx + dy * dy;
            if (d >= worst) {
                continue;
            }
            int j = n < k ? n++ : k - 1;
            while (j > 0 && distance[j - 1] > d) {
                distance[j] = distance[j - 1];
                index[j] = index[j - 1];
                j--;
            }
            distance[j] = d;
            index[j] = candidate[i];
            if (n == k) {
                worst = distance[k - 1];
            }
        }
        for (int i = 0; i < n; i++) {
            distance[i] = Math.sqrt(distance[i]);
        }
        return n;
    }

    private int fromTree(double x, double y, int k, int[] index, double[] distance) {
        int n = searcher.nearest(x, y, k);
        for (int i = 0; i < n; i++) {
            index[i] = searcher.index(i);
            distance[i] = Math.sqrt(searcher.distanceSquared(i));
        }
        return n;
    }
}
