package org.geointerp.engine.akima;

import java.util.concurrent.ForkJoinTask;
import org.geointerp.engine.CoincidentPoints;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.PointSet;

/**
 * Akima's scattered-data interpolation with the accuracy of a cubic polynomial (H. Akima, ACM TOMS Algorithm 761,
 * 1996): partial derivatives from local cubic fits (Appendix A), a Delaunay triangulation with thin border
 * triangles removed (Appendix B), and a quintic polynomial per triangle (Akima 1978).
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
        Frame frame = Frame.of(points.x(), points.y());
        int mergedAway = 0;
        OrderedPoints data = OrderedPoints.of(frame, points, execution.stage(0, 0.1));
        NearestNeighbours nn = NearestNeighbours.of(data, NEIGHBOURS + LocalFits.CONFIRMING, execution.stage(0.1, 0.3));
        // Coincident points (every coordinate within COINCIDENT) are at most COINCIDENT * sqrt(2) apart, so when
        // the closest pair is farther (with room for rounding), there is nothing to merge and the search for
        // coincident points (a sort of all points) is skipped.
        if (nn.closestPairSquared() <= 4 * COINCIDENT * COINCIDENT) {
            CoincidentPoints.Result merged = CoincidentPoints.merge(points, COINCIDENT * frame.scale());
            if (merged.points().size() < 3) {
                throw new IllegalArgumentException("points: at least 3 distinct locations are needed, got "
                        + merged.points().size() + " after merging " + merged.mergedAway() + " coincident points");
            }
            mergedAway = merged.mergedAway();
            if (merged.mergedAway() > 0) {
                data = OrderedPoints.of(frame, merged.points(), execution.stage(0, 0.1));
                nn = NearestNeighbours.of(data, NEIGHBOURS + LocalFits.CONFIRMING, execution.stage(0.1, 0.3));
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
        LocalFits fits = LocalFits.of(u, v, z, nn, execution.stage(0.3, 0.6));
        double[] pd = DerivativeEstimator.estimate(data, fits, nn, execution.stage(0.6, 0.9));
        TriangleLocator locator = execution.join(mesh, "Akima fit");
        execution.report(1);
        return new AkimaSurface(frame, locator, new VertexData(u, v, z, pd), options, mergedAway);
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
