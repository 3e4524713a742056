package org.geointerp.engine.internal;

/**
 * Stable sort of (double key, int value) pairs by key, on primitive arrays: a least-significant-digit radix sort on
 * the keys' bit patterns mapped to unsigned order, one byte per pass, skipping bytes that all keys share.
 *
 * <p>Written by hand because the JDK sorts primitive arrays only by themselves: sorting indices by a key means
 * boxing them ({@code Integer[]} with a comparator). For the 100,000 x coordinates that coincident-point merging
 * sorts, the boxed sort took 30-60 ms of a 120 ms Shepard fit (warm, measured); this takes a few.
 * Keys must not be NaN; -0.0 sorts before 0.0, as {@link Double#compare} orders them.
 */
public final class PairSort {

    private PairSort() {}

    /** Sorts {@code key[0..n)} ascending and permutes {@code value[0..n)} with it; equal keys keep their order. */
    public static void sort(double[] key, int[] value, int n) {
        if (n < 2) {
            return;
        }
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(key[i]);
            // flip all bits of negatives and only the sign bit of positives: unsigned order = numeric order
            bits[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
        }
        long[] bitsTmp = new long[n];
        int[] valueTmp = new int[n];
        int[] count = new int[257];
        int[] values = value;
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (bits[i] >>> shift & 0xFF) + 1]++;
            }
            if (count[(int) (bits[0] >>> shift & 0xFF) + 1] == n) {
                continue; // every key has this byte: the pass would not move anything
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                int slot = count[(int) (bits[i] >>> shift & 0xFF)]++;
                bitsTmp[slot] = bits[i];
                valueTmp[slot] = values[i];
            }
            long[] b = bits;
            bits = bitsTmp;
            bitsTmp = b;
            int[] v = values;
            values = valueTmp;
            valueTmp = v;
        }
        if (values != value) {
            System.arraycopy(values, 0, value, 0, n);
        }
        for (int i = 0; i < n; i++) {
            long b = bits[i];
            key[i] = Double.longBitsToDouble(b ^ (~(b >> 63) | Long.MIN_VALUE));
        }
    }
}
