package org.geointerp.engine.akima;

import java.util.concurrent.ForkJoinTask;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.CoincidentPoints;

/**
 * Akima's scattered-data interpolation with the accuracy of a cubic polynomial (H. Akima, ACM TOMS Algorithm 761,
 * 1996): partial derivatives from local cubic fits (Appendix A), a Delaunay triangulation with thin border
 * triangles removed (Appendix B), and a quintic polynomial per triangle (Akima 1978).
 *
 * <p>Two settings ({@link AkimaOptions.Preset}): PAPER is Akima's method as described; ROBUST, the default for field
 * data, replaces the interpolating cubics of the derivative estimates by least-squares quadratics through each
 * point and its 11 nearest ({@link LocalFits#leastSquaresQuadratic}) and merges samples closer than
 * {@link #NEAR_DUPLICATE} times the mean spacing ({@link Density}) into one location with their mean value,
 * counted in the summary (docs/akima.md has the figures).
 *
 * <p>Input rules: points must be two-dimensional; points at the same location (to within 1e-12 of the data's
 * extent) are merged into one carrying the mean value; at least 3 distinct, not collinear, locations are needed.
 * With fewer than 10 points the local fits use what there is (a quadratic from 6 points, a plane from 3).
 * Clusters of points much closer together than the rest need no special care: every local fit is solved in
 * coordinates scaled to its own points.
 */
public final class AkimaInterpolator implements Interpolator {

    /** Neighbours per local fit (Akima: the nine closest). */
    static final int NEIGHBOURS = 9;
    /** Relative distance under which two locations count as one. */
    static final double COINCIDENT = 1e-12;
    /**
     * Fraction of the data's mean spacing ({@link Density#spacing()}) under which {@link AkimaOptions.Preset#ROBUST}
     * merges samples into one location: two readings a hundredth of the spacing apart with different values would
     * make every derivative estimate near them follow their difference over their distance.
     */
    static final double NEAR_DUPLICATE = 1e-2;

    private final AkimaOptions options;

    /** An interpolator that leaves the outside of the triangulated area empty (NaN). */
    public AkimaInterpolator() {
        this(AkimaOptions.defaults());
    }

    /** @param options the settings; null for {@link AkimaOptions#defaults()} */
    public AkimaInterpolator(AkimaOptions options) {
        this.options = options == null ? AkimaOptions.defaults() : options;
    }

    /**
     * @param extrapolate when true, values outside the triangulated area come from Appendix B's extrapolation
     *     polynomials (meant for the vicinity of the data); when false they are NaN
     */
    public AkimaInterpolator(boolean extrapolate) {
        this(new AkimaOptions(extrapolate));
    }

    @Override
    public String method() {
        return AkimaMethod.NAME;
    }

    public AkimaOptions options() {
        return options;
    }

    @Override
    public AkimaSurface fit(PointSet points) {
        return fit(points, Execution.defaults());
    }

    @Override
    public AkimaSurface fit(PointSet points, Execution execution) {
        return fit(points, null, null, execution);
    }

    /**
     * The fit in a given frame and with a given density (null: from these points), instead of those of these points:
     * a fit to the points near a place then computes there as a fit to all the points would ({@link
     * AkimaLeaveOneOut}).
     *
     * @param givenFrame the coordinate frame, or null for the points' own
     * @param givenDensity the whole data set's density (the local fits' condition test, the near-duplicate
     *     tolerance), or null for these points'
     */
    AkimaSurface fit(PointSet points, Frame givenFrame, Density givenDensity, Execution execution) {
        if (points == null) {
            throw new IllegalArgumentException("points: must not be null");
        }
        if (points.dimension() != 2) {
            throw new IllegalArgumentException(
                    "points: Akima interpolation needs 2 coordinates per point, got " + points.dimension());
        }
        if (points.size() < 3) {
            throw new IllegalArgumentException("points: at least 3 points are needed, got " + points.size());
        }
        AkimaOptions.DataFrame whole = options.frame();
        Frame frame =
                givenFrame != null ? givenFrame : whole != null ? Frame.of(whole) : Frame.of(points.x(), points.y());
        boolean robust = options.preset() == AkimaOptions.Preset.ROBUST;
        int reads = NEIGHBOURS + LocalFits.CONFIRMING;
        int mergedAway = 0;
        OrderedPoints data = OrderedPoints.of(frame, points, execution.stage(0, 0.1));
        NearestNeighbours nn = NearestNeighbours.of(data, reads, execution.stage(0.1, 0.3));
        // Coincident points (every coordinate within COINCIDENT) are at most COINCIDENT * sqrt(2) apart, so when
        // the closest pair is farther (with room for rounding), there is nothing to merge and the search for
        // coincident points (a sort of all points) is skipped.
        CoincidentPoints.Result exact = null;
        if (nn.closestPairSquared() <= 4 * COINCIDENT * COINCIDENT) {
            exact = CoincidentPoints.merge(points, COINCIDENT * frame.scale());
            requireThree(exact, "coincident");
            mergedAway = exact.mergedAway();
            if (exact.mergedAway() > 0) {
                data = OrderedPoints.of(frame, exact.points(), execution.stage(0, 0.1));
                nn = NearestNeighbours.of(data, reads, execution.stage(0.1, 0.3));
            }
        }
        // the density of the distinct locations, before near-duplicates are merged: what a tile's frame counts
        Density density = givenDensity != null
                ? givenDensity
                : whole != null ? Density.of(frame, whole) : Density.of(data.u(), data.v());
        NearMerge near = NearMerge.NONE;
        double tolerance = robust ? density.nearDuplicateTolerance() : 0;
        // samples within the tolerance on both axes are at most tolerance * sqrt(2) apart
        if (robust && nn.closestPairSquared() <= 2 * tolerance * tolerance * (1 + 1e-9)) {
            // merged again from the input, not from the exactly merged points: each group's mean is then the mean
            // of all its samples, however many of them coincided exactly
            CoincidentPoints.Result merged = CoincidentPoints.merge(points, tolerance * frame.scale());
            requireThree(merged, "near-coincident");
            int extra = merged.mergedAway() - mergedAway;
            if (extra > 0) {
                near = new NearMerge(extra, tolerance * frame.scale(), largestGroupExtent(points, merged));
                mergedAway = merged.mergedAway();
                data = OrderedPoints.of(frame, merged.points(), execution.stage(0, 0.1));
                nn = NearestNeighbours.of(data, reads, execution.stage(0.1, 0.3));
            }
        }
        double[] u = data.u();
        double[] v = data.v();
        double[] z = data.z();
        requireNotCollinear(u, v);
        // the triangulation (and the search structure over its triangles) needs only the locations: it runs on
        // another core while this one (and any other idle ones) fit the local polynomials and weigh the derivatives;
        // the points are in Hilbert order already, the order the triangulation wants them in
        ForkJoinTask<TriangleLocator> mesh =
                execution.fork(() -> new TriangleLocator(ThinTriangleRemoval.apply(DelaunayMesh.inOrder(u, v))));
        LocalFits fits = LocalFits.of(u, v, z, nn, density.stretch(), robust, execution.stage(0.3, 0.6));
        double[] pd = DerivativeEstimator.estimate(data, fits, nn, execution.stage(0.6, 0.9));
        TriangleLocator locator = execution.join(mesh, "Akima fit");
        execution.report(1);
        return new AkimaSurface(
                frame,
                locator,
                new VertexData(u, v, z, pd),
                options,
                mergedAway,
                near,
                robust ? tolerance * frame.scale() : 0,
                data.original());
    }

    /**
     * What the near-duplicate merge did: samples folded into another location beyond exact coincidence, the
     * tolerance (data units, per axis) and the largest per-axis extent of a merged group (data units).
     */
    record NearMerge(int mergedAway, double tolerance, double largestExtent) {
        static final NearMerge NONE = new NearMerge(0, 0, 0);
    }

    private static void requireThree(CoincidentPoints.Result merged, String what) {
        if (merged.points().size() < 3) {
            throw new IllegalArgumentException("points: at least 3 distinct locations are needed, got "
                    + merged.points().size() + " after merging " + merged.mergedAway() + " " + what + " points");
        }
    }

    /** The largest per-axis extent of a group of input points merged into one. */
    static double largestGroupExtent(PointSet points, CoincidentPoints.Result merged) {
        int m = merged.points().size();
        double largest = 0;
        for (int a = 0; a < 2; a++) {
            double[] lo = new double[m];
            double[] hi = new double[m];
            java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            double[] c = points.coordinate(a);
            for (int i = 0; i < c.length; i++) {
                int g = merged.memberOf()[i];
                lo[g] = Math.min(lo[g], c[i]);
                hi[g] = Math.max(hi[g], c[i]);
            }
            for (int g = 0; g < m; g++) {
                largest = Math.max(largest, hi[g] - lo[g]);
            }
        }
        return largest;
    }

    /** Refuses point sets without area: no triangle could be formed. */
    private static void requireNotCollinear(double[] u, double[] v) {
        int a = 0;
        for (int i = 1; i < u.length; i++) {
            if (u[i] < u[a] || (u[i] == u[a] && v[i] < v[a])) {
                a = i;
            }
        }
        int b = a;
        double far = 0;
        for (int i = 0; i < u.length; i++) {
            double d = (u[i] - u[a]) * (u[i] - u[a]) + (v[i] - v[a]) * (v[i] - v[a]);
            if (d > far) {
                far = d;
                b = i;
            }
        }
        double widest = 0;
        for (int i = 0; i < u.length; i++) {
            widest = Math.max(widest, Math.abs(Mesh.cross(u, v, a, b, i)));
        }
        if (widest <= 1e-12 * far) {
            throw new IllegalArgumentException("points: all " + u.length
                    + " locations lie on one straight line; a surface needs points spread in two directions");
        }
    }
}
