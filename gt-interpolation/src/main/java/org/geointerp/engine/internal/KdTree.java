package org.geointerp.engine.internal;

import org.geointerp.engine.PointSet;

/**
 * A static kd-tree over the locations of a {@link PointSet}, in any dimension, on primitive arrays.
 *
 * <p>Written by hand rather than taken from a library because the grid hot path runs one query per cell (millions
 * per raster): the tree keeps the points' coordinates copied contiguously in tree order, splits at the median of
 * the widest axis (so children are implicit: node {@code k} has children {@code 2k+1, 2k+2}), and all queries run
 * through a per-thread {@link Searcher} whose buffers are reused, so a query allocates nothing. JTS's KdTree
 * allocates a node object per point and offers no k-nearest query; its STRtree has k-nearest but boxes every item.
 *
 * <p>Queries return the points' indices in the original {@link PointSet} and squared Euclidean distances.
 */
public final class KdTree {

    /** Points per leaf: measured as a good trade between tree depth and leaf scans for 2D k=10 queries. */
    private static final int LEAF_SIZE = 8;

    /**
     * Subtrees of at least this many points are built in parallel on the common pool; below it a fork costs more
     * than it saves (the tree of 100,000 points forks at its top three levels).
     */
    private static final int PARALLEL_BUILD = 16_384;

    private final int dim;
    private final int size;
    /** Coordinates in tree order, interleaved: slot s, axis a at {@code coords[s * dim + a]}. */
    private final double[] coords;
    /** Original point index of each tree slot. */
    private final int[] index;

    private final int[] nodeFrom;
    private final int[] nodeTo;
    private final int[] splitAxis;
    private final double[] splitValue;
    /** Bounding box of each node, {@code [node * 2 * dim + a]} = min of axis a, {@code + dim + a} = max. */
    private final double[] box;

    public KdTree(PointSet points) {
        this.dim = points.dimension();
        this.size = points.size();
        int depth = 0;
        while (ceilDiv(size, 1L << depth) > LEAF_SIZE) {
            depth++;
        }
        int nodes = (int) Math.min(Integer.MAX_VALUE - 8, (1L << (depth + 1)));
        nodeFrom = new int[nodes];
        nodeTo = new int[nodes];
        splitAxis = new int[nodes];
        splitValue = new double[nodes];
        box = new double[nodes * 2 * dim];
        java.util.Arrays.fill(splitAxis, -1);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        double[][] c = new double[dim][];
        for (int a = 0; a < dim; a++) {
            c[a] = points.coordinate(a);
        }
        if (size > 0) {
            build(0, 0, size, order, c);
        }
        coords = new double[size * dim];
        index = order;
        for (int s = 0; s < size; s++) {
            for (int a = 0; a < dim; a++) {
                coords[s * dim + a] = c[a][order[s]];
            }
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    public int size() {
        return size;
    }

    public int dimension() {
        return dim;
    }

    private void build(int node, int from, int to, int[] order, double[][] c) {
        nodeFrom[node] = from;
        nodeTo[node] = to;
        int b = node * 2 * dim;
        int widest = 0;
        double widestExtent = -1;
        for (int a = 0; a < dim; a++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double[] ca = c[a];
            for (int i = from; i < to; i++) {
                double v = ca[order[i]];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            box[b + a] = lo;
            box[b + dim + a] = hi;
            if (hi - lo > widestExtent) {
                widestExtent = hi - lo;
                widest = a;
            }
        }
        if (to - from <= LEAF_SIZE) {
            return;
        }
        int mid = (from + to) >>> 1;
        select(order, c[widest], from, to - 1, mid);
        splitAxis[node] = widest;
        splitValue[node] = c[widest][order[mid]];
        if (to - from >= PARALLEL_BUILD) {
            // the halves touch disjoint ranges of order[] and disjoint nodes: build them side by side
            java.util.concurrent.ForkJoinTask.invokeAll(
                    java.util.concurrent.ForkJoinTask.adapt(() -> build(2 * node + 1, from, mid, order, c)),
                    java.util.concurrent.ForkJoinTask.adapt(() -> build(2 * node + 2, mid, to, order, c)));
        } else {
            build(2 * node + 1, from, mid, order, c);
            build(2 * node + 2, mid, to, order, c);
        }
    }

    /** Quickselect: afterwards {@code key[order[k]]} is the k-th smallest in [lo, hi], smaller ones before it. */
    private static void select(int[] order, double[] key, int lo, int hi, int k) {
        while (hi > lo) {
            int m = (lo + hi) >>> 1;
            // median of three as pivot keeps sorted or clustered input from going quadratic
            if (key[order[m]] < key[order[lo]]) swap(order, m, lo);
            if (key[order[hi]] < key[order[lo]]) swap(order, hi, lo);
            if (key[order[hi]] < key[order[m]]) swap(order, hi, m);
            double pivot = key[order[m]];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[order[i]] < pivot) i++;
                while (key[order[j]] > pivot) j--;
                if (i <= j) {
                    swap(order, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** One point of an incremental walk ({@link Searcher#next}): a holder the caller reuses for every step. */
    public static final class Step {
        private int index;
        private double distanceSquared;

        /** Original index (in the point set) of the point. */
        public int index() {
            return index;
        }

        /** Its squared distance from the walk's start. */
        public double distanceSquared() {
            return distanceSquared;
        }
    }

    /** A new query object for one thread. */
    public Searcher searcher() {
        return new Searcher();
    }

    /**
     * Runs queries with reusable buffers; one per thread. Results of the last query are read through
     * {@link #count()}, {@link #index(int)} and {@link #distanceSquared(int)}.
     */
    public final class Searcher {
        private int[] resultIndex = new int[16];
        private double[] resultDist = new double[16];
        private int count;
        private final double[] query = new double[dim];
        private int k;
        // incremental nearest: a binary min-heap of (distance, entry); entry >= 0 is a node, < 0 is -(slot + 1)
        private double[] heapKey = new double[64];
        private int[] heapEntry = new int[64];
        private int heapSize;

        /** Number of results of the last query. */
        public int count() {
            return count;
        }

        /** Original index (in the point set) of result {@code i}. */
        public int index(int i) {
            return resultIndex[i];
        }

        /** Squared distance of result {@code i} from the query point. */
        public double distanceSquared(int i) {
            return resultDist[i];
        }

        /**
         * The {@code k} nearest points to (x, y), sorted by increasing distance (ties in any order); fewer when the
         * tree holds fewer. For 2D trees.
         */
        public int nearest(double x, double y, int k) {
            query[0] = x;
            query[1] = y;
            return nearest(query, k);
        }

        /** The {@code k} nearest points to {@code q}, sorted by increasing distance. */
        public int nearest(double[] q, int k) {
            if (q != query) {
                System.arraycopy(q, 0, query, 0, dim);
            }
            this.k = Math.min(k, size);
            ensureCapacity(this.k);
            count = 0;
            if (this.k > 0) {
                if (dim == 2) {
                    nearest2D(0, query[0], query[1]);
                } else {
                    nearest(0);
                }
            }
            sortResults();
            return count;
        }

        /**
         * All points within distance {@code r} of {@code q}: {@code d < r} when {@code inclusive} is false,
         * {@code d <= r} when true (comparisons on squared distances). Sorted by increasing distance.
         */
        public int within(double[] q, double r, boolean inclusive) {
            if (q != query) {
                System.arraycopy(q, 0, query, 0, dim);
            }
            count = 0;
            if (size > 0) {
                if (dim == 2) {
                    within2D(0, query[0], query[1], r * r, inclusive);
                } else {
                    within(0, r * r, inclusive);
                }
            }
            sortResults();
            return count;
        }

        /** 2D form of {@link #within(double[], double, boolean)}. */
        public int within(double x, double y, double r, boolean inclusive) {
            query[0] = x;
            query[1] = y;
            return within(query, r, inclusive);
        }

        /**
         * Starts an incremental nearest-neighbour walk from {@code q}: each {@link #next} gives the next point in
         * order of increasing distance. Used where the ranking key is not the Euclidean distance itself but bounded
         * below by it (Shepard's barrier distance), so the caller can stop as soon as the distance exceeds its
         * current worst key.
         */
        public void startIncremental(double[] q) {
            if (q != query) {
                System.arraycopy(q, 0, query, 0, dim);
            }
            heapSize = 0;
            if (size > 0) {
                push(boxDistance(0), 0);
            }
        }

        /** 2D form of {@link #startIncremental(double[])}. */
        public void startIncremental(double x, double y) {
            query[0] = x;
            query[1] = y;
            startIncremental(query);
        }

        /**
         * The next point of the incremental walk, into {@code out} (its original index and squared distance); false
         * when all points have been returned.
         */
        public boolean next(Step out) {
            while (heapSize > 0) {
                double key = heapKey[0];
                int entry = heapEntry[0];
                pop();
                if (entry < 0) {
                    out.index = index[-entry - 1];
                    out.distanceSquared = key;
                    return true;
                }
                if (splitAxis[entry] < 0) {
                    for (int s = nodeFrom[entry]; s < nodeTo[entry]; s++) {
                        push(slotDistance(s), -s - 1);
                    }
                } else {
                    push(boxDistance(2 * entry + 1), 2 * entry + 1);
                    push(boxDistance(2 * entry + 2), 2 * entry + 2);
                }
            }
            return false;
        }

        private void nearest(int node) {
            if (splitAxis[node] < 0) {
                for (int s = nodeFrom[node]; s < nodeTo[node]; s++) {
                    double d = slotDistance(s);
                    if (count < k) {
                        heapInsert(d, index[s]);
                    } else if (d < resultDist[0]) {
                        heapReplaceTop(d, index[s]);
                    }
                }
                return;
            }
            double diff = query[splitAxis[node]] - splitValue[node];
            int near = diff < 0 ? 2 * node + 1 : 2 * node + 2;
            int far = diff < 0 ? 2 * node + 2 : 2 * node + 1;
            nearest(near);
            if (count < k || boxDistance(far) < resultDist[0]) {
                nearest(far);
            }
        }

        /**
         * The 2D form of {@link #nearest(int)} with the axis loops unrolled; measured about twice as fast for k = 11
         * on 100,000 points, and this query runs once per grid cell or row segment.
         */
        private void nearest2D(int node, double qx, double qy) {
            if (splitAxis[node] < 0) {
                for (int s = nodeFrom[node]; s < nodeTo[node]; s++) {
                    double dx = coords[2 * s] - qx;
                    double dy = coords[2 * s + 1] - qy;
                    double d = dx * dx + dy * dy;
                    if (count < k) {
                        heapInsert(d, index[s]);
                    } else if (d < resultDist[0]) {
                        heapReplaceTop(d, index[s]);
                    }
                }
                return;
            }
            double diff = (splitAxis[node] == 0 ? qx : qy) - splitValue[node];
            int near = diff < 0 ? 2 * node + 1 : 2 * node + 2;
            int far = diff < 0 ? 2 * node + 2 : 2 * node + 1;
            nearest2D(near, qx, qy);
            if (count < k || diff * diff < resultDist[0]) {
                nearest2D(far, qx, qy);
            }
        }

        private void within(int node, double r2, boolean inclusive) {
            double bd = boxDistance(node);
            if (inclusive ? bd > r2 : bd >= r2) {
                return;
            }
            if (splitAxis[node] < 0) {
                for (int s = nodeFrom[node]; s < nodeTo[node]; s++) {
                    double d = slotDistance(s);
                    if (inclusive ? d <= r2 : d < r2) {
                        ensureCapacity(count + 1);
                        resultIndex[count] = index[s];
                        resultDist[count] = d;
                        count++;
                    }
                }
                return;
            }
            within(2 * node + 1, r2, inclusive);
            within(2 * node + 2, r2, inclusive);
        }

        /** The 2D form of {@link #within(int, double, boolean)}, axis loops unrolled (the grid walk's other query). */
        private void within2D(int node, double qx, double qy, double r2, boolean inclusive) {
            int b = node * 4;
            double tx = qx < box[b] ? box[b] - qx : (qx > box[b + 2] ? qx - box[b + 2] : 0);
            double ty = qy < box[b + 1] ? box[b + 1] - qy : (qy > box[b + 3] ? qy - box[b + 3] : 0);
            double bd = tx * tx + ty * ty;
            if (inclusive ? bd > r2 : bd >= r2) {
                return;
            }
            if (splitAxis[node] < 0) {
                ensureCapacity(count + nodeTo[node] - nodeFrom[node]);
                for (int s = nodeFrom[node]; s < nodeTo[node]; s++) {
                    double dx = coords[2 * s] - qx;
                    double dy = coords[2 * s + 1] - qy;
                    double d = dx * dx + dy * dy;
                    if (inclusive ? d <= r2 : d < r2) {
                        resultIndex[count] = index[s];
                        resultDist[count] = d;
                        count++;
                    }
                }
                return;
            }
            within2D(2 * node + 1, qx, qy, r2, inclusive);
            within2D(2 * node + 2, qx, qy, r2, inclusive);
        }

        private double slotDistance(int s) {
            double d = 0;
            int o = s * dim;
            for (int a = 0; a < dim; a++) {
                double t = coords[o + a] - query[a];
                d += t * t;
            }
            return d;
        }

        /** Squared distance from the query to a node's bounding box (0 inside). */
        private double boxDistance(int node) {
            double d = 0;
            int b = node * 2 * dim;
            for (int a = 0; a < dim; a++) {
                double q = query[a];
                double lo = box[b + a];
                double hi = box[b + dim + a];
                double t = q < lo ? lo - q : (q > hi ? q - hi : 0);
                d += t * t;
            }
            return d;
        }

        // ---- k-nearest result max-heap (largest distance at 0) ----

        private void heapInsert(double d, int idx) {
            int i = count++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (resultDist[parent] >= d) {
                    break;
                }
                resultDist[i] = resultDist[parent];
                resultIndex[i] = resultIndex[parent];
                i = parent;
            }
            resultDist[i] = d;
            resultIndex[i] = idx;
        }

        private void heapReplaceTop(double d, int idx) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= count) {
                    break;
                }
                if (child + 1 < count && resultDist[child + 1] > resultDist[child]) {
                    child++;
                }
                if (resultDist[child] <= d) {
                    break;
                }
                resultDist[i] = resultDist[child];
                resultIndex[i] = resultIndex[child];
                i = child;
            }
            resultDist[i] = d;
            resultIndex[i] = idx;
        }

        /** Insertion sort by distance: result sets are small (k <= a few dozen) in the hot paths. */
        private void sortResults() {
            if (count > 64) {
                sortLarge();
                return;
            }
            for (int i = 1; i < count; i++) {
                double d = resultDist[i];
                int idx = resultIndex[i];
                int j = i - 1;
                while (j >= 0 && resultDist[j] > d) {
                    resultDist[j + 1] = resultDist[j];
                    resultIndex[j + 1] = resultIndex[j];
                    j--;
                }
                resultDist[j + 1] = d;
                resultIndex[j + 1] = idx;
            }
        }

        private void sortLarge() {
            PairSort.sort(resultDist, resultIndex, count);
        }

        private void ensureCapacity(int n) {
            if (n > resultIndex.length) {
                int cap = Math.max(n, resultIndex.length * 2);
                resultIndex = java.util.Arrays.copyOf(resultIndex, cap);
                resultDist = java.util.Arrays.copyOf(resultDist, cap);
            }
        }

        // ---- incremental-walk min-heap ----

        private void push(double key, int entry) {
            if (heapSize == heapKey.length) {
                heapKey = java.util.Arrays.copyOf(heapKey, heapSize * 2);
                heapEntry = java.util.Arrays.copyOf(heapEntry, heapSize * 2);
            }
            int i = heapSize++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heapKey[parent] <= key) {
                    break;
                }
                heapKey[i] = heapKey[parent];
                heapEntry[i] = heapEntry[parent];
                i = parent;
            }
            heapKey[i] = key;
            heapEntry[i] = entry;
        }

        private void pop() {
            heapSize--;
            if (heapSize == 0) {
                return;
            }
            double key = heapKey[heapSize];
            int entry = heapEntry[heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                    child++;
                }
                if (heapKey[child] >= key) {
                    break;
                }
                heapKey[i] = heapKey[child];
                heapEntry[i] = heapEntry[child];
                i = child;
            }
            heapKey[i] = key;
            heapEntry[i] = entry;
        }
    }
}
