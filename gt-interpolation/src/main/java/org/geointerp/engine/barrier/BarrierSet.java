package org.geointerp.engine.barrier;

import java.util.List;
import org.geointerp.engine.internal.BucketLists;
import org.locationtech.jts.geom.Geometry;

/**
 * Shepard's barriers (SYMAP, 1968): where the straight segment from an evaluation point P to a data point D is
 * blocked, the effective distance is {@code d' = sqrt(d^2 + b^2)} instead of {@code d}. This class computes
 * {@code b}. Immutable and thread-safe; all queries go through a per-thread {@link Query}.
 *
 * <h2>Barriers</h2>
 * Each input geometry is one barrier: lines (LineString, LinearRing, MultiLineString), polygons (Polygon,
 * MultiPolygon), or collections of them. A barrier is either
 * <ul>
 *   <li><b>geometric</b> (strength NaN, the default): lines are walls of no width that a path may not cross, but
 *   may touch, follow, and go around at their ends; a closed line is a closed fence. Polygons are obstacles: their
 *   interior is forbidden (their boundary may be walked along), holes are free space.</li>
 *   <li><b>a strength barrier</b> (a finite strength {@code >= 0}, in CRS units): a fixed penalty for each crossing.
 *   A polygon with a strength is a fence along its boundary, not an obstacle.</li>
 * </ul>
 *
 * <h2>The detour b for P and D</h2>
 * {@code b = S + (L - d)}, where d = |PD|:
 * <ul>
 *   <li>S is the sum, over every crossing of the straight segment PD with a strength barrier, of that barrier's
 *   strength. A crossing is a proper crossing of one of its segments (a point interior to both), or a pass exactly
 *   through one of its interior vertices with the barrier going on strictly to the other side; touching (a line's
 *   free end, a vertex from one side, P or D lying on the barrier) is no crossing.</li>
 *   <li>L is the length of the shortest path from P to D that crosses no geometric barrier; L = d, so L - d = 0,
 *   unless PD itself is blocked. PD is <em>blocked</em> when it properly crosses a geometric barrier segment,
 *   passes through a geometric barrier vertex from one side of the barrier to the other (or into an obstacle), or
 *   starts on an obstacle's boundary heading into its interior. PD passing exactly through the free end of a line
 *   is not blocked, so b tends to 0 continuously as the crossing point approaches a line's end.</li>
 *   <li>The shortest path runs straight between barrier vertices (the exact visibility-graph solution for
 *   polygonal barriers); several geometric barriers combine into one path avoiding all of them. A path may run
 *   along a barrier, but keeps to one side of it: it cannot pass a vertex on a side from which another barrier
 *   leaves that vertex (a T-junction, two lines sharing an end), nor walk between two obstacles sharing an edge.
 *   </li>
 *   <li>b is +Inf when P or D lies inside an obstacle (even both in the same one), when no path exists (D
 *   enclosed by barriers away from P), or when L would exceed the caller's {@code maxPathLength}.</li>
 * </ul>
 * b is symmetric in P and D, and exactly 0 for every pair when there are no barriers or all strengths are 0.
 * Barriers that touch are joined, whatever their kind: no path passes through a point where barriers meet (two
 * obstacles touching corner to corner close the gap between them, as two lines sharing an end do). They touch
 * where coordinates are exactly equal or a vertex lies exactly on another's segment; nearly-touching barriers
 * leave a gap a path can use. All geometric decisions
 * use exact orientation predicates, so coordinates that line up exactly (grids, snapped data) are handled as
 * touching, never by rounding luck.
 *
 * <h2>Cost</h2>
 * Segments are indexed in a uniform grid of about 16 cells per segment. {@link Query#near} is one array read away
 * from the barriers. {@link Query#detour} for a short unblocked segment tests the one to three barrier segments in
 * the cells it touches; a blocked one runs A* over only the barrier vertices inside the ellipse
 * {@code |Pv| + |vD| <= maxPathLength}, so callers should pass the largest path length they care about.
 */
public final class BarrierSet {

    private static final BarrierSet EMPTY = new BarrierSet();

    private final CellGrid grid;
    private final SegmentTable strength;
    private final ObstacleMap obstacles;
    private final SegmentTable geo;
    private final WedgeTable wedges;
    private final NearField nearField;
    private final int[] nodeStart;
    private final int[] nodes;
    private final NodePairs pairs;
    private final boolean hasGeometric;

    private BarrierSet() {
        grid = null;
        strength = null;
        obstacles = null;
        geo = null;
        wedges = null;
        nearField = null;
        nodeStart = null;
        nodes = null;
        pairs = null;
        hasGeometric = false;
    }

    private BarrierSet(BarrierReader.Result input) {
        List<BarrierReader.Chain> chains = input.chains();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int segmentCount = 0;
        for (BarrierReader.Chain chain : chains) {
            double[] xy = chain.xy();
            int m = chain.pointCount();
            for (int p = 0; p < m; p++) {
                minX = Math.min(minX, xy[2 * p]);
                maxX = Math.max(maxX, xy[2 * p]);
                minY = Math.min(minY, xy[2 * p + 1]);
                maxY = Math.max(maxY, xy[2 * p + 1]);
            }
            segmentCount += chain.segmentCount();
        }
        grid = CellGrid.fit(minX, minY, maxX, maxY, segmentCount);
        GeometricNetwork network = new GeometricNetwork(chains, grid);
        geo = network.segments.build(grid);
        strength = strengthTable(chains).build(grid);
        obstacles = new ObstacleMap(grid, geo, input.obstacles());
        boolean[] inside = new boolean[network.vx.length];
        for (int v = 0; v < inside.length; v++) {
            inside[v] = obstacles.inside(network.vx[v], network.vy[v]);
        }
        wedges = new WedgeTable(network.vx, network.vy, geo, inside);
        nearField = new NearField(grid, geo, strength);
        hasGeometric = geo.size > 0;
        // node vertices grouped by cell, for gathering those inside a query's ellipse
        int[] cellOf = new int[wedges.vertexCount()];
        for (int v = 0; v < cellOf.length; v++) {
            cellOf[v] = wedges.nodeSlot(v) >= 0 ? grid.cellOf(wedges.x(v), wedges.y(v)) : -1;
        }
        BucketLists nodeCells = BucketLists.byBucket(grid.cellCount(), cellOf);
        nodeStart = nodeCells.start();
        nodes = nodeCells.items();
        pairs = new NodePairs(nodes.length);
    }

    private static SegmentTable.Builder strengthTable(List<BarrierReader.Chain> chains) {
        SegmentTable.Builder b = new SegmentTable.Builder();
        for (BarrierReader.Chain chain : chains) {
            if (chain.geometric()) {
                continue;
            }
            double[] xy = chain.xy();
            int m = chain.pointCount();
            for (int s = 0; s < chain.segmentCount(); s++) {
                int q = (s + 1) % m;
                int prev = (s - 1 + m) % m;
                boolean hasPrev = chain.closed() || s > 0;
                b.addStrength(
                        xy[2 * s],
                        xy[2 * s + 1],
                        xy[2 * q],
                        xy[2 * q + 1],
                        chain.strength(),
                        hasPrev,
                        xy[2 * prev],
                        xy[2 * prev + 1]);
            }
        }
        return b;
    }

    /**
     * @param geometries JTS LineString, LinearRing, MultiLineString, Polygon, MultiPolygon, or GeometryCollections
     *     of them, in the CRS of the data (distances are Euclidean in its units)
     * @param strengths null (all geometric), or one per geometry: NaN for the geometric detour, a finite value
     *     {@code >= 0} for a fixed b in CRS units
     * @throws IllegalArgumentException naming {@code barriers[i]}, the problem and the value: null or empty
     *     geometry, points, non-finite coordinates, a zero-length line, a JTS-invalid polygon, a negative or
     *     infinite strength; or a strengths array whose length differs from the number of geometries
     */
    public static BarrierSet of(List<? extends Geometry> geometries, double[] strengths) {
        BarrierReader.Result input = BarrierReader.read(geometries, strengths);
        return input.chains().isEmpty() ? EMPTY : new BarrierSet(input);
    }

    public boolean isEmpty() {
        return grid == null;
    }

    /** A new query object for the calling thread (not thread-safe itself; reuse it for many calls). */
    public Query query() {
        return new Query();
    }

    /** Reusable scratch space for one thread; calls allocate nothing in the common case. */
    public final class Query {

        private final StrengthCrossings crossings;
        private final Visibility visibility;
        private final PathSearch search;
        /** The last point asked about obstacles: the engine asks for one P with many D in a row. */
        private double lastX = Double.NaN;

        private double lastY = Double.NaN;
        private boolean lastInside;

        private Query() {
            crossings = isEmpty() ? null : new StrengthCrossings(grid, strength);
            visibility = isEmpty() ? null : new Visibility(grid, geo, wedges);
            search = isEmpty() ? null : new PathSearch(grid, wedges, visibility, nodeStart, nodes, pairs);
        }

        /**
         * True if some barrier segment comes within distance r of (x, y) (exact, not a bounding-box guess). When
         * false, no segment from (x, y) to a point within r can be blocked or cross a strength barrier: detour is
         * 0 for all of them, unless (x, y) is inside an obstacle ({@link #insideObstacle}), which this does not
         * check. O(1) away from barriers; near them it scans the few grid cells within r.
         */
        public boolean near(double x, double y, double r) {
            return !isEmpty() && nearField.near(x, y, r);
        }

        /**
         * The barrier term b for P = (px, py) and D = (qx, qy), as defined in the {@link BarrierSet} docs: 0 when
         * PD is not blocked and crosses no strength barrier; +Inf when a point is inside an obstacle, no path
         * exists, or the detour path would be longer than {@code maxPathLength} (pass the largest effective
         * distance still of interest, or +Inf for no limit; NaN means no limit).
         */
        public double detour(double px, double py, double qx, double qy, double maxPathLength) {
            if (isEmpty() || grid.outside(px, py, qx, qy)) {
                return 0; // a segment beyond the barriers' envelope meets none of them
            }
            double s = crossings.sum(px, py, qx, qy);
            double b = straightDetour(px, py, qx, qy, s);
            return Double.isNaN(b) ? viaPath(px, py, qx, qy, s, maxPathLength) : b;
        }

        /**
         * {@link #detour} for a segment {@link #straightDetour} found blocked: skips testing the segment again (a
         * caller that sets blocked segments aside for later would otherwise pay for that test twice). Only the
         * strength barriers' crossings are summed again, which is cheap beside the path search.
         */
        public double blockedDetour(double px, double py, double qx, double qy, double maxPathLength) {
            return viaPath(px, py, qx, qy, crossings.sum(px, py, qx, qy), maxPathLength);
        }

        /** S plus the detour of the shortest path around the geometric barriers, +Inf beyond the limit. */
        private double viaPath(double px, double py, double qx, double qy, double strengthSum, double maxPathLength) {
            double d = Math.sqrt((qx - px) * (qx - px) + (qy - py) * (qy - py));
            double limit = Double.isNaN(maxPathLength) ? Double.POSITIVE_INFINITY : maxPathLength;
            if (!(d <= limit)) {
                return Double.POSITIVE_INFINITY;
            }
            double path = search.shortest(px, py, qx, qy, limit);
            return path == Double.POSITIVE_INFINITY ? path : strengthSum + Math.max(0, path - d);
        }

        /**
         * True when no path leads from (x, y) to beyond the barriers' envelope: (x, y) lies in a bounded free region
         * (a pocket closed by geometric barriers) or inside an obstacle. One path search without a length limit,
         * which from inside a pocket explores only the barrier vertices the pocket holds.
         */
        public boolean enclosed(double x, double y) {
            if (isEmpty() || !hasGeometric) {
                return false;
            }
            double margin = 1 + (grid.maxX - grid.minX) + (grid.maxY - grid.minY);
            return detour(x, y, grid.minX - margin, grid.minY - margin, Double.POSITIVE_INFINITY)
                    == Double.POSITIVE_INFINITY;
        }

        /**
         * {@link #detour} when it needs no path search, else NaN: the straight segment PD is blocked and only
         * {@link #detour} with a path-length limit ({@link #blockedDetour}) can tell b. Lets a caller learn the cheap
         * answers first and search paths only for the blocked segments that still matter once it knows them (each
         * search costs about as much as a hundred of these calls on the benchmark barriers).
         */
        public double straightDetour(double px, double py, double qx, double qy) {
            if (isEmpty() || grid.outside(px, py, qx, qy)) {
                return 0; // a segment beyond the barriers' envelope meets none of them
            }
            return straightDetour(px, py, qx, qy, crossings.sum(px, py, qx, qy));
        }

        /** {@link #straightDetour} given the strength barriers' sum S along PD. */
        private double straightDetour(double px, double py, double qx, double qy, double strengthSum) {
            if (!hasGeometric) {
                return strengthSum;
            }
            boolean blocked = visibility.blocked(px, py, qx, qy);
            if (!obstacles.isEmpty()) {
                // unblocked, P and D lie in the same face, so P alone tells whether they are in an obstacle
                if (insideObstacle(px, py) || blocked && insideObstacle(qx, qy)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            return blocked ? Double.NaN : strengthSum;
        }

        /** True when (x, y) lies in the interior of a geometric polygon (boundary excluded). */
        public boolean insideObstacle(double x, double y) {
            if (isEmpty() || obstacles.isEmpty()) {
                return false;
            }
            if (x == lastX && y == lastY) {
                return lastInside;
            }
            lastInside = obstacles.inside(x, y);
            lastX = x;
            lastY = y;
            return lastInside;
        }
    }
}
