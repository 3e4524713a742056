package org.geointerp.engine.akima;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.ExtentWithout;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.CoincidentPoints;
import org.geointerp.engine.internal.KdTree;

/**
 * Leave-one-out of a fitted Akima surface by local refits: the value at a data location of the surface fitted to the
 * other points is that of a fit to the points within a halo around it, once the halo is proven to hold everything
 * that value depends on; the halo doubles until it is, and where it would hold every point the location is refitted
 * as a whole.
 *
 * <p>What the value at x_i of the fit without location i depends on (the fit's own steps, {@link AkimaInterpolator}):
 * <ul>
 *   <li>the triangle T holding x_i in the Delaunay triangulation without i, after thin border triangles are removed:
 *       T is the halo fit's triangle when its circumcircle lies inside the halo (then no other point lies in it) and
 *       holds no halo point but its corners; and no removal touches it when it is thin over none of its sides
 *       ({@link ThinTriangleRemoval} removes only triangles thin over a border side);</li>
 *   <li>the derivatives at T's corners ({@link DerivativeEstimator}): each from the local fits whose point sets hold
 *       the corner (and, when those are few, the fits of its nearest neighbours), each local fit from its point's
 *       nearest neighbours ({@link LocalFits}). The halo fit computes them alike when every such fit's neighbours
 *       lie in the halo (checked against the neighbour lists of all the data, which contain the lists without i) and
 *       no point near the halo's edge, whose neighbours in the halo are not its neighbours in the data, counts a
 *       corner among its nearest;</li>
 *   <li>the frame (the data's bounding box) and the density that sets the local fits' conditioning test and the
 *       near-duplicate tolerance: both taken from the data without i and given to the halo fit, so its coordinates
 *       and decisions are the refit's.</li>
 *   <li>which samples are merged ({@link AkimaOptions.Preset#ROBUST}: those closer than a hundredth of the mean
 *       spacing of the data without i): the refit's groups are the whole fit's, less i's samples, when no pair of
 *       distinct locations lies between the whole fit's tolerance and the refit's, and i was merged with no other
 *       location; the halo fit is then given the whole fit's merged points and merges nothing. Otherwise the
 *       location is refitted as a whole.</li>
 * </ul>
 * Points are given to the halo fit in their merged order, which decides ties as in the refit.
 */
final class AkimaLeaveOneOut {

    /** Neighbours a local fit reads (fit and confirmation). */
    private static final int FIT_NEIGHBOURS = AkimaInterpolator.NEIGHBOURS + LocalFits.CONFIRMING;
    /** Points in the first halo. */
    private static final int FIRST_HALO = 60;

    private final AkimaSurface surface;
    private final PointSet data;
    private final LocationGroups groups;
    private final PointSet merged;
    private final int[] mergedOf;
    private final int sMax;
    /** Per merged point, its nearest other merged points, nearest first: enough for any fit without a location. */
    private final int[][] near;
    /** Merged points q whose first {@code NEIGHBOURS + sMax + 1} near points hold p: {@code rev[revStart[p]..]}. */
    private final int[] revStart;

    private final int[] rev;
    private final KdTree tree;
    private final ExtentWithout rawExtent;
    /** Largest per-axis extent of a group of merged input points. */
    private final double spread;
    /** Whether the fit is {@link AkimaOptions.Preset#ROBUST}, which merges near-duplicates. */
    private final boolean robust;
    /** The whole fit's near-duplicate tolerance (data units, per axis). */
    private final double nearTolerance;
    /** Sorted per-axis distances of the pairs of distinct locations within twice that tolerance. */
    private final double[] pairDistances;
    /** Distinct (coincident-merged) locations: the density's count. */
    private final int exactCount;
    /** Per location (group), its distinct locations. */
    private final int[] exactPerLocation;
    /** Per merged point, its samples. */
    private final int[] samplesIn;
    /** Extent of the distinct locations without a location group: the density's box. */
    private final ExtentWithout exactExtent;

    AkimaLeaveOneOut(AkimaSurface surface, PointSet data, LocationGroups groups) {
        this.surface = surface;
        this.data = data;
        this.groups = groups;
        CoincidentPoints.Result exact = CoincidentPoints.merge(
                data, AkimaInterpolator.COINCIDENT * surface.frame().scale());
        // the whole fit's locations: the near-duplicate groups when it merged some (then every halo fit is given
        // them as they are, merging nothing), else the coincident groups
        CoincidentPoints.Result m =
                surface.nearDuplicatesMerged() > 0 ? CoincidentPoints.merge(data, surface.mergeTolerance()) : exact;
        if (m.points().size() != surface.data().z.length) {
            throw new IllegalArgumentException("data: the surface was fitted to " + surface.data().z.length
                    + " distinct points, leave-one-out was given " + m.points().size());
        }
        this.merged = m.points();
        this.mergedOf = m.memberOf();
        int n = merged.size();
        int[] perLocation = new int[groups.count()];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < data.size(); i++) {
            int p = mergedOf[i];
            if (!seen[p]) {
                seen[p] = true;
                perLocation[groups.of(i)]++;
            }
        }
        this.sMax = Arrays.stream(perLocation).max().orElse(1);
        this.tree = new KdTree(merged);
        int k = Math.min(n - 1, FIT_NEIGHBOURS + sMax + 1);
        this.near = new int[n][];
        KdTree.Searcher s = tree.searcher();
        int firstFew = AkimaInterpolator.NEIGHBOURS + sMax + 1;
        int[] count = new int[n + 1];
        for (int q = 0; q < n; q++) {
            int found = s.nearest(merged.x()[q], merged.y()[q], k + 1);
            int[] list = new int[k];
            int c = 0;
            for (int j = 0; j < found && c < k; j++) {
                if (s.index(j) != q) {
                    list[c++] = s.index(j);
                }
            }
            near[q] = Arrays.copyOf(list, c);
            for (int j = 0; j < Math.min(c, firstFew); j++) {
                count[near[q][j] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            count[p + 1] += count[p];
        }
        this.revStart = count.clone();
        this.rev = new int[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int q = 0; q < n; q++) {
            for (int j = 0; j < Math.min(near[q].length, firstFew); j++) {
                rev[fill[near[q][j]]++] = q;
            }
        }
        this.robust = surface.options().preset() == AkimaOptions.Preset.ROBUST;
        this.nearTolerance = surface.mergeTolerance();
        this.pairDistances = robust ? pairDistances(exact.points(), 2 * nearTolerance) : new double[0];
        this.exactCount = exact.points().size();
        int[] exactLocationOf = new int[exactCount];
        this.exactPerLocation = new int[groups.count()];
        boolean[] exactSeen = new boolean[exactCount];
        for (int i = 0; i < data.size(); i++) {
            int e = exact.memberOf()[i];
            exactLocationOf[e] = groups.of(i);
            if (!exactSeen[e]) {
                exactSeen[e] = true;
                exactPerLocation[groups.of(i)]++;
            }
        }
        this.samplesIn = new int[n];
        for (int i = 0; i < data.size(); i++) {
            samplesIn[mergedOf[i]]++;
        }
        int[] rawGroup = ExtentWithout.groupArray(groups, data.size());
        this.rawExtent = new ExtentWithout(new double[][] {data.x(), data.y()}, rawGroup);
        this.exactExtent = new ExtentWithout(
                new double[][] {exact.points().x(), exact.points().y()}, exactLocationOf);
        this.spread = CoincidentPoints.largestSpread(data, exact.memberOf(), exactCount);
    }

    /**
     * The per-axis distances (sorted) of the pairs of distinct locations closer than {@code limit} on both axes:
     * those near the merge tolerance decide whether a refit with another tolerance merges the same samples.
     */
    private static double[] pairDistances(PointSet p, double limit) {
        KdTree t = new KdTree(p);
        KdTree.Searcher s = t.searcher();
        double[] out = new double[16];
        int count = 0;
        for (int a = 0; a < p.size(); a++) {
            int found = s.within(p.x()[a], p.y()[a], limit * Math.sqrt(2), true);
            for (int j = 0; j < found; j++) {
                int b = s.index(j);
                if (b > a) {
                    double d = Math.max(Math.abs(p.x()[a] - p.x()[b]), Math.abs(p.y()[a] - p.y()[b]));
                    if (d <= limit) {
                        if (count == out.length) {
                            out = Arrays.copyOf(out, 2 * count);
                        }
                        out[count++] = d;
                    }
                }
            }
        }
        double[] d = Arrays.copyOf(out, count);
        Arrays.sort(d);
        return d;
    }

    /**
     * Whether a refit with near-duplicate tolerance {@code t} (data units) merges the same samples as the whole fit
     * (tolerance {@link #nearTolerance}): no pair of distinct locations lies between the two tolerances.
     */
    private boolean sameMerges(double t) {
        double lo = Math.min(t, nearTolerance);
        double hi = Math.max(t, nearTolerance);
        if (hi > 2 * nearTolerance && nearTolerance > 0) {
            return false; // beyond the pairs listed
        }
        if (nearTolerance == 0) {
            return false;
        }
        // the first listed distance above lo must be above hi too
        int k = Arrays.binarySearch(pairDistances, lo);
        int next = k >= 0 ? k + 1 : -k - 1;
        while (next < pairDistances.length && pairDistances[next] <= lo) {
            next++;
        }
        return next >= pairDistances.length || pairDistances[next] > hi;
    }

    LeaveOneOutPredictor.Predictions predict(int[] targets, Execution execution) {
        double[] out = new double[data.size()];
        Arrays.fill(out, Double.NaN);
        boolean[] refit = new boolean[targets.length];
        int perBlock = 16;
        int blocks = (targets.length + perBlock - 1) / perBlock;
        execution.stage(0, 0.8).forEachBlock("Akima leave-one-out", blocks, Halo::new, (h, b) -> {
            for (int t = b * perBlock, end = Math.min(targets.length, t + perBlock); t < end; t++) {
                refit[t] = !h.predict(targets[t], out);
            }
        });
        return LeaveOneOutPredictor.withRefits(
                new AkimaInterpolator(surface.options().withFrame(null)),
                data,
                groups,
                targets,
                refit,
                out,
                execution.stage(0.8, 1));
    }

    /** One thread's work: the halo fits of one location at a time. */
    private final class Halo {
        private final KdTree.Searcher searcher = tree.searcher();
        /** Halo membership by stamp: {@code inHalo[p] == stamp}. */
        private final int[] inHalo = new int[merged.size()];

        private int stamp;
        private int[] left = new int[4];
        private int leftCount;
        private int[] halo = new int[64];
        private int haloSize;
        private final Execution single = Execution.defaults().withParallelism(1);

        /** The predictions at location g into out; false when only a whole refit can give them. */
        boolean predict(int g, double[] out) {
            leftCount = 0;
            for (int k = 0; k < groups.size(g); k++) {
                int p = mergedOf[groups.member(g, k)];
                if (indexOf(left, leftCount, p) < 0) {
                    if (leftCount == left.length) {
                        left = Arrays.copyOf(left, 2 * leftCount);
                    }
                    left[leftCount++] = p;
                }
            }
            int rest = merged.size() - leftCount;
            double loX = rawExtent.low(0, g);
            double loY = rawExtent.low(1, g);
            double side = Math.max(rawExtent.high(0, g) - loX, rawExtent.high(1, g) - loY);
            Frame frame = new Frame(loX, loY, side > 0 ? side : 1.0);
            if (rest < 3 || Double.isNaN(side) || spread > AkimaInterpolator.COINCIDENT * frame.scale()) {
                return false;
            }
            double w = frame.u(exactExtent.high(0, g)) - frame.u(exactExtent.low(0, g));
            double h = frame.v(exactExtent.high(1, g)) - frame.v(exactExtent.low(1, g));
            Density density = new Density(w, h, exactCount - exactPerLocation[g]);
            Density given = density;
            if (robust) {
                // the refit merges near-duplicates with the tolerance of the data without the location: its groups
                // are the whole fit's (less the location's own) when no pair of locations lies between the two
                // tolerances and the location was merged with no other; the halo fit is then given the whole fit's
                // merged points and merges nothing itself
                if (!sameMerges(density.nearDuplicateTolerance() * frame.scale())) {
                    return false;
                }
                int samples = 0;
                for (int k = 0; k < leftCount; k++) {
                    samples += samplesIn[left[k]];
                }
                if (samples != groups.size(g)) {
                    return false;
                }
                given = density.withoutMerging();
            }
            int first = groups.member(g, 0);
            double cx = data.x()[first];
            double cy = data.y()[first];
            int found = searcher.nearest(cx, cy, Math.min(merged.size(), FIRST_HALO + leftCount));
            double radius = Math.sqrt(searcher.distanceSquared(found - 1));
            for (; ; radius *= 2) {
                gather(cx, cy, radius);
                if (haloSize >= rest) {
                    return false; // the halo holds every point: that is the refit
                }
                AkimaSurface fit;
                try {
                    fit = new AkimaInterpolator(surface.options().withFrame(null))
                            .fit(haloPoints(), frame, given, single);
                } catch (IllegalArgumentException e) {
                    continue; // too few or collinear points in a small halo
                }
                boolean proven = true;
                for (int k = 0; k < groups.size(g) && proven; k++) {
                    int i = groups.member(g, k);
                    proven = proven(fit, data.x()[i], data.y()[i], cx, cy, radius);
                }
                if (proven) {
                    for (int k = 0; k < groups.size(g); k++) {
                        int i = groups.member(g, k);
                        out[i] = fit.value(data.x()[i], data.y()[i]);
                    }
                    return true;
                }
            }
        }

        /** The merged points within r of (cx, cy) but the left-out ones, in merged order. */
        private void gather(double cx, double cy, double r) {
            int m = searcher.within(cx, cy, r, true);
            stamp++;
            if (halo.length < m) {
                halo = new int[Math.max(m, 2 * halo.length)];
            }
            haloSize = 0;
            for (int q = 0; q < m; q++) {
                int p = searcher.index(q);
                if (indexOf(left, leftCount, p) < 0) {
                    halo[haloSize++] = p;
                    inHalo[p] = stamp;
                }
            }
            Arrays.sort(halo, 0, haloSize);
        }

        private PointSet haloPoints() {
            double[] x = new double[haloSize];
            double[] y = new double[haloSize];
            double[] z = new double[haloSize];
            for (int k = 0; k < haloSize; k++) {
                int p = halo[k];
                x[k] = merged.x()[p];
                y[k] = merged.y()[p];
                z[k] = merged.values()[p];
            }
            return PointSet.of2D(x, y, z);
        }

        /** Whether the halo fit's value at (x, y) is the refit's (see the class comment). */
        private boolean proven(AkimaSurface fit, double x, double y, double cx, double cy, double radius) {
            int t = fit.locate(x, y);
            if (t < 0) {
                return false;
            }
            Mesh mesh = fit.mesh();
            int[] corner = new int[3];
            for (int e = 0; e < 3; e++) {
                corner[e] = halo[fit.original()[mesh.tri[3 * t + e]]];
            }
            return isolatedDelaunay(corner, cx, cy, radius) && notThin(mesh, t) && derivativesInside(corner);
        }

        /** T's circumcircle lies inside the halo and holds no halo point but T's corners (with a margin). */
        private boolean isolatedDelaunay(int[] corner, double cx, double cy, double radius) {
            double ax = merged.x()[corner[0]];
            double ay = merged.y()[corner[0]];
            double bx = merged.x()[corner[1]] - ax;
            double by = merged.y()[corner[1]] - ay;
            double qx = merged.x()[corner[2]] - ax;
            double qy = merged.y()[corner[2]] - ay;
            double d = 2 * (bx * qy - by * qx);
            if (!(Math.abs(d) > 0)) {
                return false;
            }
            double b2 = bx * bx + by * by;
            double q2 = qx * qx + qy * qy;
            double ux = (qy * b2 - by * q2) / d;
            double uy = (bx * q2 - qx * b2) / d;
            double rc = Math.hypot(ux, uy);
            double ox = ax + ux;
            double oy = ay + uy;
            if (Math.hypot(ox - cx, oy - cy) + rc * (1 + 1e-6) >= radius) {
                return false;
            }
            double limit = rc * (1 + 1e-6);
            for (int k = 0; k < haloSize; k++) {
                int p = halo[k];
                if (p != corner[0]
                        && p != corner[1]
                        && p != corner[2]
                        && Math.hypot(merged.x()[p] - ox, merged.y()[p] - oy) <= limit) {
                    return false;
                }
            }
            return true;
        }

        /** T is thin over none of its sides, so thin-triangle removal can never take it (with a margin). */
        private boolean notThin(Mesh mesh, int t) {
            for (int e = 0; e < 3; e++) {
                int a = mesh.tri[3 * t + e];
                int b = mesh.tri[3 * t + (e + 1) % 3];
                int apex = mesh.tri[3 * t + (e + 2) % 3];
                double du = mesh.u[b] - mesh.u[a];
                double dv = mesh.v[b] - mesh.v[a];
                if (Mesh.cross(mesh.u, mesh.v, a, b, apex) / (du * du + dv * dv)
                        < ThinTriangleRemoval.MIN_HEIGHT_TO_BASE * (1 + 1e-6)) {
                    return false;
                }
            }
            return true;
        }

        /** Every local fit behind the corners' derivatives is one the halo fits as the refit does. */
        private boolean derivativesInside(int[] corner) {
            for (int c : corner) {
                if (!inside(c)) {
                    return false;
                }
                // fits whose point sets may hold c, in the data without the location
                for (int r = revStart[c]; r < revStart[c + 1]; r++) {
                    int q = rev[r];
                    if (indexOf(left, leftCount, q) < 0 && !inside(q)) {
                        return false;
                    }
                }
                // its nearest neighbours' fits (used when few fits hold c)
                int few = Math.min(near[c].length, AkimaInterpolator.NEIGHBOURS + leftCount + 1);
                for (int j = 0; j < few; j++) {
                    int q = near[c][j];
                    if (indexOf(left, leftCount, q) < 0 && !inside(q)) {
                        return false;
                    }
                }
                if (!noEdgePointCounts(c)) {
                    return false;
                }
            }
            return true;
        }

        /** q is in the halo with all the neighbours its fit may read without the location. */
        private boolean inside(int q) {
            if (inHalo[q] != stamp) {
                return false;
            }
            int reads = Math.min(near[q].length, FIT_NEIGHBOURS + leftCount + 1);
            for (int j = 0; j < reads; j++) {
                int p = near[q][j];
                if (inHalo[p] != stamp && indexOf(left, leftCount, p) < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * No halo point whose neighbours reach beyond the halo counts c among its nearest in the halo: at least
         * {@code NEIGHBOURS} halo points are clearly nearer to it than c.
         */
        private boolean noEdgePointCounts(int c) {
            for (int k = 0; k < haloSize; k++) {
                int q = halo[k];
                if (q == c || inside(q)) {
                    continue;
                }
                double dc = dist2(q, c) * (1 - 1e-9);
                int nearer = 0;
                for (int l = 0; l < haloSize && nearer < AkimaInterpolator.NEIGHBOURS; l++) {
                    int p = halo[l];
                    if (p != q && dist2(q, p) < dc) {
                        nearer++;
                    }
                }
                if (nearer < AkimaInterpolator.NEIGHBOURS) {
                    return false;
                }
            }
            return true;
        }

        private double dist2(int a, int b) {
            double dx = merged.x()[a] - merged.x()[b];
            double dy = merged.y()[a] - merged.y()[b];
            return dx * dx + dy * dy;
        }
    }

    private static int indexOf(int[] a, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
