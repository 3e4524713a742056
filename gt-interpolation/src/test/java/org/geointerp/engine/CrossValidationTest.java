package org.geointerp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.geointerp.engine.barrier.BarrierSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Cross-validation of every method: the fast leave-one-out paths equal refitting without each location (to 1e-9,
 * on sets with exact and near duplicates), k-fold keeps a location's samples in one fold and follows its seed, and
 * bad requests are refused naming the parameter.
 */
class CrossValidationTest {

    /** Franke-like values with noise, and duplicated stations (same place, other reading) and near-duplicates. */
    static PointSet noisyWithDuplicates(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (i > 5 && i % 10 == 0) {
                // a second reading at the location of an earlier station
                int j = r.nextInt(i);
                x[i] = x[j];
                y[i] = y[j];
            } else if (i > 5 && i % 10 == 5) {
                // a near-duplicate: a thousandth of the typical spacing away
                int j = r.nextInt(i);
                x[i] = x[j] + 1e-3 / Math.sqrt(n);
                y[i] = y[j];
            } else {
                x[i] = r.nextDouble();
                y[i] = r.nextDouble();
            }
            z[i] = Math.exp(-((9 * x[i] - 2) * (9 * x[i] - 2) + (9 * y[i] - 2) * (9 * y[i] - 2)) / 4)
                    + 0.5 * Math.sin(4 * x[i]) * y[i]
                    + 0.05 * r.nextGaussian();
        }
        return PointSet.of2D(x, y, z);
    }

    /** Barrier lines across the unit square, for Shepard's leave-one-out with barriers. */
    static BarrierSet barriers() {
        GeometryFactory gf = new GeometryFactory();
        return BarrierSet.of(
                List.of(
                        gf.createLineString(new Coordinate[] {new Coordinate(0.5, -0.1), new Coordinate(0.5, 0.6)}),
                        gf.createLineString(new Coordinate[] {
                            new Coordinate(0.1, 0.8), new Coordinate(0.45, 0.75), new Coordinate(0.8, 0.9)
                        })),
                null);
    }

    /** The settings each method's leave-one-out is checked with: defaults and the cases its shortcut must follow. */
    static List<Map<String, Object>> settings(String method, int n) {
        return switch (method) {
            case "Shepard" ->
                List.of(
                        Map.of(),
                        Map.of("mode", "IDW"),
                        Map.of("slopes", false),
                        Map.of("barriers", barriers()),
                        Map.of("mode", "IDW", "barriers", barriers()));
            case "Clusterpolate" ->
                List.of(
                        Map.of(),
                        Map.of("kernel", "epanechnikov"),
                        Map.of("kernel", "gaussian", "membershipThreshold", 0.3),
                        Map.of("kernel", "triweight", "membershipThreshold", 0.6));
            case "PartitionOfUnityRBF" ->
                List.of(
                        Map.of("extrapolate", true),
                        Map.of(),
                        Map.of("extrapolate", true, "lambda", 0.01),
                        Map.of("extrapolate", true, "exactAtData", true),
                        Map.of("kernel", "WENDLAND_C2", "shapeParameter", 0.5),
                        Map.of("patchSpacing", 2 / Math.sqrt(n)));
            case "Akima" -> List.of(Map.of("extrapolate", true), Map.of(), Map.of("preset", "PAPER"));
            default -> List.of(Map.of());
        };
    }

    @Test
    void leaveOneOutEqualsRefittingForEveryMethod() {
        for (int n : new int[] {30, 300}) {
            PointSet data = noisyWithDuplicates(n, n);
            LocationGroups groups = LocationGroups.of(data);
            for (InterpolationMethod m : Methods.all()) {
                for (Map<String, Object> values : settings(m.name(), n)) {
                    String what = m.name() + " " + values + " n=" + n;
                    CrossValidationResult slow = CrossValidation.run(
                            m, values, data, 0, 1, CrossValidation.Strategy.REFIT, Execution.defaults());
                    CrossValidationResult fast = CrossValidation.run(
                            m, values, data, 0, 1, CrossValidation.Strategy.FASTEST, Execution.defaults());
                    // the fast path was taken, and answered every location without a refit (Akima: most)
                    Surface s = CrossValidation.pinned(m, values, data, Execution.defaults())
                            .fit(data);
                    LeaveOneOutPredictor shortcut =
                            assertInstanceOf(LeaveOneOutPredictor.class, s, what + ": no leave-one-out shortcut");
                    LeaveOneOutPredictor.Predictions p =
                            shortcut.predictLeaveOneOut(data, groups, groups.all(), Execution.defaults());
                    if (!m.name().equals("Akima")) {
                        assertEquals(0, p.refitted(), what + ": locations refitted");
                    } else if (n >= 300) {
                        // Akima refits locally; a location whose halo would reach the data's border is refitted,
                        // and so is (with the default preset) each location merged with a near-duplicate: the
                        // refit without it merges the others alone
                        int merged = (Integer) s.summary().diagnostics().get("nearDuplicatesMerged");
                        assertTrue(
                                p.refitted() < groups.count() / 4 + 2 * merged,
                                what + ": refitted " + p.refitted() + ", near-duplicates merged " + merged);
                    }
                    double largest = 0;
                    for (int i = 0; i < n; i++) {
                        double a = fast.predicted()[i];
                        double b = slow.predicted()[i];
                        assertEquals(Double.isNaN(b), Double.isNaN(a), what + " point " + i);
                        assertEquals(Double.isNaN(b), Double.isNaN(p.values()[i]), what + " point " + i);
                        if (!Double.isNaN(a)) {
                            assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)), what + " point " + i);
                            assertEquals(a, p.values()[i], 0.0, what + " point " + i);
                            largest = Math.max(largest, Math.abs(a - b) / Math.max(1, Math.abs(b)));
                        }
                    }
                    System.out.printf(
                            "leave-one-out %s: largest difference from refitting %.3g (%d of %d predicted, %d of %d"
                                    + " locations refitted)%n",
                            what, largest, fast.summary().predicted(), n, p.refitted(), groups.count());
                    // without extrapolation the hull's points have no value in a fit without them
                    assertTrue(fast.summary().predicted() > 0.5 * n, what + " predicted " + fast.summary());
                }
            }
        }
    }

    @Test
    void samplesAtOneLocationShareAFoldAndFoldsFollowTheSeed() {
        PointSet data = noisyWithDuplicates(300, 5);
        LocationGroups groups = LocationGroups.of(data);
        assertTrue(groups.count() < data.size(), "the set has duplicates");
        InterpolationMethod idw = Methods.get("Shepard");
        Map<String, Object> v = Map.of("mode", "IDW");
        CrossValidationResult a = CrossValidation.run(idw, v, data, 5, 42, Execution.defaults());
        CrossValidationResult b = CrossValidation.run(idw, v, data, 5, 42, Execution.defaults());
        CrossValidationResult c = CrossValidation.run(idw, v, data, 5, 43, Execution.defaults());
        int[] size = new int[5];
        for (int i = 0; i < data.size(); i++) {
            assertEquals(a.fold()[groups.member(groups.of(i), 0)], a.fold()[i], "point " + i);
            size[a.fold()[i]]++;
        }
        for (int f = 0; f < 5; f++) {
            assertTrue(size[f] > 40, "fold " + f + " holds " + size[f] + " points");
        }
        assertEquals(a.summary(), b.summary());
        assertNotEquals(java.util.Arrays.toString(a.fold()), java.util.Arrays.toString(c.fold()));
        // each fold's predictions equal a refit without that fold
        for (int f = 0; f < 5; f++) {
            boolean[] leave = new boolean[data.size()];
            for (int i = 0; i < leave.length; i++) {
                leave[i] = a.fold()[i] == f;
            }
            Surface s = idw.interpolator(a.parameters()).fit(CrossValidation.subset(data, leave));
            for (int i = 0; i < leave.length; i++) {
                if (leave[i]) {
                    assertEquals(s.value(data.x()[i], data.y()[i]), a.predicted()[i], 0.0);
                }
            }
        }
    }

    @Test
    void summaryFiguresAreTheUsualOnes() {
        double[] observed = {1, 2, 3, 4};
        double[] predicted = {1.5, 2, Double.NaN, 3};
        CrossValidationSummary s = CrossValidationSummary.of(observed, predicted);
        assertEquals(4, s.n());
        assertEquals(3, s.predicted());
        assertEquals(Math.sqrt((0.25 + 0 + 1) / 3), s.rmse(), 1e-15);
        assertEquals((0.5 + 0 + 1) / 3, s.mae(), 1e-15);
        assertEquals((-0.5 + 0 + 1) / 3, s.meanError(), 1e-15);
        double mean = (1 + 2 + 4) / 3.0;
        double tot = (1 - mean) * (1 - mean) + (2 - mean) * (2 - mean) + (4 - mean) * (4 - mean);
        assertEquals(1 - 1.25 / tot, s.r2(), 1e-15);
    }

    @Test
    void badRequestsNameTheParameter() {
        PointSet data = noisyWithDuplicates(30, 1);
        InterpolationMethod m = Methods.get("Shepard");
        assertEquals(
                "folds: must be 0 (leave-one-out) or at least 2, got -1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CrossValidation.run(m, Map.of(), data, -1, 0, Execution.defaults()))
                        .getMessage());
        assertEquals(
                "folds: must be 0 (leave-one-out) or at least 2, got 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CrossValidation.run(m, Map.of(), data, 1, 0, Execution.defaults()))
                        .getMessage());
        String many = assertThrows(
                        IllegalArgumentException.class,
                        () -> CrossValidation.run(m, Map.of(), data, 500, 0, Execution.defaults()))
                .getMessage();
        assertTrue(many.startsWith("folds: 500 folds need at least 500 distinct locations, the data have"), many);
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> CrossValidation.run(m, Map.of("power", "2"), data, 0, 0, Execution.defaults()))
                .getMessage()
                .startsWith("parameters: Shepard has no parameter 'power'"));
        assertEquals(
                "exponent: 'two' is not a number",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CrossValidation.run(
                                        m, Map.of("exponent", "two"), data, 0, 0, Execution.defaults()))
                        .getMessage());
    }

    @Test
    void autoTuneNeverLosesToTheDefaultAndIgnoresUnits() {
        PointSet metres = noisyWithDuplicates(300, 11);
        double[] xk = metres.x().clone();
        double[] yk = metres.y().clone();
        for (int i = 0; i < xk.length; i++) {
            xk[i] /= 1000;
            yk[i] /= 1000;
        }
        PointSet km = PointSet.of2D(xk, yk, metres.values());
        Set<String> tuned = new HashSet<>();
        for (InterpolationMethod m : Methods.all()) {
            AutoTune.Choice inM = AutoTune.tune(m, Map.of(), metres, 1, Execution.defaults());
            AutoTune.Choice inKm = AutoTune.tune(m, Map.of(), km, 1, Execution.defaults());
            // never worse: as many points predicted or more, and then an RMSE no larger
            assertTrue(
                    inM.unpredicted() < inM.defaultUnpredicted()
                            || (inM.unpredicted() == inM.defaultUnpredicted() && inM.rmse() <= inM.defaultRmse()),
                    m.name() + ": " + inM.describe());
            assertEquals(inM.rmse(), inKm.rmse(), 1e-9 * inM.rmse(), m.name() + " in m and km");
            assertEquals(inM.chosen().keySet(), inKm.chosen().keySet(), m.name());
            if (!inM.chosen().isEmpty()) {
                tuned.add(m.name());
            }
        }
        assertTrue(tuned.size() >= 2, "tuning changed something for " + tuned);
    }
}
