package org.geointerp.engine.clusterpolate;

/**
 * The (cell, squared normalised distance, value) pairs of one row, collected chord by chord and turned into kernel
 * weights and cell sums in batches. Batching matters because chords are short (a radius of a few cells gives
 * chords of about six cells): one kernel call and one accumulation loop over thousands of pairs replace three
 * short loops and a kernel dispatch per chord.
 */
final class PairBuffer {

    /** Pairs per batch: large enough to amortise the calls, small enough to stay in the first-level caches. */
    static final int CAPACITY = 2048;

    private final int[] cell = new int[CAPACITY];
    private final double[] weight = new double[CAPACITY];
    private final double[] value = new double[CAPACITY];
    private final Kernel kernel;
    private CellSums sums;
    private int size;

    PairBuffer(Kernel kernel) {
        this.kernel = kernel;
    }

    /** Where the pairs go; set before the first pair of a row. */
    void target(CellSums cellSums) {
        this.sums = cellSums;
    }

    /**
     * Adds the pairs of one chord: cells {@code lo..hi} of a row whose centres are at {@code columnX}, for a point
     * at x {@code px} and squared vertical distance {@code dy2}, with value {@code z}; flushes whenever the buffer
     * fills. Squared distances are {@code dx * dx + dy2} with {@code dx = columnX[c] - px}, normalised by
     * {@code r2}.
     */
    void addChord(int lo, int hi, double[] columnX, double px, double dy2, double r2, double z) {
        int n = size;
        int[] cells = cell;
        double[] s = weight;
        double[] v = value;
        for (int c = lo; c <= hi; c++) {
            if (n == CAPACITY) {
                size = n;
                flush();
                n = 0;
            }
            double dx = columnX[c] - px;
            cells[n] = c;
            s[n] = (dx * dx + dy2) / r2;
            v[n] = z;
            n++;
        }
        size = n;
    }

    /** Applies the kernel to the collected distances, adds the pairs to the cell sums and empties the buffer. */
    void flush() {
        kernel.weights(weight, 0, size);
        sums.add(cell, weight, value, size);
        size = 0;
    }
}
