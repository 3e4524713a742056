package org.geointerp.engine.internal;

import java.util.Arrays;
import org.geointerp.engine.PointSet;

/**
 * Merges data points whose locations coincide, replacing each group by one point carrying the mean of its values.
 * Shepard (1968) requires distinct locations and prescribes averaging the values of coincident points; every other
 * method here needs distinct locations too (their systems become singular otherwise).
 *
 * <p>Two points coincide when every coordinate differs by at most {@code tolerance}; groups are formed transitively
 * (a chain of points each within the tolerance of the next forms one group), so the result does not depend on the
 * input order. With {@code tolerance = 0} only exactly equal locations are merged.
 */
public final class CoincidentPoints {

    /**
     * The merged point set and how many input points were folded into another.
     *
     * @param memberOf for each input point, the index of the merged point it went into
     */
    public record Result(PointSet points, int mergedAway, int groups, int[] memberOf) {
        /** Number of input points that disappeared into a group (input size minus output size). */
        public int mergedAway() {
            return mergedAway;
        }
    }

    private CoincidentPoints() {}

    /**
     * The largest per-axis extent of a group of input points merged into one (0 when none was merged): how far
     * apart the points a merge folded together lie. Leave-one-out compares it with the tolerance a refit would use.
     *
     * @param memberOf for each input point, the index of the merged point it went into ({@link Result#memberOf()})
     * @param merged the number of merged points
     */
    public static double largestSpread(PointSet input, int[] memberOf, int merged) {
        if (merged == input.size()) {
            return 0;
        }
        double largest = 0;
        for (int a = 0; a < input.dimension(); a++) {
            double[] lo = new double[merged];
            double[] hi = new double[merged];
            Arrays.fill(lo, Double.POSITIVE_INFINITY);
            Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            double[] c = input.coordinate(a);
            for (int i = 0; i < c.length; i++) {
                lo[memberOf[i]] = Math.min(lo[memberOf[i]], c[i]);
                hi[memberOf[i]] = Math.max(hi[memberOf[i]], c[i]);
            }
            for (int p = 0; p < merged; p++) {
                largest = Math.max(largest, hi[p] - lo[p]);
            }
        }
        return largest;
    }

    /**
     * @param tolerance largest per-axis coordinate difference considered coincident; 0 for exact equality
     */
    public static Result merge(PointSet input, double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance: must be finite and >= 0, got " + tolerance);
        }
        int n = input.size();
        int dim = input.dimension();
        if (n < 2) {
            return new Result(input, 0, 0, identity(n));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Sort by x, then sweep: only points whose x differ by <= tolerance can coincide. For exact equality this
        // is a plain sort-and-compare; with a tolerance the sweep window stays small for sensible tolerances.
        double[] xs = input.coordinate(0);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        PairSort.sort(xs.clone(), order, n);
        boolean any = false;
        for (int a = 0; a < n; a++) {
            int i = order[a];
            for (int b = a + 1; b < n && xs[order[b]] - xs[i] <= tolerance; b++) {
                int j = order[b];
                if (within(input, dim, i, j, tolerance)) {
                    union(parent, i, j);
                    any = true;
                }
            }
        }
        if (!any) {
            return new Result(input, 0, 0, identity(n));
        }
        return collapse(input, parent);
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    private static boolean within(PointSet p, int dim, int i, int j, double tolerance) {
        for (int axis = 0; axis < dim; axis++) {
            double[] c = p.coordinate(axis);
            if (Math.abs(c[i] - c[j]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** One output point per group, at the group's mean location, with the group's mean value; input order kept. */
    private static Result collapse(PointSet input, int[] parent) {
        int n = input.size();
        int dim = input.dimension();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        int m = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (slot[r] < 0) {
                slot[r] = m++;
            }
        }
        double[][] sum = new double[dim][m];
        double[] valueSum = new double[m];
        int[] count = new int[m];
        for (int i = 0; i < n; i++) {
            int s = slot[find(parent, i)];
            for (int axis = 0; axis < dim; axis++) {
                sum[axis][s] += input.coordinate(axis)[i];
            }
            valueSum[s] += input.values()[i];
            count[s]++;
        }
        int groups = 0;
        for (int s = 0; s < m; s++) {
            for (int axis = 0; axis < dim; axis++) {
                sum[axis][s] /= count[s];
            }
            valueSum[s] /= count[s];
            if (count[s] > 1) {
                groups++;
            }
        }
        int[] memberOf = new int[n];
        for (int i = 0; i < n; i++) {
            memberOf[i] = slot[find(parent, i)];
        }
        return new Result(new PointSet(sum, valueSum), n - m, groups, memberOf);
    }
}
