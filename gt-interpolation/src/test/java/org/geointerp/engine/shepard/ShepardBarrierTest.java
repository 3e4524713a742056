package org.geointerp.engine.shepard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.barrier.BarrierSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ShepardBarrierTest {

    static final GeometryFactory GF = new GeometryFactory();

    static Geometry line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    /** Two clusters: value 0 left of x = 0.5, value 10 right of it. */
    static PointSet twoClusters(long seed, int n) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            boolean right = i % 2 == 1;
            x[i] = right ? 0.55 + 0.45 * r.nextDouble() : 0.45 * r.nextDouble();
            y[i] = r.nextDouble();
            v[i] = right ? 10 + 0.5 * Math.sin(7 * y[i]) : 0.5 * Math.cos(5 * y[i]);
        }
        return PointSet.of2D(x, y, v);
    }

    static final ShepardOptions FIXED =
            ShepardOptions.defaults().withRadius(0.08).withSlopeScale(0.02);
    static final BarrierSet WALL = BarrierSet.of(List.of(line(0.5, -1, 0.5, 2)), null);

    @Test
    void aBarrierBetweenTwoClustersMakesAJumpThereAndNowhereElse() {
        PointSet p = twoClusters(1, 400);
        ShepardSurface plain = new ShepardInterpolator(FIXED).fit(p);
        ShepardSurface walled = new ShepardInterpolator(FIXED, WALL).fit(p);
        double delta = 1e-7;
        for (double y = 0.05; y < 1; y += 0.05) {
            double jump = Math.abs(walled.value(0.5 + delta, y) - walled.value(0.5 - delta, y));
            assertTrue(jump > 8, "jump across the barrier at y = " + y + ": " + jump);
            double noJump = Math.abs(plain.value(0.5 + delta, y) - plain.value(0.5 - delta, y));
            assertTrue(noJump < 1e-3, "no barrier, no jump at y = " + y + ": " + noJump);
        }
        // elsewhere the walled surface is continuous: bounded |df|/h as h shrinks, probes away from the wall
        Random r = new Random(3);
        double[] rate = new double[3];
        double[] steps = {1e-4, 1e-6, 1e-8};
        for (int t = 0; t < 3000; t++) {
            double x = r.nextDouble();
            double y = r.nextDouble();
            if (Math.abs(x - 0.5) < 1e-3) {
                continue;
            }
            double a = r.nextDouble() * 2 * Math.PI;
            for (int k = 0; k < steps.length; k++) {
                double d = Math.abs(
                        walled.value(x + steps[k] * Math.cos(a), y + steps[k] * Math.sin(a)) - walled.value(x, y));
                rate[k] = Math.max(rate[k], d / steps[k]);
            }
        }
        assertTrue(rate[1] <= 2 * rate[0] && rate[2] <= 2 * rate[0], java.util.Arrays.toString(rate));
    }

    @Test
    void movingADataPointChangesTheSurfaceOnlyOnItsSide() {
        PointSet p = twoClusters(2, 400);
        double[] x = p.x().clone();
        double[] y = p.y().clone();
        double[] v = p.values().clone();
        // a right-side point (odd index) moves within the right side and takes another value
        int moved = 101;
        x[moved] = 0.7;
        y[moved] = 0.45;
        v[moved] = 20;
        ShepardOptions o = FIXED.withEpsilon(1e-12);
        ShepardSurface before = new ShepardInterpolator(o, WALL).fit(p);
        ShepardSurface after = new ShepardInterpolator(o, WALL).fit(PointSet.of2D(x, y, v));
        GridSpec g = new GridSpec(0, 0, 1, 1, 100, 100);
        int changedRight = 0;
        for (int row = 0; row < 100; row++) {
            double[] b = before.evaluateRowInDouble(g, row);
            double[] a = after.evaluateRowInDouble(g, row);
            for (int col = 0; col < 100; col++) {
                if (g.x(col) < 0.5) {
                    assertEquals(b[col], a[col], 0.0, "left of the barrier, cell " + col + "," + row);
                } else if (b[col] != a[col]) {
                    changedRight++;
                }
            }
        }
        assertTrue(changedRight > 20, "the right side changes around the moved point: " + changedRight + " cells");
    }

    @Test
    void aBarrierOfStrengthZeroGivesTheSameSurfaceAsNone() {
        PointSet p = twoClusters(3, 300);
        ShepardSurface plain = new ShepardInterpolator(ShepardOptions.defaults()).fit(p);
        ShepardSurface zero = new ShepardInterpolator(
                        ShepardOptions.defaults(),
                        BarrierSet.of(List.of(line(0.5, -1, 0.5, 2), line(0.1, 0.1, 0.9, 0.8)), new double[] {0, 0}))
                .fit(p);
        GridSpec g = new GridSpec(0, 0, 1, 1, 60, 60);
        for (int row = 0; row < 60; row++) {
            double[] a = plain.evaluateRowInDouble(g, row);
            double[] b = zero.evaluateRowInDouble(g, row);
            for (int col = 0; col < 60; col++) {
                assertEquals(a[col], b[col], 0.0);
            }
        }
    }

    /** Random lines, a polygon obstacle and a strength barrier. */
    static BarrierSet randomBarriers(long seed, int lines, double length) {
        Random r = new Random(seed);
        List<Geometry> g = new ArrayList<>();
        List<Double> strength = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            double x = r.nextDouble();
            double y = r.nextDouble();
            double a = r.nextDouble() * Math.PI;
            double b = a + (r.nextDouble() - 0.5);
            double h = length / 2;
            g.add(line(x - h * Math.cos(a), y - h * Math.sin(a), x, y, x + h * Math.cos(b), y + h * Math.sin(b)));
            strength.add(Double.NaN);
        }
        g.add(GF.toGeometry(new Envelope(0.62, 0.7, 0.2, 0.26)));
        strength.add(Double.NaN);
        g.add(line(0.05, 0.9, 0.95, 0.85));
        strength.add(0.05);
        return BarrierSet.of(
                g, strength.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000})
    void gridPathEqualsSlowEvaluationWithBarriers(int n) {
        PointSet p = ShepardSurfaceTest.random(n, n + 1);
        BarrierSet barriers = randomBarriers(n, 6, 0.3);
        ShepardOptions o = ShepardOptions.defaults();
        ShepardSurface s = new ShepardInterpolator(o, barriers).fit(p);
        BarrierSet.Query q = barriers.query();
        SlowShepard slow = new SlowShepard(
                p.x(),
                p.y(),
                p.values(),
                o,
                s.radius(),
                s.epsilon(),
                0,
                (px, py, i) -> effective(q, px, py, p.x()[i], p.y()[i]));
        slow.deriveNu();
        assertEquals(slow.nu, s.slopeScale(), 1e-12 * slow.nu);
        GridSpec g = new GridSpec(-0.05, -0.05, 1.05, 1.05, 67, 61);
        int nan = 0;
        for (int row = 0; row < g.height(); row++) {
            double[] fast = s.evaluateRowInDouble(g, row);
            for (int col = 0; col < g.width(); col++) {
                double expected = slow.value(g.x(col), g.y(row));
                if (Double.isNaN(expected)) {
                    assertTrue(Double.isNaN(fast[col]));
                    nan++;
                    continue;
                }
                assertEquals(expected, fast[col], 1e-9 * Math.max(1, Math.abs(expected)), "cell " + col + "," + row);
            }
        }
        assertTrue(nan > 0 && nan < 60, "cells inside the polygon obstacle have no value: " + nan);
    }

    @Test
    void gridPathEqualsSlowEvaluationWith100000PointsAnd100Barriers() {
        PointSet p = ShepardSurfaceTest.random(100_000, 5);
        BarrierSet barriers = randomBarriers(5, 100, 0.1);
        ShepardOptions o = ShepardOptions.defaults().withSlopeScale(0.05);
        ShepardSurface s = new ShepardInterpolator(o, barriers).fit(p);
        BarrierSet.Query q = barriers.query();
        SlowShepard slow = new SlowShepard(
                p.x(),
                p.y(),
                p.values(),
                o,
                s.radius(),
                s.epsilon(),
                0.05,
                (px, py, i) -> effective(q, px, py, p.x()[i], p.y()[i]));
        GridSpec g = new GridSpec(0, 0, 1, 1, 2000, 2000);
        Random r = new Random(6);
        for (int t = 0; t < 8; t++) {
            int row = r.nextInt(g.height());
            double[] fast = s.evaluateRowInDouble(g, row);
            for (int m = 0; m < 20; m++) {
                int col = r.nextInt(g.width());
                double expected = slow.value(g.x(col), g.y(row));
                if (Double.isNaN(expected)) {
                    assertTrue(Double.isNaN(fast[col]));
                } else {
                    assertEquals(
                            expected, fast[col], 1e-9 * Math.max(1, Math.abs(expected)), "cell " + col + "," + row);
                }
            }
        }
    }

    /**
     * A pocket closed by four crossing lines (a '#') holds 3 of 3,000 points: fewer than the 11 a location looks
     * for, so only running out of points proves that no more are reachable. The engine walks every point once and
     * lets the other cells of the pocket reuse what that walk found; every cell in and around the pocket must still
     * equal the slow evaluation, which ranks every point by its own effective distance.
     */
    @Test
    void cellsInAPocketWithFewerThanKPointsEqualTheSlowEvaluation() {
        PointSet outside = ShepardSurfaceTest.random(3000, 21);
        double[] x = java.util.Arrays.copyOf(outside.x(), 3003);
        double[] y = java.util.Arrays.copyOf(outside.y(), 3003);
        double[] v = java.util.Arrays.copyOf(outside.values(), 3003);
        for (int i = 0; i < 3000; i++) {
            if (x[i] > 0.38 && x[i] < 0.62 && y[i] > 0.38 && y[i] < 0.62) {
                x[i] = 0.1 * x[i]; // keep the pocket's own points to the three below
            }
        }
        double[][] pocket = {{0.45, 0.47, 5}, {0.52, 0.55, -3}, {0.56, 0.44, 8}};
        for (int i = 0; i < 3; i++) {
            x[3000 + i] = pocket[i][0];
            y[3000 + i] = pocket[i][1];
            v[3000 + i] = pocket[i][2];
        }
        PointSet p = PointSet.of2D(x, y, v);
        BarrierSet hash = BarrierSet.of(
                List.of(
                        line(0.4, 0.3, 0.4, 0.7),
                        line(0.6, 0.3, 0.6, 0.7),
                        line(0.3, 0.4, 0.7, 0.4),
                        line(0.3, 0.6, 0.7, 0.6)),
                null);
        ShepardOptions o = FIXED;
        ShepardSurface s = new ShepardInterpolator(o, hash).fit(p);
        BarrierSet.Query q = hash.query();
        SlowShepard slow = new SlowShepard(
                x, y, v, o, s.radius(), s.epsilon(), 0.02, (px, py, i) -> effective(q, px, py, x[i], y[i]));
        // the same points with every value outside the pocket raised by 100: nothing inside may change
        double[] raised = v.clone();
        for (int i = 0; i < 3000; i++) {
            raised[i] += 100;
        }
        ShepardSurface other = new ShepardInterpolator(o, hash).fit(PointSet.of2D(x, y, raised));
        GridSpec g = new GridSpec(0.35, 0.35, 0.65, 0.65, 45, 41);
        int inPocket = 0;
        for (int row = 0; row < g.height(); row++) {
            double[] fast = s.evaluateRowInDouble(g, row);
            double[] unchanged = other.evaluateRowInDouble(g, row);
            for (int col = 0; col < g.width(); col++) {
                double expected = slow.value(g.x(col), g.y(row));
                assertEquals(expected, fast[col], 1e-9 * Math.max(1, Math.abs(expected)), "cell " + col + "," + row);
                if (Math.abs(g.x(col) - 0.5) < 0.1 && Math.abs(g.y(row) - 0.5) < 0.1) {
                    inPocket++;
                    assertEquals(fast[col], unchanged[col], 1e-12, "inside, only the pocket's points count");
                }
            }
        }
        assertTrue(inPocket > 300, "cells in the pocket: " + inPocket);
    }

    static double effective(BarrierSet.Query q, double px, double py, double qx, double qy) {
        double d = Math.hypot(px - qx, py - qy);
        double b = q.detour(px, py, qx, qy, Double.POSITIVE_INFINITY);
        return b == Double.POSITIVE_INFINITY ? b : Math.sqrt(d * d + b * b);
    }
}
