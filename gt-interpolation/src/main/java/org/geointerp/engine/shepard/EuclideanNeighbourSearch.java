package org.geointerp.engine.shepard;

import java.util.Arrays;
import org.geointerp.engine.KdTree;

/**
 * Euclidean k-nearest neighbours. Single queries go to the kd-tree. For a run of nearby queries (the cells of a
 * grid row segment) {@link #prepare} gathers, with one k-nearest and one radius query, every point that can be
 * among the k nearest of any location in the segment; each cell then selects from those few candidates. This is
 * the paper's remark that C' for a grid point follows from the preceding one, made exact: if R_k is the k-th
 * neighbour distance of the segment centre c and every query point lies within h of c, each query's k nearest lie
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
    private double previousKth;
    private double[] smallest = new double[16];

    EuclideanNeighbourSearch(KdTree tree, double[] x, double[] y) {
        this.searcher = tree.searcher();
        this.px = x;
        this.py = y;
    }

    @Override
    public void prepare(double cx, double cy, double h, int k) {
        double bound;
        if (reach >= 0 && cy == centreY && k == preparedK) {
            // the k-th neighbour distance moves by at most the distance the centre moved (it is 1-Lipschitz), so the
            // previous segment's value bounds this one's: no k-nearest query needed
            bound = previousKth + Math.abs(cx - centreX);
        } else {
            int n = searcher.nearest(cx, cy, k);
            if (n < k) {
                reach = -1;
                return; // fewer points than k: the tree answers directly
            }
            bound = Math.sqrt(searcher.distanceSquared(n - 1));
        }
        int m = searcher.withinUnsorted(cx, cy, bound + 2 * h, true);
        if (m < k) {
            reach = -1;
            return;
        }
        // every point within the bound is among the results, so their k-th smallest distance is exactly this
        // centre's k-th neighbour distance; keep only the candidates within that plus 2h
        double kth = Math.sqrt(kthSmallest(m, k));
        double keep = (kth + 2 * h) * (kth + 2 * h);
        if (m > candidate.length) {
            int cap = Math.max(m, candidate.length * 2);
            candidate = Arrays.copyOf(candidate, cap);
            candidateX = Arrays.copyOf(candidateX, cap);
            candidateY = Arrays.copyOf(candidateY, cap);
        }
        int c = 0;
        for (int i = 0; i < m; i++) {
            if (searcher.distanceSquared(i) <= keep) {
                int idx = searcher.index(i);
                candidate[c] = idx;
                candidateX[c] = px[idx];
                candidateY[c] = py[idx];
                c++;
            }
        }
        candidates = c;
        centreX = cx;
        centreY = cy;
        previousKth = kth;
        // a hair of slack for rounding in the caller's cell-centre arithmetic
        reach = h * (1 + 1e-9);
        preparedK = k;
    }

    /** The k-th smallest squared distance among the searcher's m results (a partial insertion sort). */
    private double kthSmallest(int m, int k) {
        if (smallest.length < k) {
            smallest = new double[k];
        }
        int n = 0;
        for (int i = 0; i < m; i++) {
            double d = searcher.distanceSquared(i);
            if (n == k && d >= smallest[k - 1]) {
                continue;
            }
            int j = n < k ? n++ : k - 1;
            while (j > 0 && smallest[j - 1] > d) {
                smallest[j] = smallest[j - 1];
                j--;
            }
            smallest[j] = d;
        }
        return smallest[k - 1];
    }

    @Override
    public int nearest(double x, double y, int k, int[] index, double[] distance) {
        double dcx = x - centreX;
        double dcy = y - centreY;
        if (reach < 0 || k > preparedK || dcx * dcx + dcy * dcy > reach * reach) {
            return fromTree(x, y, k, index, distance);
        }
        // insertion into the k smallest squared distances, kept sorted
        int n = 0;
        for (int i = 0; i < candidates; i++) {
            double dx = candidateX[i] - x;
            double dy = candidateY[i] - y;
            double d = dx * dx + dy * dy;
            if (n == k && d >= distance[k - 1]) {
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
