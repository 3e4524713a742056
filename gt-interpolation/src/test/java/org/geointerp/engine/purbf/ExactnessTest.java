package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** With lambda = 0 the interpolant reproduces the data; with lambda > 0 it smooths them. */
class ExactnessTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kernel.class)
    void reproducesDataIn2D(Kernel kernel) {
        assertExact(
                PaperCases.frankeSet(PaperCases.points("hexagon", 678)),
                PuRbfOptions.accurate().withKernel(kernel, Double.NaN, KernelScale.BOX));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pyramid,335", "hexagonal_prism,754"})
    void reproducesDataIn3D(String domain, int n) {
        PointSet pts = PaperCases.frankeSet(PaperCases.points(domain, n));
        assertExact(pts, PuRbfOptions.accurate());
    }

    private static void assertExact(PointSet pts, PuRbfOptions o) {
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, o);
        assertFalse(m.report().hasFallbacks(), () -> "fallbacks: " + m.report());
        PuRbfModel.Evaluator e = m.evaluator();
        double scale = Math.max(Math.abs(pts.minValue()), Math.abs(pts.maxValue()));
        double[] p = new double[pts.dimension()];
        for (int i = 0; i < pts.size(); i++) {
            for (int a = 0; a < p.length; a++) {
                p[a] = pts.coordinate(a)[i];
            }
            double v = pts.values()[i];
            assertEquals(v, e.value(p), 1e-8 * Math.max(Math.abs(v), scale), "point " + i);
        }
    }

    /**
     * Dense data make the default's flat kernel numerically singular on every patch: the fit falls back to a ridge
     * (issue 5's "fall back and report") and reports how far the surface may then depart from the data. The
     * report must bound every data point's actual departure, and the departure must stay small.
     */
    @Test
    void reportsTheDepartureFromTheDataWhereTheKernelIsTooFlat() {
        int n = 20_000;
        PointSet pts = denseFranke(n);
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.accurate());
        FitReport report = m.report();
        assertTrue(report.regularisedPatches() > report.patches() / 2, report::toString);
        double bound = report.maxDataDeviation();
        double scale = Math.max(Math.abs(pts.minValue()), Math.abs(pts.maxValue()));
        assertTrue(bound > 0 && bound < 1e-5 * scale, report::toString);
        PuRbfModel.Evaluator e = m.evaluator();
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(e.value(new double[] {pts.x()[i], pts.y()[i]}) - pts.values()[i]);
            // the evaluation itself rounds: sums of about 50 terms with coefficients near 1e5 (1e-8 of the values)
            assertTrue(d <= bound + 1e-8 * scale, "point " + i + " departs by " + d + ", reported " + bound);
            worst = Math.max(worst, d);
        }
        // the bound is a bound, not a guess: it is reached within an order of magnitude
        assertTrue(worst > bound / 10, "worst " + worst + " against reported " + bound);
    }

    /**
     * The same dense data with {@code exactAtData}: the singular patches get a steeper kernel instead of a ridge;
     * every data value is met to 1e-8 of the largest, and the surface stays within a few times the default's error
     * against Franke's function itself on a grid.
     */
    @Test
    void exactAtDataInterpolatesDenseDataAndKeepsTheAccuracy() {
        int n = 20_000;
        PointSet pts = denseFranke(n);
        PuRbfModel exact = PartitionOfUnityRbf.fit(pts, PuRbfOptions.accurate().withExactAtData(true));
        FitReport report = exact.report();
        assertEquals(0, report.regularisedPatches(), report::toString);
        assertTrue(report.steepenedPatches() > report.patches() / 2, report::toString);
        double scale = Math.max(Math.abs(pts.minValue()), Math.abs(pts.maxValue()));
        // relative to each patch's departure from its level, which is at most the values' range
        assertTrue(
                report.maxDataDeviation() <= PuRbfOptions.EXACT_TOLERANCE * (pts.maxValue() - pts.minValue()),
                report::toString);
        PuRbfModel.Evaluator e = exact.evaluator();
        for (int i = 0; i < n; i++) {
            double v = pts.values()[i];
            assertEquals(v, e.value(new double[] {pts.x()[i], pts.y()[i]}), 1e-8 * scale, "point " + i);
        }
        PuRbfModel ridge = PartitionOfUnityRbf.fit(pts, PuRbfOptions.accurate());
        double exactRmse = gridRmse(exact);
        double ridgeRmse = gridRmse(ridge);
        assertTrue(
                exactRmse < 4 * ridgeRmse && exactRmse < 1e-6,
                "RMSE exact " + exactRmse + " against the ridge's " + ridgeRmse);
    }

    /** Franke's function at n uniform random points of the unit square: dense enough for a flat kernel to fail. */
    private static PointSet denseFranke(int n) {
        java.util.Random r = new java.util.Random(5);
        double[][] axes = new double[2][n];
        for (int i = 0; i < n; i++) {
            axes[0][i] = r.nextDouble();
            axes[1][i] = r.nextDouble();
        }
        return PaperCases.frankeSet(axes);
    }

    private static double gridRmse(PuRbfModel m) {
        return gridRmse(m, 0);
    }

    /** RMSE against Franke's function plus {@code offset} on a 99 x 99 grid inside the unit square. */
    private static double gridRmse(PuRbfModel m, double offset) {
        PuRbfModel.Evaluator e = m.evaluator();
        double sum = 0;
        int count = 0;
        for (int i = 1; i < 100; i++) {
            for (int j = 1; j < 100; j++) {
                double[] p = {i / 100.0, j / 100.0};
                double d = e.value(p) - (PaperCases.franke(p) + offset);
                if (!Double.isNaN(d)) {
                    sum += d * d;
                    count++;
                }
            }
        }
        return Math.sqrt(sum / count);
    }

    /**
     * Values sharing an offset (elevations near 100 m varying by about 1): each patch interpolates about its mean,
     * so the offset neither loosens the exactness (relative to the variation) nor costs accuracy (found in review:
     * without the patch level, exactAtData was 8.5 times less accurate at offset 100).
     */
    @Test
    void anOffsetInTheValuesChangesNeitherExactnessNorAccuracy() {
        PointSet pts = denseFranke(20_000);
        double[] shifted = pts.values().clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 100;
        }
        PointSet offset = PointSet.of2D(pts.x(), pts.y(), shifted);
        for (boolean exact : new boolean[] {false, true}) {
            PuRbfOptions o = PuRbfOptions.accurate().withExactAtData(exact);
            PuRbfModel plain = PartitionOfUnityRbf.fit(pts, o);
            PuRbfModel raised = PartitionOfUnityRbf.fit(offset, o);
            double rmse = gridRmse(plain);
            double raisedRmse = gridRmse(raised, 100);
            assertTrue(
                    raisedRmse < 2 * rmse + 1e-12,
                    "exactAtData=" + exact + ": RMSE " + raisedRmse + " with offset 100, " + rmse + " without");
            if (exact) {
                PuRbfModel.Evaluator e = raised.evaluator();
                double range = pts.maxValue() - pts.minValue();
                for (int i = 0; i < shifted.length; i++) {
                    // float-free check in doubles: 1e-8 of the values' range (ulp(100) is 1.4e-14)
                    assertEquals(
                            shifted[i], e.value(new double[] {pts.x()[i], pts.y()[i]}), 1e-8 * range, "point " + i);
                }
            }
        }
    }

    /**
     * Fifty points repeated 1e-11 away with the same value (rounding in a reprojection): no kernel can separate
     * them within the steepening limit, so those patches take the ridge and are reported, and the surface keeps
     * its accuracy (found in review: unlimited steepening made such patches spikes, grid RMSE 0.15).
     */
    @Test
    void nearlyCoincidentPointsDoNotTurnPatchesIntoSpikes() {
        PointSet pts = denseFranke(20_000);
        int n = pts.size();
        int extra = 50;
        double[] x = java.util.Arrays.copyOf(pts.x(), n + extra);
        double[] y = java.util.Arrays.copyOf(pts.y(), n + extra);
        double[] v = java.util.Arrays.copyOf(pts.values(), n + extra);
        for (int k = 0; k < extra; k++) {
            int i = k * 397;
            x[n + k] = x[i] + 1e-11;
            y[n + k] = y[i];
            v[n + k] = v[i];
        }
        PuRbfModel m = PartitionOfUnityRbf.fit(
                PointSet.of2D(x, y, v), PuRbfOptions.accurate().withExactAtData(true));
        assertTrue(m.report().regularisedPatches() > 0, m.report()::toString);
        assertTrue(gridRmse(m) < 1e-6, "RMSE " + gridRmse(m));
    }

    @Test
    void exactAtDataRefusesSmoothing() {
        IllegalArgumentException x = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> PuRbfOptions.accurate().withExactAtData(true).withLambda(1e-3));
        assertTrue(
                x.getMessage().startsWith("exactAtData:") && x.getMessage().contains("lambda = 0.001"), x.getMessage());
    }

    /** With smoothing the report's departure includes the smoothing asked for. */
    @ParameterizedTest(name = "lambda={0}")
    @CsvSource({"1e-6", "1e-3"})
    void reportsTheDepartureThatSmoothingLeaves(double lambda) {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("disk", 706));
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.accurate().withLambda(lambda));
        double bound = m.report().maxDataDeviation();
        PuRbfModel.Evaluator e = m.evaluator();
        double worst = 0;
        for (int i = 0; i < pts.size(); i++) {
            worst = Math.max(worst, Math.abs(e.value(new double[] {pts.x()[i], pts.y()[i]}) - pts.values()[i]));
        }
        assertTrue(worst > 0 && worst <= bound * (1 + 1e-9), "worst " + worst + ", reported " + bound);
        assertTrue(worst > bound / 10, "worst " + worst + " against reported " + bound);
    }

    @ParameterizedTest(name = "lambda={0}")
    @CsvSource({"1e-6", "1e-3", "1e-1"})
    void smoothingLeavesResidualsThatGrowWithLambda(double lambda) {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("disk", 317));
        double small = residual(pts, PuRbfOptions.accurate().withLambda(lambda));
        double large = residual(pts, PuRbfOptions.accurate().withLambda(lambda * 10));
        assertTrue(small > 0 && large > small, "residuals " + small + " then " + large);
    }

    private static double residual(PointSet pts, PuRbfOptions o) {
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, o);
        PuRbfModel.Evaluator e = m.evaluator();
        double sum = 0;
        for (int i = 0; i < pts.size(); i++) {
            double r = e.value(new double[] {pts.x()[i], pts.y()[i]}) - pts.values()[i];
            assertTrue(Double.isFinite(r));
            sum += r * r;
        }
        return Math.sqrt(sum / pts.size());
    }
}
