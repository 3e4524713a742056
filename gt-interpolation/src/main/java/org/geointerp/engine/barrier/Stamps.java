package org.geointerp.engine.barrier;

import java.util.Arrays;

/**
 * Marks items as seen during one query without clearing an array per query: each query takes a new epoch number,
 * and an item is seen when its stamp equals the current epoch. A segment is listed in every grid cell it touches,
 * and this keeps a query from testing it again in the next cell.
 */
final class Stamps {

    private final int[] stamp;
    private int epoch;

    Stamps(int size) {
        stamp = new int[size];
    }

    /** Starts a query; returns its epoch. */
    int next() {
        if (++epoch == 0) {
            Arrays.fill(stamp, 0); // wrapped around after 2^32 queries
            epoch = 1;
        }
        return epoch;
    }

    /** True if item was already seen in this epoch; marks it seen. */
    boolean seen(int item, int epoch) {
        if (stamp[item] == epoch) {
            return true;
        }
        stamp[item] = epoch;
        return false;
    }
}
