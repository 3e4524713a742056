package org.geointerp.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.PairSort;

/**
 * Points in arrays: on their way to one piece, a shuffle of a few thousand points per record instead of one record
 * per point (serialising a record per point cost more than the interpolation of small tiles); and, larger, the
 * cached used points of a {@link PointChunk}.
 */
final class PointBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Points per block sent through the shuffle. */
    static final int CAPACITY = 4096;

    double[] x;
    double[] y;
    double[] z;
    long[] id;
    int size;

    PointBlock() {
        this(CAPACITY);
    }

    PointBlock(int capacity) {
        x = new double[capacity];
        y = new double[capacity];
        z = new double[capacity];
        id = new long[capacity];
    }

    boolean full() {
        return size == x.length;
    }

    void add(double px, double py, double pz, long pid) {
        x[size] = px;
        y[size] = py;
        z[size] = pz;
        id[size] = pid;
        size++;
    }

    /** Trims the arrays to the points held, so a half-empty block does not travel with its empty slots. */
    PointBlock trimmed() {
        if (size < x.length) {
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
            z = Arrays.copyOf(z, size);
            id = Arrays.copyOf(id, size);
        }
        return this;
    }

    /**
     * The points of several blocks as one point set in increasing id (input) order: the order a single run over the
     * whole input would see them in, whatever order the shuffle delivered them.
     */
    static PointSet points(List<PointBlock> blocks) {
        int n = 0;
        for (PointBlock b : blocks) {
            n += b.size;
        }
        // ids stay below 2^53 (PointReader checks), so as doubles they sort exactly
        double[] ids = new double[n];
        int[] order = new int[n];
        int k = 0;
        for (PointBlock b : blocks) {
            for (int i = 0; i < b.size; i++) {
                ids[k] = b.id[i];
                order[k] = k;
                k++;
            }
        }
        PairSort.sort(ids, order, n);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        int[] start = new int[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            start[b + 1] = start[b] + blocks.get(b).size;
        }
        for (int i = 0; i < n; i++) {
            int o = order[i];
            int b = blockOf(start, o);
            PointBlock block = blocks.get(b);
            int j = o - start[b];
            x[i] = block.x[j];
            y[i] = block.y[j];
            z[i] = block.z[j];
        }
        return PointSet.of2D(x, y, z);
    }

    /** The block holding the k-th point of the concatenation. */
    private static int blockOf(int[] start, int k) {
        int b = Arrays.binarySearch(start, k);
        if (b >= 0) {
            // start[b] == k: the first block starting there that is not empty
            while (start[b + 1] == k) {
                b++;
            }
            return b;
        }
        return -b - 2;
    }
}
