package org.geointerp.engine;

import org.geointerp.engine.internal.PairSort;

/**
 * The bounding box of a point set without the points of one group (a location, for leave-one-out): each axis's
 * points sorted once, so that the box without a group costs the group's size, not a pass over all points. Fits
 * derive scales from their data's box (Shepard's coincidence distance, Akima's frame); a shortcut that predicts a
 * left-out location must derive them from the box without it, as a refit does.
 */
public final class ExtentWithout {

    private final double[][] coordinates;
    private final int[] groupOf;
    /** Per axis, the point indices sorted by that coordinate. */
    private final int[][] sorted;

    /**
     * @param coordinates one array per axis
     * @param groupOf the group of each point
     */
    public ExtentWithout(double[][] coordinates, int[] groupOf) {
        this.coordinates = coordinates;
        this.groupOf = groupOf;
        this.sorted = new int[coordinates.length][];
        int n = groupOf.length;
        for (int a = 0; a < coordinates.length; a++) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            PairSort.sort(coordinates[a].clone(), order, n);
            sorted[a] = order;
        }
    }

    /** The groups of {@link LocationGroups} as an array, for {@link #ExtentWithout}. */
    public static int[] groupArray(LocationGroups groups, int n) {
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = groups.of(i);
        }
        return g;
    }

    /** The smallest coordinate on {@code axis} of the points outside group {@code g}; NaN when there are none. */
    public double low(int axis, int g) {
        int[] order = sorted[axis];
        for (int k = 0; k < order.length; k++) {
            if (groupOf[order[k]] != g) {
                return coordinates[axis][order[k]];
            }
        }
        return Double.NaN;
    }

    /** The largest coordinate on {@code axis} of the points outside group {@code g}; NaN when there are none. */
    public double high(int axis, int g) {
        int[] order = sorted[axis];
        for (int k = order.length - 1; k >= 0; k--) {
            if (groupOf[order[k]] != g) {
                return coordinates[axis][order[k]];
            }
        }
        return Double.NaN;
    }
}
