package org.geointerp.engine.barrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class StraightBarrierTest {

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static BarrierSet.Query query(String... wkts) {
        return BarrierSet.of(
                        java.util.Arrays.stream(wkts)
                                .map(StraightBarrierTest::wkt)
                                .toList(),
                        null)
                .query();
    }

    private static double dist(double ax, double ay, double bx, double by) {
        return Math.hypot(bx - ax, by - ay);
    }

    private final BarrierSet.Query q = query("LINESTRING (0 -1, 0 1)");

    @Test
    void detourGoesAroundTheNearerEnd() {
        double px = -0.5, py = 0.2, dx = 0.7, dy = -0.1;
        double d = dist(px, py, dx, dy);
        double viaTop = dist(px, py, 0, 1) + dist(0, 1, dx, dy);
        double viaBottom = dist(px, py, 0, -1) + dist(0, -1, dx, dy);
        assertEquals(Math.min(viaTop, viaBottom) - d, q.detour(px, py, dx, dy, Double.POSITIVE_INFINITY), 1e-12);
        // a far point: the other end is nearer
        assertEquals(
                dist(-0.3, -0.8, 0, -1) + dist(0, -1, 0.4, -0.6) - dist(-0.3, -0.8, 0.4, -0.6),
                q.detour(-0.3, -0.8, 0.4, -0.6, Double.POSITIVE_INFINITY),
                1e-12);
    }

    @Test
    void zeroWhenNotCrossing() {
        assertEquals(0, q.detour(-0.5, 0.2, -0.1, 0.9, Double.POSITIVE_INFINITY));
        assertEquals(0, q.detour(-0.5, 1.2, 0.5, 1.3, Double.POSITIVE_INFINITY)); // passes above the end
        assertEquals(0, q.detour(0.5, -2, 0.6, 2, Double.POSITIVE_INFINITY)); // parallel, beside
        assertEquals(0, q.detour(-0.5, 1, 0.5, 1, Double.POSITIVE_INFINITY)); // exactly through the free end
        assertEquals(0, q.detour(0, 0.5, 1, 0.5, Double.POSITIVE_INFINITY)); // starts on the line
        assertEquals(0, q.detour(0, -0.5, 0, 0.5, Double.POSITIVE_INFINITY)); // runs along it
        assertEquals(0, q.detour(5, 5, 6, 6, Double.POSITIVE_INFINITY)); // beyond the envelope
    }

    @Test
    void continuousAsTheCrossingPointPassesTheEnd() {
        double previous = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= 40; k++) {
            double gap = Math.pow(2, -k); // crossing point at y = 1 - gap, approaching the end
            double b = q.detour(-0.5, 1 - gap, 0.5, 1 - gap, Double.POSITIVE_INFINITY);
            double expected = 2 * Math.hypot(0.5, gap) - 1;
            assertEquals(expected, b, 1e-12);
            assertTrue(b <= previous, "b shrinks as the crossing nears the end");
            previous = b;
        }
        assertTrue(previous < 1e-20);
        assertEquals(0, q.detour(-0.5, 1 + 1e-12, 0.5, 1 + 1e-12, Double.POSITIVE_INFINITY));
    }

    @Test
    void symmetricInPAndD() {
        Random r = new Random(7);
        BarrierSet.Query several = query(
                "LINESTRING (0 -1, 0 1)",
                "LINESTRING (-1 0.5, 0.5 0.6, 1 -0.5)",
                "POLYGON ((0.3 -0.6, 0.6 -0.6, 0.6 -0.3, 0.3 -0.3, 0.3 -0.6))");
        for (int i = 0; i < 2000; i++) {
            double px = r.nextDouble() * 3 - 1.5, py = r.nextDouble() * 3 - 1.5;
            double dx = r.nextDouble() * 3 - 1.5, dy = r.nextDouble() * 3 - 1.5;
            double ab = several.detour(px, py, dx, dy, Double.POSITIVE_INFINITY);
            double ba = several.detour(dx, dy, px, py, Double.POSITIVE_INFINITY);
            assertEquals(ab, ba, 1e-12 * (1 + Math.abs(ab)), "pair " + i);
        }
    }

    @Test
    void maxPathLengthCutsOffLongDetours() {
        double px = -0.5, py = 0.2, dx = 0.7, dy = -0.1;
        double path = dist(px, py, 0, 1) + dist(0, 1, dx, dy);
        double d = dist(px, py, dx, dy);
        assertEquals(path - d, q.detour(px, py, dx, dy, path * (1 + 1e-9)), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, q.detour(px, py, dx, dy, path * (1 - 1e-9)));
        assertEquals(Double.POSITIVE_INFINITY, q.detour(px, py, dx, dy, d / 2));
        assertEquals(0, q.detour(-0.5, 1.2, 0.5, 1.3, 0.1), "an unblocked pair is never cut off");
    }

    @Test
    void passingThroughAnInteriorVertexIsACrossing() {
        BarrierSet.Query ell = query("LINESTRING (-1 0, 0 0, 0 1)");
        // P in the L's inner corner, D outside, PD exactly through the corner vertex (0 0)
        double b = ell.detour(-0.5, 0.5, 0.5, -0.5, Double.POSITIVE_INFINITY);
        double viaEnd = dist(-0.5, 0.5, 0, 1) + dist(0, 1, 0.5, -0.5);
        assertEquals(viaEnd - dist(-0.5, 0.5, 0.5, -0.5), b, 1e-12);
        // touching the corner from outside is not: P and D both lie in the outer wedge
        assertEquals(0, ell.detour(-1, -1, 1, 1, Double.POSITIVE_INFINITY));
    }

    @Test
    void tJunctionIsJoined() {
        // a road ending exactly on a river: the path may not slip through the junction point
        BarrierSet.Query t = query("LINESTRING (-1 0, 1 0)", "LINESTRING (0 0, 0 1)");
        double b = t.detour(-0.1, 0.5, 0.1, -0.5, Double.POSITIVE_INFINITY);
        double d = dist(-0.1, 0.5, 0.1, -0.5);
        // P is left of the road and above the river, D below the river: around the river's left end
        double expected = dist(-0.1, 0.5, -1, 0) + dist(-1, 0, 0.1, -0.5) - d;
        assertEquals(expected, b, 1e-12);
    }

    @Test
    void emptySetNeverBlocks() {
        BarrierSet none = BarrierSet.of(List.of(), null);
        assertTrue(none.isEmpty());
        BarrierSet.Query e = none.query();
        assertEquals(0, e.detour(0, 0, 1, 1, Double.POSITIVE_INFINITY));
        assertTrue(!e.near(0, 0, 10) && !e.insideObstacle(0, 0));
    }
}
