package org.geointerp.engine.shepard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShepardSurfaceTest {

    /** The paper's worked example: four points, values 0 to 5. */
    static final double[] EX = {6.00, 6.80, 0.80, 1.90};

    static final double[] EY = {6.75, 2.25, 1.13, 6.00};
    static final double[] EZ = {0.0, 5.0, 2.5, 1.5};

    static PointSet random(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            v[i] = Math.sin(6 * x[i]) * Math.cos(4 * y[i]) + r.nextGaussian() * 0.1;
        }
        return PointSet.of2D(x, y, v);
    }

    static ShepardSurface fit(PointSet p, ShepardOptions o) {
        return new ShepardInterpolator(o).fit(p);
    }

    @Test
    void papersFourPointExampleHasTheStatedProperties() {
        ShepardSurface s = fit(PointSet.of2D(EX, EY, EZ), ShepardOptions.defaults());
        for (int i = 0; i < 4; i++) {
            assertEquals(EZ[i], s.value(EX[i], EY[i]), 0.0, "value at data point " + (i + 1));
        }
        // "The range of the interpolation function is up to 10% greater at either end than the range of the z_i"
        GridSpec map = new GridSpec(-2, -2, 10, 10, 240, 240);
        float[] v = GridEvaluator.evaluate(s, map, Progress.NONE)[0];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float f : v) {
            lo = Math.min(lo, f);
            hi = Math.max(hi, f);
        }
        assertTrue(lo >= -0.5 && hi <= 5.5, "range [" + lo + ", " + hi + "] must lie in [-0.5, 5.5]");
        assertTrue(lo < 0.2 && hi > 4.8, "the map spans the data range, got [" + lo + ", " + hi + "]");
        // "At large distances ... approximately the average of the values at the four nearest data points": the
        // slope increments stay bounded by 0.1 of the range, and without them the limit is the mean itself
        double mean = 2.25;
        for (double[] far : new double[][] {{1e6, 3e5}, {-1e6, -1e6}, {0, 1e7}}) {
            assertEquals(mean, s.value(far[0], far[1]), 0.5 + 1e-3);
        }
        ShepardSurface flat =
                fit(PointSet.of2D(EX, EY, EZ), ShepardOptions.defaults().withSlopes(false));
        assertEquals(mean, flat.value(1e7, 2e7), 1e-5);
        assertEquals(mean, flat.value(-3e7, 1e7), 1e-5);
        double near = Math.abs(flat.value(1e3, 0) - mean);
        double farther = Math.abs(flat.value(1e4, 0) - mean);
        assertTrue(farther < near, "approaches the mean with distance: " + near + " then " + farther);
    }

    @Test
    void exactAtDataPointsWithDuplicatesMerged() {
        PointSet p = random(1000, 3);
        double[] x = p.x().clone();
        double[] y = p.y().clone();
        double[] v = p.values().clone();
        // make every tenth point a duplicate location of its predecessor with another value
        for (int i = 10; i < x.length; i += 10) {
            x[i] = x[i - 1];
            y[i] = y[i - 1];
        }
        ShepardSurface s = fit(PointSet.of2D(x, y, v), ShepardOptions.defaults());
        assertEquals(99, s.mergedAway());
        for (int i = 0; i < x.length; i++) {
            boolean dup = i % 10 == 0 && i > 0;
            boolean hasDup = (i + 1) % 10 == 0 && i + 1 < x.length;
            double expected = dup ? (v[i] + v[i - 1]) / 2 : hasDup ? (v[i] + v[i + 1]) / 2 : v[i];
            assertEquals(expected, s.value(x[i], y[i]), 1e-15 * Math.abs(expected) + 1e-15, "point " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000})
    void gridPathEqualsSlowEvaluationEverywhere(int n) {
        PointSet p = random(n, n);
        for (ShepardOptions o : new ShepardOptions[] {
            ShepardOptions.defaults(),
            ShepardOptions.defaults().withDirection(false),
            ShepardOptions.defaults().withSlopes(false),
            ShepardOptions.defaults().withMode(ShepardOptions.Mode.IDW).withExponent(3)
        }) {
            ShepardSurface s = fit(p, o);
            SlowShepard slow = new SlowShepard(p.x(), p.y(), p.values(), o, s.radius(), s.epsilon(), 0, null);
            if (o.slopes() && o.mode() == ShepardOptions.Mode.SYMAP) {
                slow.deriveNu();
                assertEquals(slow.nu, s.slopeScale(), 1e-12 * slow.nu, "nu");
            }
            GridSpec g = new GridSpec(-0.1, -0.1, 1.1, 1.1, 97, 89);
            for (int row = 0; row < g.height(); row++) {
                double[] fast = s.evaluateRowInDouble(g, row);
                for (int col = 0; col < g.width(); col++) {
                    double expected = slow.value(g.x(col), g.y(row));
                    assertEquals(
                            expected,
                            fast[col],
                            1e-9 * Math.max(1, Math.abs(expected)),
                            o + " cell " + col + "," + row);
                }
            }
        }
    }

    @Test
    void gridPathEqualsSlowEvaluationOn100000Points() {
        PointSet p = random(100_000, 77);
        ShepardOptions o = ShepardOptions.defaults().withSlopeScale(0.05);
        ShepardSurface s = fit(p, o);
        SlowShepard slow = new SlowShepard(p.x(), p.y(), p.values(), o, s.radius(), s.epsilon(), 0.05, null);
        GridSpec g = new GridSpec(0, 0, 1, 1, 2000, 2000);
        Random r = new Random(1);
        for (int t = 0; t < 12; t++) {
            int row = r.nextInt(g.height());
            double[] fast = s.evaluateRowInDouble(g, row);
            for (int m = 0; m < 25; m++) {
                int col = r.nextInt(g.width());
                double expected = slow.value(g.x(col), g.y(row));
                assertEquals(expected, fast[col], 1e-9 * Math.max(1, Math.abs(expected)), "cell " + col + "," + row);
            }
        }
        // derived nu on the full set equals the paper's formula over every slope
        ShepardSurface derived = fit(p, ShepardOptions.defaults());
        double maxSlope = 0;
        for (int i = 0; i < p.size(); i++) {
            maxSlope = Math.max(maxSlope, Math.hypot(derived.slopeX(i), derived.slopeY(i)));
        }
        assertEquals(0.1 * (p.maxValue() - p.minValue()) / maxSlope, derived.slopeScale(), 1e-12);
    }

    /**
     * A continuous surface: the largest change over a step, divided by the step, stays bounded as the step shrinks
     * from 1e-3 to 1e-7 (a jump anywhere on the 4000 probes would make it grow like 1/step).
     */
    @Test
    void continuousAwayFromBarriers() {
        PointSet p = random(500, 8);
        ShepardSurface s = fit(p, ShepardOptions.defaults());
        Random r = new Random(4);
        int probes = 4000;
        double[][] probe = new double[probes][3];
        for (double[] q : probe) {
            q[0] = r.nextDouble();
            q[1] = r.nextDouble();
            q[2] = r.nextDouble() * 2 * Math.PI;
        }
        double[] steps = {1e-3, 1e-4, 1e-5, 1e-6, 1e-7};
        double[] maxRate = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            double h = steps[k];
            for (double[] q : probe) {
                double d =
                        Math.abs(s.value(q[0] + h * Math.cos(q[2]), q[1] + h * Math.sin(q[2])) - s.value(q[0], q[1]));
                maxRate[k] = Math.max(maxRate[k], d / h);
            }
        }
        for (int k = 1; k < steps.length; k++) {
            assertTrue(
                    maxRate[k] <= 2 * maxRate[0],
                    "largest |df|/h at step " + steps[k] + " is " + maxRate[k] + ", at step 1e-3 it is " + maxRate[0]);
        }
    }

    @Test
    void invariantUnderTranslationAndScalingOfCoordinates() {
        PointSet p = random(2000, 12);
        ShepardSurface s = fit(p, ShepardOptions.defaults());
        double scale = 1e5;
        double shift = 5e5;
        double[] x = new double[p.size()];
        double[] y = new double[p.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.x()[i] * scale + shift;
            y[i] = p.y()[i] * scale - 2 * shift;
        }
        ShepardSurface t = fit(PointSet.of2D(x, y, p.values()), ShepardOptions.defaults());
        assertEquals(s.radius() * scale, t.radius(), 1e-9 * t.radius());
        Random r = new Random(2);
        for (int i = 0; i < 3000; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            double expected = s.value(a, b);
            assertEquals(
                    expected,
                    t.value(a * scale + shift, b * scale - 2 * shift),
                    1e-9 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void badInputIsRefusedWithTheParameterNamed() {
        assertEquals(
                "data: no points to interpolate",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> fit(PointSet.of2D(new double[0], new double[0], new double[0]), null))
                        .getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> fit(
                                PointSet.of2D(
                                        new double[] {0, 1, 0, 0}, new double[] {0, 0, 1, 0}, new double[] {1, 2, 3, 4
                                        }),
                                null))
                .getMessage()
                .startsWith("data: the SYMAP method needs at least 4 distinct points, got 3"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> ShepardOptions.defaults().withRadius(Double.NaN).withSlopeScale(-2))
                .getMessage()
                .startsWith("slopeScale: must be a finite number > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ShepardOptions.defaults()
                        .withExponent(0))
                .getMessage()
                .startsWith("exponent:"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> PointSet.of2D(new double[] {0}, new double[] {Double.NaN}, new double[] {1}))
                .getMessage()
                .startsWith("coordinates[1][0]"));
        // collinear points work once the radius is given
        ShepardSurface line = fit(
                PointSet.of2D(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 2, 3, 4}),
                ShepardOptions.defaults().withRadius(1.5));
        assertEquals(2.0, line.value(2, 2), 0.0);
        assertTrue(Double.isFinite(line.value(2.5, 1)));
    }
}
