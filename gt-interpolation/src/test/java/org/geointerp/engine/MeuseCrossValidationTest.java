package org.geointerp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation on real field data (the Meuse zinc survey, ln(zinc)) against an independent tool: gstat's
 * {@code krige.cv} per-point predictions (test resources {@code reference/loo/meuse_gstat.csv}, made by
 * {@code benchmarks/scripts/loo_gstat.R}).
 */
class MeuseCrossValidationTest {

    private static PointSet meuse;
    private static double[] gstatIdw10;
    private static double[] gstatIdwAll;
    private static double[] gstatKriging;

    private static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = MeuseCrossValidationTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.replace("\"", "").split(","))
                    .toList();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        List<String[]> rows = csv("/real/meuse/meuse_points.csv");
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Double.parseDouble(rows.get(i)[0]);
            y[i] = Double.parseDouble(rows.get(i)[1]);
            z[i] = Double.parseDouble(rows.get(i)[3]);
        }
        meuse = PointSet.of2D(x, y, z);
        List<String[]> g = csv("/reference/loo/meuse_gstat.csv");
        gstatIdw10 = new double[n];
        gstatIdwAll = new double[n];
        gstatKriging = new double[n];
        for (String[] r : g) {
            int i = Integer.parseInt(r[0]);
            gstatIdw10[i] = Double.parseDouble(r[2]);
            gstatIdwAll[i] = Double.parseDouble(r[3]);
            gstatKriging[i] = Double.parseDouble(r[4]);
        }
    }

    private static CrossValidationResult idw(int neighbours) {
        // plain inverse distance weighting, power 2, exactly the given number of nearest points (a radius wider
        // than the survey, so that C' is always the fixed count): gstat's idw with nmax
        return CrossValidation.run(
                Methods.get("Shepard"),
                Map.of(
                        "mode",
                        "IDW",
                        "exponent",
                        2.0,
                        "minNeighbours",
                        neighbours,
                        "maxNeighbours",
                        neighbours,
                        "radius",
                        1e9),
                meuse,
                0,
                1,
                Execution.defaults());
    }

    @Test
    void idwWithTheTenNearestEqualsGstatPointByPoint() {
        CrossValidationResult ours = idw(10);
        for (int i = 0; i < meuse.size(); i++) {
            assertEquals(gstatIdw10[i], ours.predicted()[i], 1e-9, "point " + i);
        }
        assertEquals(0.4501, ours.summary().rmse(), 5e-5);
    }

    @Test
    void idwWithAllPointsEqualsGstatPointByPoint() {
        CrossValidationResult ours = idw(meuse.size() - 1);
        for (int i = 0; i < meuse.size(); i++) {
            assertEquals(gstatIdwAll[i], ours.predicted()[i], 1e-9, "point " + i);
        }
        assertEquals(0.5138, ours.summary().rmse(), 5e-5);
    }

    @Test
    void autoTunedBestMethodIsWithinFivePercentOfKriging() {
        double kriging = CrossValidationSummary.of(meuse.values(), gstatKriging).rmse();
        assertEquals(0.3918, kriging, 5e-5);
        double best = Double.POSITIVE_INFINITY;
        StringBuilder table = new StringBuilder();
        for (InterpolationMethod m : Methods.all()) {
            // every point gets a value, so that the figures compare with gstat's (which predicts all 155)
            Map<String, Object> values = m.name().equals("Clusterpolate") ? Map.of() : extrapolating(m);
            CrossValidationResult plain = CrossValidation.run(m, values, meuse, 0, 1, Execution.defaults());
            AutoTune.Choice choice = AutoTune.tune(m, values, meuse, 1, Execution.defaults());
            CrossValidationResult tuned = CrossValidation.run(m, choice.given(), meuse, 0, 1, Execution.defaults());
            table.append(String.format(
                    "%s: default %.4f (%d predicted), autoTune %.4f (%d) %s%n",
                    m.name(),
                    plain.summary().rmse(),
                    plain.summary().predicted(),
                    tuned.summary().rmse(),
                    tuned.summary().predicted(),
                    choice.chosen()));
            // never worse than the default, on the points both predict
            assertTrue(tuned.summary().predicted() >= plain.summary().predicted(), m.name() + " predicts fewer points");
            if (tuned.summary().predicted() == plain.summary().predicted()) {
                assertTrue(tuned.summary().rmse() <= plain.summary().rmse() + 1e-12, table.toString());
            }
            if (tuned.summary().predicted() == meuse.size()) {
                best = Math.min(best, tuned.summary().rmse());
            }
        }
        System.out.print(table);
        assertTrue(best <= 1.05 * kriging, "best autoTuned RMSE " + best + " vs kriging " + kriging + "\n" + table);
    }

    private static Map<String, Object> extrapolating(InterpolationMethod m) {
        return m.parameters().stream().anyMatch(p -> p.name().equals("extrapolate"))
                ? Map.of("extrapolate", true)
                : Map.of();
    }
}
