package org.geointerp.engine.barrier;

import static org.geointerp.engine.barrier.StraightBarrierTest.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ShortestPathTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final GeometryFactory GF = new GeometryFactory();

    private static double dist(double ax, double ay, double bx, double by) {
        return Math.hypot(bx - ax, by - ay);
    }

    @Test
    void squareObstacle() {
        BarrierSet.Query q = StraightBarrierTest.query("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        // both ends outside, straight line through the square: over the top two corners
        assertEquals(2 * Math.hypot(1, 0.5) + 1 - 3, q.detour(-1, 0.5, 2, 0.5, INF), 1e-12);
        // the diagonal between two corners goes through the interior; around a third corner instead
        assertEquals(2 - Math.sqrt(2), q.detour(0, 0, 1, 1, INF), 1e-12);
        // walking along an edge is free
        assertEquals(0, q.detour(0, 0, 1, 0, INF));
        assertEquals(0, q.detour(-1, -1, 2, -0.5, INF));
        // inside: no value
        assertTrue(q.insideObstacle(0.5, 0.5));
        assertEquals(INF, q.detour(0.5, 0.5, 2, 0.5, INF));
        assertEquals(INF, q.detour(2, 0.5, 0.5, 0.5, INF));
        assertEquals(INF, q.detour(0.4, 0.5, 0.6, 0.5, INF), "both in the same obstacle");
        // a point on the boundary is outside, but may not head into the interior
        assertEquals(0, q.detour(0, 0.5, -1, 0.5, INF));
        assertEquals(0.5 + 1 + Math.hypot(1, 0.5) - 2, q.detour(0, 0.5, 2, 0.5, INF), 1e-12);
    }

    @Test
    void uShapedLineWithPInside() {
        BarrierSet.Query q = StraightBarrierTest.query("LINESTRING (0 1, 0 0, 2 0, 2 1)");
        // out over the top of the left arm, down its outside, round the bottom-left corner to D
        double expected = dist(1, 0.5, 0, 1) + 1 + dist(0, 0, 1, -1) - 1.5;
        assertEquals(expected, q.detour(1, 0.5, 1, -1, INF), 1e-12);
        assertEquals(expected, q.detour(1, -1, 1, 0.5, INF), 1e-12);
        // out of the opening: free
        assertEquals(0, q.detour(1, 0.5, 1, 3, INF));
        // a limit shorter than the way out
        assertEquals(INF, q.detour(1, 0.5, 1, -1, 3));
    }

    @Test
    void sharedEdgeBetweenObstaclesIsClosed() {
        BarrierSet.Query q =
                StraightBarrierTest.query("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
        assertEquals(2 * Math.sqrt(2) + 1 - 3, q.detour(1, -1, 1, 2, INF), 1e-12);
    }

    @Test
    void obstaclesTouchingAtACornerLeaveNoGap() {
        BarrierSet.Query q =
                StraightBarrierTest.query("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");
        // PD runs exactly through the shared corner (1 1): around either square instead
        assertEquals(2 * Math.sqrt(0.5) + 2 - Math.sqrt(2), q.detour(1.5, 0.5, 0.5, 1.5, INF), 1e-12);
        assertEquals(0, q.detour(0.5, -0.5, 2.5, 1.5, INF), "passing the corner outside both is free");
    }

    @Test
    void enclosuresHaveNoPath() {
        BarrierSet.Query fence = StraightBarrierTest.query("LINESTRING (0 0, 1 0, 1 1, 0 1, 0 0)");
        assertEquals(INF, fence.detour(0.5, 0.5, 2, 0.5, INF));
        assertEquals(0, fence.detour(0.4, 0.5, 0.6, 0.5, INF));
        assertTrue(!fence.insideObstacle(0.5, 0.5), "a closed line is a fence, not an obstacle");
        BarrierSet.Query holed =
                StraightBarrierTest.query("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))");
        assertTrue(!holed.insideObstacle(2, 2) && holed.insideObstacle(0.5, 2));
        assertEquals(INF, holed.detour(2, 2, 5, 2, INF));
        assertEquals(0, holed.detour(1.5, 1.5, 2.5, 2.5, INF));
    }

    @Test
    void matchesBruteForceOnRandomConfigurations() {
        Random r = new Random(2024);
        Tally tally = new Tally();
        for (int config = 0; config < 25; config++) {
            List<Geometry> barriers = randomBarriers(r);
            double[] points = new double[4 * 12];
            for (int k = 0; k < points.length; k++) {
                points[k] = r.nextDouble() * 1.4 - 0.2;
            }
            compareWithReference("config " + config, barriers, points, true, tally);
        }
        assertTrue(tally.compared > 200 && tally.detours > 50, tally.toString());
    }

    /**
     * Barriers and points on a small integer lattice: paths through vertices, along edges, T-junctions and shared
     * vertices everywhere. The zero-width model and the thin reference then differ by at most a few eps where
     * touching is free in one and a tiny detour in the other, so the results must still agree closely.
     */
    @Test
    void matchesBruteForceOnDegenerateLatticeConfigurations() {
        Random r = new Random(99);
        Tally tally = new Tally();
        for (int config = 0; config < 25; config++) {
            List<Geometry> barriers = new ArrayList<>();
            for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
                int points = 2 + r.nextInt(2);
                Coordinate[] c = new Coordinate[points];
                for (int k = 0; k < points; k++) {
                    do {
                        c[k] = new Coordinate(r.nextInt(5), r.nextInt(5));
                    } while (k > 0 && c[k].equals2D(c[k - 1]));
                }
                barriers.add(GF.createLineString(c));
            }
            for (int i = 0, n = r.nextInt(2); i < n; i++) {
                int x = r.nextInt(4), y = r.nextInt(4), w = 1 + r.nextInt(2), h = 1 + r.nextInt(2);
                barriers.add(wkt("POLYGON ((" + x + " " + y + ", " + (x + w) + " " + y + ", " + (x + w) + " " + (y + h)
                        + ", " + x + " " + (y + h) + ", " + x + " " + y + "))"));
            }
            if (r.nextInt(3) == 0) { // a square with a square hole
                int x = r.nextInt(2), y = r.nextInt(2);
                barriers.add(wkt("POLYGON ((" + x + " " + y + ", " + (x + 3) + " " + y + ", " + (x + 3) + " " + (y + 3)
                        + ", " + x + " " + (y + 3) + ", " + x + " " + y + "), (" + (x + 1) + " " + (y + 1) + ", "
                        + (x + 1) + " " + (y + 2) + ", " + (x + 2) + " " + (y + 2) + ", " + (x + 2) + " " + (y + 1)
                        + ", " + (x + 1) + " " + (y + 1) + "))"));
            }
            if (r.nextInt(3) == 0) { // a closed line: a fence around a triangle
                int x = r.nextInt(3), y = r.nextInt(3);
                barriers.add(wkt("LINESTRING (" + x + " " + y + ", " + (x + 2) + " " + y + ", " + (x + 1) + " "
                        + (y + 2) + ", " + x + " " + y + ")"));
            }
            double[] points = new double[4 * 20];
            for (int k = 0; k < points.length; k++) {
                points[k] = r.nextInt(11) * 0.5 - 0.5;
            }
            compareWithReference("lattice config " + config, barriers, points, false, tally);
        }
        assertTrue(tally.compared > 150 && tally.detours > 30, tally.toString());
    }

    private static final class Tally {
        int compared;
        int detours;

        @Override
        public String toString() {
            return compared + " pairs compared, " + detours + " with detours";
        }
    }

    /**
     * detour() against the slow reference for the pairs P = (points[4k], points[4k+1]), D = (points[4k+2],
     * points[4k+3]). Pairs with a point on a barrier are skipped: inside the reference's thin lines, and on the
     * boundary of obstacles, which is outside here but inside the reference's union where two obstacles abut.
     */
    private static void compareWithReference(
            String label, List<Geometry> barriers, double[] points, boolean checkLimits, Tally tally) {
        BarrierSet.Query q = BarrierSet.of(barriers, null).query();
        SlowShortestPath slow = new SlowShortestPath(barriers, 1e-9);
        for (int k = 0; k < points.length; k += 4) {
            double px = points[k], py = points[k + 1], dx = points[k + 2], dy = points[k + 3];
            if (slow.distanceToLinework(px, py) < 1e-6 || slow.distanceToLinework(dx, dy) < 1e-6) {
                continue;
            }
            boolean inside = slow.insidePolygon(px, py) || slow.insidePolygon(dx, dy);
            double expected = inside ? INF : slow.length(px, py, dx, dy);
            double b = q.detour(px, py, dx, dy, INF);
            String where =
                    label + " pair " + k / 4 + " " + barriers + " P(" + px + " " + py + ") D(" + dx + " " + dy + ")";
            tally.compared++;
            if (expected == INF) {
                assertEquals(INF, b, where);
                continue;
            }
            assertEquals(expected, dist(px, py, dx, dy) + b, 1e-6, where);
            if (b > 1e-6) {
                tally.detours++;
                if (checkLimits) {
                    // the ellipse pruning must not change a result it admits, and must cut off what it excludes
                    assertEquals(b, q.detour(px, py, dx, dy, expected * 1.001 + 1e-9), 1e-9, where);
                    assertEquals(INF, q.detour(px, py, dx, dy, expected * 0.999), where);
                }
            }
        }
    }

    /** A few random polylines (some U-shaped), rotated squares and triangles in the unit square. */
    private static List<Geometry> randomBarriers(Random r) {
        List<Geometry> out = new ArrayList<>();
        int lines = 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            int points = 2 + r.nextInt(3);
            Coordinate[] c = new Coordinate[points];
            c[0] = new Coordinate(r.nextDouble(), r.nextDouble());
            for (int k = 1; k < points; k++) {
                c[k] = new Coordinate(c[k - 1].x + r.nextDouble() * 0.8 - 0.4, c[k - 1].y + r.nextDouble() * 0.8 - 0.4);
            }
            out.add(GF.createLineString(c));
        }
        if (r.nextBoolean()) {
            double x = r.nextDouble() * 0.6, y = r.nextDouble() * 0.6, w = 0.1 + r.nextDouble() * 0.3;
            out.add(wkt("LINESTRING (" + x + " " + (y + w) + ", " + x + " " + y + ", " + (x + w) + " " + y + ", "
                    + (x + w) + " " + (y + w) + ")"));
        }
        int polygons = r.nextInt(3);
        for (int i = 0; i < polygons; i++) {
            double cx = r.nextDouble(), cy = r.nextDouble(), s = 0.05 + r.nextDouble() * 0.15;
            double a = r.nextDouble() * Math.PI;
            int corners = 3 + r.nextInt(2);
            Coordinate[] c = new Coordinate[corners + 1];
            for (int k = 0; k < corners; k++) {
                double t = a + 2 * Math.PI * k / corners;
                c[k] = new Coordinate(cx + s * Math.cos(t), cy + s * Math.sin(t));
            }
            c[corners] = c[0];
            out.add(GF.createPolygon(c));
        }
        return out;
    }
}
