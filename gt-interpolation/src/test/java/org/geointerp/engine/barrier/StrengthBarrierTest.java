package org.geointerp.engine.barrier;

import static org.geointerp.engine.barrier.StraightBarrierTest.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrengthBarrierTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static BarrierSet.Query strong(double[] strengths, String... wkts) {
        return BarrierSet.of(
                        java.util.Arrays.stream(wkts)
                                .map(StraightBarrierTest::wkt)
                                .toList(),
                        strengths)
                .query();
    }

    @Test
    void sumOfTheStrengthsCrossed() {
        BarrierSet.Query q = strong(new double[] {0.3, 0.5}, "LINESTRING (0 -1, 0 1)", "LINESTRING (1 -1, 1 1)");
        assertEquals(0.8, q.detour(-0.5, 0, 1.5, 0.1, INF), 1e-15);
        assertEquals(0.3, q.detour(-0.5, 0, 0.5, 0.1, INF), 1e-15);
        assertEquals(0.5, q.detour(1.5, 0, 0.5, 0.1, INF), 1e-15);
        assertEquals(0, q.detour(-0.5, 0, -0.1, 0.9, INF));
        assertEquals(0, q.detour(-0.5, 1.5, 1.5, 1.5, INF), "beyond the ends: no crossing, no detour");
        assertEquals(0.8, q.detour(1.5, 0.1, -0.5, 0, 0.01), 1e-15, "maxPathLength limits only geometric paths");
    }

    @Test
    void zeroStrengthIsNoBarrier() {
        BarrierSet.Query q =
                strong(new double[] {0, 0}, "LINESTRING (0 -1, 0 1)", "POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))");
        Random r = new Random(3);
        for (int i = 0; i < 1000; i++) {
            assertEquals(
                    0,
                    q.detour(
                            r.nextDouble() * 5 - 1,
                            r.nextDouble() * 3 - 1,
                            r.nextDouble() * 5 - 1,
                            r.nextDouble() * 3 - 1,
                            INF));
        }
    }

    @Test
    void verticesCountOnceWhenPassedAndNotWhenTouched() {
        BarrierSet.Query straight = strong(new double[] {0.3}, "LINESTRING (0 -1, 0 0, 0 1)");
        assertEquals(0.3, straight.detour(-1, 0, 1, 0, INF), 1e-15, "through the interior vertex: one crossing");
        BarrierSet.Query vee = strong(new double[] {0.3}, "LINESTRING (-1 1, 0 0, 1 1)");
        assertEquals(0, vee.detour(-2, 0, 2, 0, INF), "touching the vertex from one side");
        assertEquals(0.6, vee.detour(-2, 0.5, 2, 0.5, INF), 1e-15, "crossing both arms");
        BarrierSet.Query end = strong(new double[] {0.3}, "LINESTRING (0 0, 0 1)");
        assertEquals(0, end.detour(-1, 1, 1, 1, INF), "through a free end");
        assertEquals(0, end.detour(-1, 0, 1, 0, INF), "through the other free end");
        assertEquals(0, end.detour(0, 0.5, 1, 0.5, INF), "starting on the barrier");
    }

    @Test
    void polygonWithStrengthIsAFenceNotAnObstacle() {
        BarrierSet.Query q = strong(new double[] {0.25}, "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        assertFalse(q.insideObstacle(0.5, 0.5));
        assertEquals(0.5, q.detour(-1, 0.5, 2, 0.5, INF), 1e-15, "through: the boundary is crossed twice");
        assertEquals(0.25, q.detour(0.5, 0.5, 2, 0.5, INF), 1e-15);
        assertEquals(0, q.detour(0.4, 0.5, 0.6, 0.5, INF));
    }

    @Test
    void strengthAndGeometricBarriersAdd() {
        BarrierSet.Query q = BarrierSet.of(
                        List.of(wkt("LINESTRING (0 -1, 0 1)"), wkt("LINESTRING (0.25 -5, 0.25 5)")),
                        new double[] {Double.NaN, 0.4})
                .query();
        double px = -0.5, py = 0.2, dx = 0.7, dy = -0.1;
        double d = Math.hypot(dx - px, dy - py);
        double path = Math.hypot(px, 1 - py) + Math.hypot(dx, 1 - dy);
        assertEquals(0.4 + path - d, q.detour(px, py, dx, dy, INF), 1e-12);
        assertEquals(q.detour(px, py, dx, dy, INF), q.detour(dx, dy, px, py, INF), 1e-12);
    }
}
