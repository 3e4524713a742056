package org.geointerp.engine.akima;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.KdTree;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Proves that an Akima surface fitted to a tile's points and its halo (every point of the whole data set inside the
 * halo box, fitted in the whole data set's frame: {@link AkimaOptions#withFrame}) equals, on the tile's cells, the
 * surface fitted to the whole data set, or says why it cannot. A cell's value depends on its triangle (Delaunay, then
 * thin border triangles removed) and on the value and derivatives at the triangle's vertices; a vertex's
 * derivatives depend on the local fits of the points whose 9 nearest neighbours include it and on those points'
 * 11 nearest neighbours (9 fitted, 2 confirming), and on the fits of its own 9 nearest when it has too few. The
 * proof checks, with only the tile's points and the whole data set's convex hull:
 * <ol>
 *   <li>every triangle near the tile (those meeting it, the thin triangles through which a removal of thin border
 *       triangles could reach them, and those next to these) is a triangle of the whole triangulation: its
 *       circumcircle meets the data's hull only inside the halo box, so no point outside the box lies in it;</li>
 *   <li>the border of the tile's triangulation near the tile is the whole data's border (its hull), so the removal
 *       of thin border triangles, which moves at most 5 triangles inward, removes the same triangles; and no two
 *       thin triangles there share the vertex the removal would put on the border, the one case where its result
 *       depends on the order it visits triangles in;</li>
 *   <li>for every vertex of the tile's triangles: the disc holding its 11 nearest neighbours, and the discs of the
 *       points that count it among their 9 nearest and of its own 9 nearest, meet the hull only inside the box;
 *       and no point outside the box can count it among its 9 nearest (in every direction, a disc between the
 *       vertex and the box's edge already holds 9 points, or the hull has no point that way);</li>
 *   <li>cells without a value lie in a removed triangle (decided alike by 2) or outside the data's hull.</li>
 * </ol>
 * Points exactly on a circumcircle, or at equal distances, are taken to be in general position. With near-duplicates
 * merged ({@link AkimaOptions.Preset#ROBUST}), every disc of 1 and 3 is widened by four times the merge tolerance
 * and twice the largest merged group's extent: a sample near the box's edge merged in the whole fit with one beyond
 * it moves by less than that. Groups are taken to be that small (a chain of near-duplicates, each within the
 * tolerance of the next, reaching from beyond the box deep into it is not looked for).
 */
public final class AkimaTiles {

    /** Steps between thin triangles followed from the tile: a removal reaches 5 triangles inward, plus the apex. */
    static final int RINGS = 6;
    /** Directions of the test that no point outside the box has a vertex among its 9 nearest. */
    private static final int DIRECTIONS = 32;
    /** The disc tested per direction shrinks by this factor so that it lies in every disc of its sector. */
    private static final double SECTOR_SHRINK = 1 - 2 * Math.sin(Math.PI / DIRECTIONS / 2);

    private static final GeometryFactory GF = new GeometryFactory();

    private AkimaTiles() {}

    /**
     * The outcome: exact, or the first reason found why not, with the location (data coordinates) it concerns and
     * the halo that location would need (NaN when no halo would do).
     */
    public record Proof(boolean exact, String reason, double x, double y) {
        static final Proof EXACT = new Proof(true, "", Double.NaN, Double.NaN);
    }

    /**
     * Checks a tile's surface. Coordinates are the data's (not the frame's).
     *
     * @param surface fitted with {@link AkimaOptions#withFrame} to every data point inside {@code box}
     * @param tile the tile's envelope {@code [minX, minY, maxX, maxY]}
     * @param box the halo box, containing the tile
     * @param hull the convex hull of the whole data set
     * @param grid the tile's cells; {@code values} their evaluated band (NaN where no value)
     */
    public static Proof check(
            AkimaSurface surface, double[] tile, double[] box, Geometry hull, GridSpec grid, float[] values) {
        return new Check(surface, tile, box, hull).run(grid, values);
    }

    /**
     * A tile whose halo box holds fewer than 3 points (no surface): exact only if no cell lies inside the data's
     * hull, where the whole surface has values.
     */
    public static Proof checkEmpty(double[] tile, Geometry hull) {
        Geometry t = GF.toGeometry(new Envelope(tile[0], tile[2], tile[1], tile[3]));
        if (hull.intersects(t)) {
            Coordinate c = t.intersection(hull).getCentroid().getCoordinate();
            return new Proof(
                    false,
                    "the tile lies inside the data's hull but its halo holds fewer than 3 points",
                    c == null ? tile[0] : c.x,
                    c == null ? tile[1] : c.y);
        }
        return Proof.EXACT;
    }

    /** One check's state, in frame coordinates. */
    private static final class Check {
        private final Frame frame;
        private final Mesh post;
        private final double[] u;
        private final double[] v;
        private final int n;
        private final double t0u;
        private final double t0v;
        private final double t1u;
        private final double t1v;
        private final double b0u;
        private final double b0v;
        private final double b1u;
        private final double b1v;
        private final PreparedGeometry hull;
        private final Geometry hullShape;
        private final Geometry boxShape;
        private final Geometry hullBoundary;
        private final double hullReach;
        private final double tolerance;
        /**
         * Frame distance by which every disc that must hold no point from beyond the box is widened: samples near
         * the box's edge may be merged in the whole fit with samples beyond it (near-duplicates, {@link
         * AkimaOptions.Preset#ROBUST}), which moves the merged location by at most the tolerance and a group's
         * extent.
         */
        private final double mergeMargin;

        private KdTree.Searcher search;
        private double[] d11;
        private int[] nn9;
        private int[] reverseStart;
        private int[] reverse;

        Check(AkimaSurface surface, double[] tile, double[] box, Geometry hullXY) {
            frame = surface.frame();
            post = surface.mesh();
            u = surface.data().u;
            v = surface.data().v;
            n = u.length;
            t0u = frame.u(tile[0]);
            t0v = frame.v(tile[1]);
            t1u = frame.u(tile[2]);
            t1v = frame.v(tile[3]);
            b0u = frame.u(box[0]);
            b0v = frame.v(box[1]);
            b1u = frame.u(box[2]);
            b1v = frame.v(box[3]);
            Geometry h = hullXY.copy();
            h.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                c.x = frame.u(c.x);
                c.y = frame.v(c.y);
            });
            h.geometryChanged();
            hull = PreparedGeometryFactory.prepare(h);
            hullShape = h;
            boxShape = GF.toGeometry(new Envelope(b0u, b1u, b0v, b1v));
            hullBoundary = h.getBoundary();
            Envelope e = h.getEnvelopeInternal();
            hullReach = Math.hypot(e.getWidth(), e.getHeight()) + Math.hypot(b1u - b0u, b1v - b0v) + 1;
            tolerance = 1e-9;
            mergeMargin = (4 * surface.mergeTolerance() + 2 * surface.largestMergedExtent()) / frame.scale();
        }

        Proof run(GridSpec grid, float[] values) {
            Mesh pre = DelaunayMesh.inOrder(u, v);
            int[] near = nearTriangles(pre);
            for (int t : near) {
                Proof p = triangleIsWhole(pre, t);
                if (!p.exact()) {
                    return p;
                }
            }
            for (int t : near) {
                for (int e = 0; e < 3; e++) {
                    if (pre.adj[3 * t + e] < 0) {
                        Proof p = borderIsWhole(pre, t, e);
                        if (!p.exact()) {
                            return p;
                        }
                    }
                }
            }
            neighbours();
            boolean[] needed = new boolean[n];
            for (int t = 0; t < post.triangleCount(); t++) {
                if (meetsTile(post, t)) {
                    for (int e = 0; e < 3; e++) {
                        needed[post.tri[3 * t + e]] = true;
                    }
                }
            }
            LowerCounts counts = new LowerCounts();
            for (int p = 0; p < n; p++) {
                if (needed[p]) {
                    Proof proof = derivativesAreWhole(p, counts);
                    if (!proof.exact()) {
                        return proof;
                    }
                }
            }
            return emptyCellsAreOutside(grid, values);
        }

        /**
         * The triangles the tile's cells depend on through the removal of thin border triangles: those meeting the
         * tile; the thin ones reachable from the thin ones among them through at most {@link #RINGS} steps between
         * thin triangles sharing a vertex (a removal reaches a triangle only through a chain of removed, hence thin,
         * triangles at most 5 long, and an apex is put on the border only by removing a thin triangle with that
         * vertex); and the triangles across the edges of those thin ones.
         */
        private int[] nearTriangles(Mesh m) {
            int nt = m.triangleCount();
            int[] start = new int[n + 1];
            for (int i : m.tri) {
                start[i + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] incident = new int[m.tri.length];
            int[] fill = Arrays.copyOf(start, n);
            for (int t = 0; t < nt; t++) {
                for (int e = 0; e < 3; e++) {
                    incident[fill[m.tri[3 * t + e]]++] = t;
                }
            }
            boolean[] near = new boolean[nt];
            int[] depth = new int[nt];
            Arrays.fill(depth, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int t = 0; t < nt; t++) {
                if (meetsTile(m, t)) {
                    near[t] = true;
                    if (thin(m, t)) {
                        depth[t] = 0;
                        queue.add(t);
                    }
                }
            }
            while (!queue.isEmpty()) {
                int t = queue.poll();
                for (int e = 0; e < 3; e++) {
                    int across = m.adj[3 * t + e];
                    if (across >= 0) {
                        near[across] = true;
                    }
                }
                if (depth[t] == RINGS) {
                    continue;
                }
                for (int e = 0; e < 3; e++) {
                    int vertex = m.tri[3 * t + e];
                    for (int k = start[vertex]; k < start[vertex + 1]; k++) {
                        int o = incident[k];
                        if (depth[o] < 0 && thin(m, o)) {
                            depth[o] = depth[t] + 1;
                            near[o] = true;
                            queue.add(o);
                        }
                    }
                }
            }
            int count = 0;
            for (boolean b : near) {
                count += b ? 1 : 0;
            }
            int[] out = new int[count];
            int k = 0;
            for (int t = 0; t < nt; t++) {
                if (near[t]) {
                    out[k++] = t;
                }
            }
            return out;
        }

        /** Whether t is thin over one of its edges, the removal's test (a candidate wherever the border comes). */
        private boolean thin(Mesh m, int t) {
            return thinOver(m, t, 0) || thinOver(m, t, 1) || thinOver(m, t, 2);
        }

        /** Whether triangle t's bounding box meets the tile (a superset of the triangles meeting it). */
        private boolean meetsTile(Mesh m, int t) {
            int a = m.tri[3 * t];
            int b = m.tri[3 * t + 1];
            int c = m.tri[3 * t + 2];
            double minU = Math.min(u[a], Math.min(u[b], u[c]));
            double maxU = Math.max(u[a], Math.max(u[b], u[c]));
            double minV = Math.min(v[a], Math.min(v[b], v[c]));
            double maxV = Math.max(v[a], Math.max(v[b], v[c]));
            return maxU >= t0u && minU <= t1u && maxV >= t0v && minV <= t1v;
        }

        private Proof triangleIsWhole(Mesh m, int t) {
            int a = m.tri[3 * t];
            int b = m.tri[3 * t + 1];
            int c = m.tri[3 * t + 2];
            double bx = u[b] - u[a];
            double by = v[b] - v[a];
            double cx = u[c] - u[a];
            double cy = v[c] - v[a];
            double d = 2 * (bx * cy - by * cx);
            double b2 = bx * bx + by * by;
            double c2 = cx * cx + cy * cy;
            double ox = (cy * b2 - by * c2) / d;
            double oy = (bx * c2 - cx * b2) / d;
            double r = Math.hypot(ox, oy) * (1 + 1e-9);
            if (!covered(u[a] + ox, v[a] + oy, r)) {
                return fail(
                        "a triangle's circumcircle (radius " + r * frame.scale()
                                + ") reaches beyond the halo, where points could break it",
                        u[a],
                        v[a]);
            }
            return Proof.EXACT;
        }

        /**
         * Whether the disc meets the data's hull only inside the halo box: at once when the disc is inside the box
         * or its bounding square meets the hull only inside it, else with a polygon around the disc (its 64 sides
         * touch the circle, so it holds the disc) cut by the hull.
         */
        private boolean covered(double cu, double cv, double radius) {
            if (!(radius < Double.POSITIVE_INFINITY)) {
                return false;
            }
            double r = radius + mergeMargin;
            double x0 = cu - r;
            double x1 = cu + r;
            double y0 = cv - r;
            double y1 = cv + r;
            if (x0 >= b0u && x1 <= b1u && y0 >= b0v && y1 <= b1v) {
                return true;
            }
            // the parts of the disc's square outside the box: left, right, below, above
            if (outsideIsEmpty(x0, y0, Math.min(x1, b0u), y1)
                    && outsideIsEmpty(Math.max(x0, b1u), y0, x1, y1)
                    && outsideIsEmpty(Math.max(x0, b0u), y0, Math.min(x1, b1u), Math.min(y1, b0v))
                    && outsideIsEmpty(Math.max(x0, b0u), Math.max(y0, b1v), Math.min(x1, b1u), y1)) {
                return true;
            }
            int sides = 64;
            double outer = r / Math.cos(Math.PI / sides);
            Coordinate[] ring = new Coordinate[sides + 1];
            for (int k = 0; k < sides; k++) {
                double a = 2 * Math.PI * k / sides;
                ring[k] = new Coordinate(cu + outer * Math.cos(a), cv + outer * Math.sin(a));
            }
            ring[sides] = ring[0];
            Geometry inside = GF.createPolygon(ring).intersection(hullShape);
            return boxShape.covers(inside);
        }

        private boolean outsideIsEmpty(double x0, double y0, double x1, double y1) {
            if (!(x1 > x0) || !(y1 > y0)) {
                return true;
            }
            return !hull.intersects(GF.toGeometry(new Envelope(x0, x1, y0, y1)));
        }

        /** A border edge of the tile's triangulation must be an edge of the data's hull. */
        private Proof borderIsWhole(Mesh m, int t, int e) {
            int a = m.tri[3 * t + e];
            int b = m.tri[3 * t + (e + 1) % 3];
            double scale = Math.max(1e-12, Math.hypot(u[b] - u[a], v[b] - v[a]));
            for (double f : new double[] {0, 0.5, 1}) {
                double pu = u[a] + f * (u[b] - u[a]);
                double pv = v[a] + f * (v[b] - v[a]);
                double d = DistanceOp.distance(hullBoundary, GF.createPoint(new Coordinate(pu, pv)));
                if (d > tolerance * Math.max(1, scale)) {
                    return fail(
                            "the tile's triangulation ends inside the data (its halo is too narrow to reach across)",
                            pu,
                            pv);
                }
            }
            return Proof.EXACT;
        }

        /** Whether t is thin over its edge e (the removal's test with e as the border side). */
        private boolean thinOver(Mesh m, int t, int e) {
            int a = m.tri[3 * t + e];
            int b = m.tri[3 * t + (e + 1) % 3];
            int apex = m.tri[3 * t + (e + 2) % 3];
            double du = u[b] - u[a];
            double dv = v[b] - v[a];
            return Mesh.cross(u, v, a, b, apex) / (du * du + dv * dv) < ThinTriangleRemoval.MIN_HEIGHT_TO_BASE;
        }

        /** 11 nearest neighbours' distance and 9 nearest of every point, and who counts whom among its 9. */
        private void neighbours() {
            KdTree tree = new KdTree(PointSet.of2D(u, v, new double[n]));
            search = tree.searcher();
            d11 = new double[n];
            nn9 = new int[9 * n];
            int[] reverseCount = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int found = search.nearest(u[i], v[i], 12);
                // fewer than 12 points in all: the halo holds the whole data set or no bound can be given
                d11[i] = found < 12 ? Double.POSITIVE_INFINITY : Math.sqrt(search.distanceSquared(11));
                int k = 0;
                for (int j = 0; j < found && k < 9; j++) {
                    int q = search.index(j);
                    if (q != i) {
                        nn9[9 * i + k++] = q;
                        reverseCount[q + 1]++;
                    }
                }
                for (; k < 9; k++) {
                    nn9[9 * i + k] = -1;
                }
            }
            for (int i = 0; i < n; i++) {
                reverseCount[i + 1] += reverseCount[i];
            }
            reverseStart = reverseCount;
            reverse = new int[reverseStart[n]];
            int[] fill = Arrays.copyOf(reverseStart, n);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 9; k++) {
                    int q = nn9[9 * i + k];
                    if (q >= 0) {
                        reverse[fill[q]++] = i;
                    }
                }
            }
        }

        private Proof derivativesAreWhole(int p, LowerCounts counts) {
            if (!covered(u[p], v[p], d11[p])) {
                return fail("a vertex's 11 nearest neighbours reach beyond the halo", u[p], v[p]);
            }
            for (int k = 0; k < 9; k++) {
                int q = nn9[9 * p + k];
                if (q >= 0 && !covered(u[q], v[q], d11[q])) {
                    return fail("the neighbours of a vertex's neighbour reach beyond the halo", u[q], v[q]);
                }
            }
            for (int k = reverseStart[p]; k < reverseStart[p + 1]; k++) {
                int q = reverse[k];
                if (!covered(u[q], v[q], d11[q])) {
                    return fail(
                            "the neighbours of a point that counts a vertex among its 9 nearest reach beyond the halo",
                            u[q],
                            v[q]);
                }
            }
            double b = Math.min(Math.min(u[p] - b0u, b1u - u[p]), Math.min(v[p] - b0v, b1v - v[p])) - mergeMargin;
            if (!(b > 0)) {
                return fail("a vertex lies on the halo's edge", u[p], v[p]);
            }
            for (int k = 0; k < DIRECTIONS; k++) {
                double angle = 2 * Math.PI * k / DIRECTIONS;
                double cu = u[p] + b * Math.cos(angle);
                double cv = v[p] + b * Math.sin(angle);
                double rho = b * SECTOR_SHRINK;
                if (counts.atLeast(cu, cv, rho, 9)) {
                    continue;
                }
                if (sectorMeetsHull(u[p], v[p], b, angle)) {
                    return fail(
                            "a point beyond the halo could count a vertex among its 9 nearest neighbours", u[p], v[p]);
                }
            }
            return Proof.EXACT;
        }

        /** Whether the data's hull has a point in the sector at angle +- half a direction, beyond distance b. */
        private boolean sectorMeetsHull(double pu, double pv, double b, double angle) {
            double half = Math.PI / DIRECTIONS;
            double far = hullReach / Math.cos(half);
            Coordinate[] ring = {
                new Coordinate(pu + b * Math.cos(angle - half), pv + b * Math.sin(angle - half)),
                new Coordinate(pu + far * Math.cos(angle - half), pv + far * Math.sin(angle - half)),
                new Coordinate(pu + far * Math.cos(angle + half), pv + far * Math.sin(angle + half)),
                new Coordinate(pu + b * Math.cos(angle + half), pv + b * Math.sin(angle + half)),
                null
            };
            ring[4] = ring[0];
            return hull.intersects(GF.createPolygon(ring));
        }

        /** Counts of points in discs, from below: the points of the cells inside the disc's inner square. */
        private final class LowerCounts {
            private final int nx;
            private final int ny;
            private final double cell;
            private final int[] prefix;

            LowerCounts() {
                double w = b1u - b0u;
                double h = b1v - b0v;
                double side = Math.max(Math.sqrt(w * h / Math.max(1, n)), Math.max(w, h) / 2048);
                nx = (int) Math.max(1, Math.ceil(w / side));
                ny = (int) Math.max(1, Math.ceil(h / side));
                cell = side;
                prefix = new int[(nx + 1) * (ny + 1)];
                int[] count = new int[nx * ny];
                for (int i = 0; i < n; i++) {
                    int cx = (int) Math.floor((u[i] - b0u) / cell);
                    int cy = (int) Math.floor((v[i] - b0v) / cell);
                    if (cx >= 0 && cx < nx && cy >= 0 && cy < ny) {
                        count[cy * nx + cx]++;
                    }
                }
                for (int j = 0; j < ny; j++) {
                    int row = 0;
                    for (int i = 0; i < nx; i++) {
                        row += count[j * nx + i];
                        prefix[(j + 1) * (nx + 1) + i + 1] = prefix[j * (nx + 1) + i + 1] + row;
                    }
                }
            }

            /** Whether the open disc holds at least {@code k} points (false when it cannot tell cheaply: exact count). */
            boolean atLeast(double cu, double cv, double r, int k) {
                double h = r / Math.sqrt(2) * (1 - 1e-9);
                int i0 = (int) Math.max(0, Math.ceil((cu - h - b0u) / cell));
                int i1 = (int) Math.min(nx, Math.floor((cu + h - b0u) / cell));
                int j0 = (int) Math.max(0, Math.ceil((cv - h - b0v) / cell));
                int j1 = (int) Math.min(ny, Math.floor((cv + h - b0v) / cell));
                if (i1 > i0 && j1 > j0) {
                    int s = nx + 1;
                    int inside = prefix[j1 * s + i1] - prefix[j0 * s + i1] - prefix[j1 * s + i0] + prefix[j0 * s + i0];
                    if (inside >= k) {
                        return true;
                    }
                }
                return search.within(new double[] {cu, cv}, r, false) >= k;
            }
        }

        /** Cells without a value must lie in a removed triangle (inside the tile's hull) or outside the data's. */
        private Proof emptyCellsAreOutside(GridSpec grid, float[] values) {
            PreparedGeometry localHull = null;
            for (int row = 0; row < grid.height(); row++) {
                double cv = frame.v(grid.y(row));
                for (int col = 0; col < grid.width(); col++) {
                    if (!Float.isNaN(values[row * grid.width() + col])) {
                        continue;
                    }
                    double cu = frame.u(grid.x(col));
                    if (localHull == null) {
                        Coordinate[] c = new Coordinate[n];
                        for (int i = 0; i < n; i++) {
                            c[i] = new Coordinate(u[i], v[i]);
                        }
                        localHull = PreparedGeometryFactory.prepare(
                                GF.createMultiPointFromCoords(c).convexHull());
                    }
                    org.locationtech.jts.geom.Point cellPoint = GF.createPoint(new Coordinate(cu, cv));
                    if (!localHull.contains(cellPoint) && hull.intersects(cellPoint)) {
                        return fail("a cell inside the data's hull lies outside the tile's triangles", cu, cv);
                    }
                }
            }
            return Proof.EXACT;
        }

        private Proof fail(String reason, double pu, double pv) {
            return new Proof(false, reason, frame.originX() + pu * frame.scale(), frame.originY() + pv * frame.scale());
        }
    }
}
