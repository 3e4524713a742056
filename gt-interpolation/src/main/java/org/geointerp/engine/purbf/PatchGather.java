package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.internal.KdTree;

/**
 * The points of one patch by the fit's rules (see {@link PartitionOfUnityRbf}): those within the fit radius; a
 * patch holding fewer than the minimum is grown to its {@code minPoints} nearest (or dropped, on an anchored
 * lattice); a patch whose fit radius holds fewer than {@code minFit} is fitted to its {@code minFit} nearest.
 * Shared by the fit and by leave-one-out, which asks the same of the data without some points
 * ({@link #exclude}), so that both apply one rule. One instance per thread.
 *
 * <p>Members come sorted by a canonical key (their index in the merged input order), not in the kd-tree's order:
 * a fit to the data without some points then solves every patch it shares with the full fit on the same points in
 * the same order, whatever its kd-tree and storage order, and so to the same coefficients to the last bit.
 */
final class PatchGather {

    private final KdTree.Searcher searcher;
    /** The canonical key of each point of the tree (null: its index). */
    private final int[] key;

    /** The patch's points: {@code members[0 .. count)}, sorted by key. */
    int[] members = new int[64];

    int count;
    /** The weight radius. */
    double radius;
    /** The radius the members were gathered in. */
    double fitRadius;
    /** Points within the lattice's fit radius (before growing or extending). */
    int within;
    /** Whether the patch was grown to {@code minPoints}, or extended to {@code minFit} points. */
    boolean grown;

    boolean extended;

    private int[] excluded = new int[0];
    private int excludedCount;
    private long[] sortKeys = new long[64];

    PatchGather(KdTree tree, int[] key) {
        this.searcher = tree.searcher();
        this.key = key;
    }

    /** Leaves out the points {@code points[0 .. n)} (tree indices) from later gathers; n = 0 for none. */
    void exclude(int[] points, int n) {
        excluded = points;
        excludedCount = n;
    }

    /**
     * Gathers the patch centred at {@code centre}.
     *
     * @param latticeRadius the lattice's patch radius
     * @param ratio the fit radius over the patch radius
     * @return false when the patch is dropped (anchored lattice, too few points)
     */
    boolean gather(double[] centre, double latticeRadius, double ratio, int minPoints, int minFit, boolean anchored) {
        double r = latticeRadius * ratio;
        int m = collectWithin(centre, r);
        within = m;
        grown = false;
        extended = false;
        if (m < minPoints && anchored) {
            count = 0;
            return false;
        }
        if (m < minPoints) {
            r = radiusHolding(centre, minPoints);
            m = count;
            grown = true;
        }
        radius = r / ratio;
        if (m < minFit && !anchored) {
            // a thin patch (at the boundary): fit it to more points, keep its weight radius
            r = radiusHolding(centre, minFit);
            extended = true;
        }
        fitRadius = r;
        sortByKey();
        return true;
    }

    /** The points within r of c (not counting excluded ones) into {@link #members}; returns their count. */
    private int collectWithin(double[] c, double r) {
        int m = searcher.within(c, r, false);
        if (members.length < m) {
            members = new int[Math.max(m, 2 * members.length)];
        }
        count = 0;
        for (int q = 0; q < m; q++) {
            int i = searcher.index(q);
            if (!isExcluded(i)) {
                members[count++] = i;
            }
        }
        return count;
    }

    /**
     * A radius around {@code c} holding its {@code k} nearest points (a hair more than the farthest one's distance,
     * so rounding cannot leave it out); leaves the points within it in {@link #members}.
     */
    private double radiusHolding(double[] c, int k) {
        int m = searcher.nearest(c, k + excludedCount);
        double d2 = 0;
        for (int q = 0, seen = 0; q < m && seen < k; q++) {
            if (!isExcluded(searcher.index(q))) {
                d2 = searcher.distanceSquared(q);
                seen++;
            }
        }
        double r = Math.sqrt(d2) * (1 + 1e-9);
        collectWithin(c, r);
        return r;
    }

    private boolean isExcluded(int i) {
        for (int e = 0; e < excludedCount; e++) {
            if (excluded[e] == i) {
                return true;
            }
        }
        return false;
    }

    private void sortByKey() {
        if (sortKeys.length < count) {
            sortKeys = new long[members.length];
        }
        for (int q = 0; q < count; q++) {
            int i = members[q];
            sortKeys[q] = ((long) (key == null ? i : key[i]) << 32) | i;
        }
        Arrays.sort(sortKeys, 0, count);
        for (int q = 0; q < count; q++) {
            members[q] = (int) sortKeys[q];
        }
    }
}
