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
        // Search within a bound R on d' so that every detour computation has a path-length limit (an unlimited
        // one explores every barrier vertex). Twice the Euclidean k-th distance usually holds k points; when
        // barriers push too many beyond it, double R and search again.
        double bound = Math.max(2 * distance[n - 1], Double.MIN_NORMAL);
        for (boolean first = true; ; first = false) {
            int found = withinBound(x, y, k, bound, index, distance, outcome);
            if (found == k) {
                return found;
            }
            if (outcome.exhausted) {
                // The points found are all those reachable with d' below the bound. They are all the reachable
                // ones, and so shareable with every location that reaches this one, only when no point was left
                // out for its d' alone and (x, y) lies in a bounded region; otherwise a point behind a long
                // detour (around the far end of a long barrier) may be reachable, and nearer from elsewhere.
                if (!outcome.droppedByBound && barriers.enclosed(x, y)) {
                    enclosures.remember(x, y, index, found);
                }
                return found;
            }
            if (first) {
                int[] members = enclosures.around(x, y);
                if (members != null) {
                    return rank(x, y, k, members, index, distance);
                }
            }
            bound *= 2;
        }
    }

    /**
     * Places from which fewer than k points are reachable (inside a pocket closed by barriers), each with the
     * points it reaches. Finding that out walks every data point, since only running out of points proves that no
     * more are reachable; but reachability is shared by every location that can reach the place, so one walk
     * serves the whole pocket. On the benchmark (100,000 points, 100 random lines, 2000 x 2000 cells) one pocket
     * holding 7 points covers 286 cells, whose walks made up 57 of the 68 million points visited in all.
     */
    private final Enclosures enclosures = new Enclosures();

    private final class Enclosures {
        /** A handful per thread: a grid meets few pockets, and one origin usually sees its whole (small) pocket. */
        private static final int CAPACITY = 16;

        private final double[] originX = new double[CAPACITY];
        private final double[] originY = new double[CAPACITY];
        private final int[][] members = new int[CAPACITY][];
        private int count;
        private int next;

        void remember(double x, double y, int[] index, int found) {
            originX[next] = x;
            originY[next] = y;
            members[next] = java.util.Arrays.copyOf(index, found);
            next = (next + 1) % CAPACITY;
            count = Math.min(CAPACITY, count + 1);
        }

        /**
         * The points reachable from (x, y) when it sees a remembered origin along an unblocked straight line (then
         * both lie in the same free region and reach the same points), else null.
         */
        int[] around(double x, double y) {
            for (int e = 0; e < count; e++) {
                double b = barriers.straightDetour(x, y, originX[e], originY[e]);
                if (!Double.isNaN(b) && b != Double.POSITIVE_INFINITY) {
                    return members[e];
                }
            }
            return null;
        }
    }

    /**
     * The up to k of {@code members} (all the points (x, y) can reach) with the smallest d', sorted by d', then by
     * Euclidean distance, then by index (the walk's order for points not tied in d').
     */
    private int rank(double x, double y, int k, int[] members, int[] index, double[] distance) {
        int n = 0;
        for (int i : members) {
            double d = Math.sqrt((px[i] - x) * (px[i] - x) + (py[i] - y) * (py[i] - y));
            double b = barriers.detour(x, y, px[i], py[i], Double.POSITIVE_INFINITY);
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double e = b == 0 ? d : Math.sqrt(d * d + b * b);
            int j = n++; // members are fewer than k: every reachable one is kept
            while (j > 0 && before(e, d, i, distance[j - 1], j - 1, index, x, y)) {
                distance[j] = distance[j - 1];
                index[j] = index[j - 1];
                j--;
            }
            distance[j] = e;
            index[j] = i;
        }
        return n;
    }

    /** True when point i (d' = e, Euclidean d) ranks before the point kept in slot j. */
    private boolean before(double e, double d, int i, double ej, int j, int[] index, double x, double y) {
        if (e != ej) {
            return e < ej;
        }
        double dj = Math.sqrt((px[index[j]] - x) * (px[index[j]] - x) + (py[index[j]] - y) * (py[index[j]] - y));
        return d != dj ? d < dj : i < index[j];
    }

    /** How a {@link #withinBound} search ended, besides the points it found; the caller passes one in. */
    private static final class Outcome {
        /** The walk ran out of points (no larger bound can find more). */
        boolean exhausted;
        /** A reachable point was left out only because its d' reached the bound. */
        boolean droppedByBound;
    }

    /** Reused by {@link #nearest} for every search. */
    private final Outcome outcome = new Outcome();

    /** Walk position of each kept point: ties in d' keep the walk's order, as one pass in walk order would. */
    private int[] rank = new int[16];
    /** Points whose straight segment from P is blocked, in walk order, left for the second pass. */
    private int[] pendingIndex = new int[16];

    private int[] pendingRank = new int[16];
    private double[] pendingDistance = new double[16];

    /**
     * The up to k points with the smallest d' < bound, sorted by d' (equal d' in walk order): the first k of the
     * walk, stably sorted by d'.
     *
     * <p>Two passes. The first walks by Euclidean distance and keeps every point whose segment from P is not blocked
     * (its d' needs no path search), setting the blocked ones aside. The second searches paths for those, nearest
     * first, each limited by the k-th d' known by then. Taking them in walk order instead searched most of them with
     * the loose limit {@code bound} while fewer than k points were kept: on the benchmark (10,000 points, 100 random
     * lines) most such searches found no path within it, and each gathered about 100 barrier nodes. The kept set is
     * the same either way: a point enters exactly when fewer than k kept points precede it in (d', walk) order.
     */
    private int withinBound(double x, double y, int k, double bound, int[] index, double[] distance, Outcome outcome) {
        if (rank.length < k) {
            rank = new int[k];
        }
        int n = 0;
        int pending = 0;
        int seen = 0;
        outcome.exhausted = false;
        outcome.droppedByBound = false;
        walk.startIncremental(x, y);
        while (true) {
            int i = walk.next();
            if (i < 0) {
                outcome.exhausted = true;
                break;
            }
            double d = Math.sqrt(walk.lastDistanceSquared());
            double worst = n == k ? distance[k - 1] : bound;
            if (d >= worst) {
                // every later point has d' >= d >= worst; if that worst was only the bound, a larger bound
                // could still find more, so the walk is not exhausted
                break;
            }
            int r = seen++;
            double b = barriers.straightDetour(x, y, px[i], py[i]);
            if (Double.isNaN(b)) {
                if (pending == pendingIndex.length) {
                    pendingIndex = java.util.Arrays.copyOf(pendingIndex, 2 * pending);
                    pendingRank = java.util.Arrays.copyOf(pendingRank, 2 * pending);
                    pendingDistance = java.util.Arrays.copyOf(pendingDistance, 2 * pending);
                }
                pendingIndex[pending] = i;
                pendingRank[pending] = r;
                pendingDistance[pending++] = d;
                continue;
            }
            n = keep(i, r, d, b, n, k, bound, index, distance, outcome);
        }
        for (int p = 0; p < pending; p++) {
            double d = pendingDistance[p];
            double worst = n == k ? distance[k - 1] : bound;
            if (d >= worst) {
                break; // set aside in walk order, so by d: the rest are no nearer
            }
            int i = pendingIndex[p];
            // a path longer than d + sqrt(worst^2 - d^2) gives d' >= worst: the detour search stops there
            double b = barriers.blockedDetour(x, y, px[i], py[i], d + Math.sqrt(worst * worst - d * d));
            n = keep(i, pendingRank[p], d, b, n, k, bound, index, distance, outcome);
        }
        return n;
    }

    /**
     * Inserts point i (walk position r, distance d, barrier term b) if its d' beats the k-th; returns the count and
     * notes in {@code outcome} a point dropped for the bound alone.
     */
    private int keep(
            int i,
            int r,
            double d,
            double b,
            int n,
            int k,
            double bound,
            int[] index,
            double[] distance,
            Outcome outcome) {
        if (b == Double.POSITIVE_INFINITY) {
            return n;
        }
        double worst = n == k ? distance[k - 1] : bound;
        double e = b == 0 ? d : Math.sqrt(d * d + b * b);
        if (e > worst || e == worst && (n < k || rank[k - 1] < r)) {
            outcome.droppedByBound |= n < k;
            return n;
        }
        int j = n < k ? n++ : k - 1;
        while (j > 0 && (distance[j - 1] > e || distance[j - 1] == e && rank[j - 1] > r)) {
            distance[j] = distance[j - 1];
            index[j] = index[j - 1];
            rank[j] = rank[j - 1];
            j--;
        }
        distance[j] = e;
        index[j] = i;
        rank[j] = r;
        return n;
    }
}
