package org.geointerp.engine.clusterpolate;

/**
 * The permutation that sorts a {@code double[]}, without boxing: a bottom-up merge sort of indices. Written by hand
 * because the JDK sorts primitive indices only by natural order and a boxed {@code Integer[]} sort with a comparator
 * costs several times as much (and 16 bytes per point) on a million points.
 */
final class IndirectSort {

    private IndirectSort() {}

    /** Indices {@code order} with {@code key[order[0]] <= key[order[1]] <= ...}; stable. Keys must not be NaN. */
    static int[] ascending(double[] key) {
        int n = key.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(key, a, b, lo, mid, hi);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(double[] key, int[] from, int[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || key[from[i]] <= key[from[j]])) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
