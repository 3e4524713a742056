package org.geointerp.engine;

/**
 * The distinct locations of a point set: samples closer than the coincidence tolerance (per axis, transitively)
 * share a location. Cross-validation leaves a location out with all its samples, so a repeated reading never
 * predicts its twin.
 *
 * <p>The tolerance is {@link #RELATIVE_TOLERANCE} times the diagonal of the data's bounding box: far above
 * rounding error, far below any distance between samples that are meant to be apart, and it follows the
 * coordinates under translation and change of unit.
 */
public final class LocationGroups {

    /** Coincidence tolerance as a fraction of the bounding box's diagonal. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private final int[] groupOf;
    private final int count;
    /** Members of group g: {@code members[start[g] .. start[g+1])}. */
    private final int[] start;

    private final int[] members;

    private LocationGroups(int[] groupOf, int count) {
        this.groupOf = groupOf;
        this.count = count;
        this.start = new int[count + 1];
        for (int g : groupOf) {
            start[g + 1]++;
        }
        for (int g = 0; g < count; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = java.util.Arrays.copyOf(start, count);
        this.members = new int[groupOf.length];
        for (int i = 0; i < groupOf.length; i++) {
            members[fill[groupOf[i]]++] = i;
        }
    }

    /** The locations of {@code data}, numbered in order of first appearance. */
    public static LocationGroups of(PointSet data) {
        CoincidentPoints.Result merged = CoincidentPoints.merge(data, tolerance(data));
        return new LocationGroups(merged.memberOf(), merged.points().size());
    }

    /** The tolerance {@link #of} uses for {@code data}. */
    public static double tolerance(PointSet data) {
        double diagonal = 0;
        for (int a = 0; a < data.dimension(); a++) {
            double[] r = data.range(a);
            diagonal += (r[1] - r[0]) * (r[1] - r[0]);
        }
        return RELATIVE_TOLERANCE * Math.sqrt(diagonal);
    }

    /** Number of distinct locations. */
    public int count() {
        return count;
    }

    /** The location of point {@code i}. */
    public int of(int i) {
        return groupOf[i];
    }

    /** Number of points at location {@code g}. */
    public int size(int g) {
        return start[g + 1] - start[g];
    }

    /** The {@code k}-th point at location {@code g}. */
    public int member(int g, int k) {
        return members[start[g] + k];
    }

    /** Every location, 0 .. count - 1. */
    public int[] all() {
        int[] a = new int[count];
        for (int g = 0; g < count; g++) {
            a[g] = g;
        }
        return a;
    }
}
