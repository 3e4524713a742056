package org.geointerp.engine.shepard;

import java.util.function.Supplier;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.barrier.BarrierSet;
import org.geointerp.engine.internal.CoincidentPoints;
import org.geointerp.engine.internal.KdTree;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;

/**
 * Fits Shepard's (1968) SYMAP interpolation to scattered 2D points: merges coincident points (mean value, as the
 * paper prescribes), derives the search radius and slope scale when not given, builds the neighbour search.
 */
public final class ShepardInterpolator implements Interpolator {

    /** The full method needs at least 4 distinct points: C' holds at least 4 (the paper's gridded-data argument). */
    public static final int MIN_POINTS_SYMAP = 4;

    private final ShepardOptions options;
    private final BarrierSet barriers;

    /** Without barriers; null options for the paper's. */
    public ShepardInterpolator(ShepardOptions options) {
        this(options, null);
    }

    /**
     * With barriers: where the segment from a location to a data point is blocked, the effective distance
     * {@code d' = sqrt(d^2 + b^2)} replaces d everywhere, including the choice of neighbours and the slopes; the
     * surface has no value inside polygon obstacles.
     *
     * @param barriers the barriers, or null (or empty) for none
     */
    public ShepardInterpolator(ShepardOptions options, BarrierSet barriers) {
        this.options = options == null ? ShepardOptions.defaults() : options;
        this.barriers = barriers;
    }

    @Override
    public String method() {
        return ShepardMethod.NAME;
    }

    public ShepardOptions options() {
        return options;
    }

    /** The barriers, or null. */
    public BarrierSet barriers() {
        return barriers;
    }

    @Override
    public ShepardSurface fit(PointSet data) {
        return fit(data, Execution.defaults());
    }

    @Override
    public ShepardSurface fit(PointSet data, Execution execution) {
        if (data.dimension() != 2) {
            throw new IllegalArgumentException(
                    "data: Shepard interpolation is 2D, got " + data.dimension() + "D points");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("data: no points to interpolate");
        }
        double epsilon = Double.isNaN(options.epsilon()) ? defaultEpsilon(data) : options.epsilon();
        CoincidentPoints.Result merged = CoincidentPoints.merge(data, epsilon);
        PointSet points = merged.points();
        int needed =
                options.mode() == ShepardOptions.Mode.SYMAP ? Math.max(MIN_POINTS_SYMAP, options.minNeighbours()) : 1;
        if (points.size() < needed) {
            throw new IllegalArgumentException(
                    "data: the " + options.mode() + " method needs at least " + needed + " distinct points, got "
                            + points.size() + " (" + data.size() + " before merging coincident ones)");
        }
        double hullArea = hullArea(points);
        if (Double.isNaN(options.radius()) && !(hullArea > 0)) {
            throw new IllegalArgumentException("data: all " + points.size()
                    + " points lie on one line, so their convex hull has no area and the search radius cannot be"
                    + " derived from it; set the radius explicitly");
        }
        double radius = Double.isNaN(options.radius()) ? radius(hullArea, points.size()) : options.radius();
        execution.checkCancelled("Shepard fit");
        KdTree tree = new KdTree(points);
        // without barriers, the plain Euclidean search and no obstacles (an empty barrier set is no barrier set)
        BarrierSet active = barriers == null || barriers.isEmpty() ? null : barriers;
        Supplier<NeighbourSearch> searches = active == null
                ? () -> new EuclideanNeighbourSearch(tree, points.x(), points.y())
                : () -> new BarrierNeighbourSearch(tree, points.x(), points.y(), active);
        Supplier<ShepardSurface.ObstacleTest> obstacles =
                active == null ? () -> ShepardSurface.ObstacleTest.NONE : () -> active.query()::insideObstacle;
        ShepardSurface surface = new ShepardSurface(
                points,
                options,
                radius,
                epsilon,
                hullArea,
                searches,
                obstacles,
                merged.mergedAway(),
                merged.memberOf(),
                active);
        surface.fitSlopes(execution);
        return surface;
    }

    /** 1e-9 of the bounding-box diagonal: far above rounding error, far below any meaningful distance. */
    static double defaultEpsilon(PointSet data) {
        double[] xr = data.range(0);
        double[] yr = data.range(1);
        return defaultEpsilon(xr[1] - xr[0], yr[1] - yr[0]);
    }

    /** {@link #defaultEpsilon(PointSet)} of data whose bounding box is {@code width} by {@code height}. */
    static double defaultEpsilon(double width, double height) {
        double diagonal = Math.hypot(width, height);
        return diagonal > 0 ? 1e-9 * diagonal : Double.MIN_NORMAL;
    }

    /** r with {@code pi r^2 = 7 A / N}, A the area of the convex hull: on average seven points within r. */
    public static double radius(double hullArea, int n) {
        return Math.sqrt(7 * hullArea / (Math.PI * n));
    }

    /** Area of the convex hull of the points (0 when they are collinear). */
    public static double hullArea(PointSet points) {
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(points.x()[i], points.y()[i]);
        }
        MultiPoint mp = gf.createMultiPointFromCoords(c);
        return mp.convexHull().getArea();
    }
}
