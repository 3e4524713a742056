package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.CrossValidationResult;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geointerp cv}: the table's figures are the engine's, the best is marked, residual files are written. */
class CrossValidateCommandTest {

    @TempDir
    Path tmp;

    /** The sample file's points, read the obvious way. */
    private static PointSet sample() throws Exception {
        List<String> lines = Files.readAllLines(CommandLineTest.SAMPLE);
        List<String> header = List.of(lines.get(0).split(","));
        int xi = header.indexOf("x");
        int yi = header.indexOf("y");
        int vi = header.indexOf("value");
        int n = lines.size() - 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            x[i] = Double.parseDouble(f[xi]);
            y[i] = Double.parseDouble(f[yi]);
            v[i] = Double.parseDouble(f[vi]);
        }
        return PointSet.of2D(x, y, v);
    }

    @Test
    void tableHoldsTheEnginesFiguresAndMarksTheBest() throws Exception {
        Path base = tmp.resolve("cv/franke");
        CommandLineTest.Run r = CommandLineTest.run(
                "cv",
                "-i",
                CommandLineTest.SAMPLE.toString(),
                "--crs",
                "EPSG:32633",
                "--methods",
                "Shepard,Clusterpolate",
                "--set",
                "Clusterpolate.radius=2500",
                "--residuals",
                base.toString());
        assertEquals(0, r.code(), r.err());
        PointSet data = sample();
        CrossValidationResult shepard =
                CrossValidation.run(Methods.get("Shepard"), Map.of(), data, 0, 1, Execution.defaults());
        CrossValidationResult cluster = CrossValidation.run(
                Methods.get("Clusterpolate"), Map.of("radius", 2500.0), data, 0, 1, Execution.defaults());
        String out = r.out();
        String shepardRow = out.lines()
                .filter(l -> l.matches("^[* ] Shepard .*"))
                .findFirst()
                .orElseThrow();
        String clusterRow = out.lines()
                .filter(l -> l.matches("^[* ] Clusterpolate .*"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                shepardRow.contains(
                        String.format(Locale.ROOT, "%9.4g", shepard.summary().rmse())),
                shepardRow);
        assertTrue(
                clusterRow.contains(
                        String.format(Locale.ROOT, "%9.4g", cluster.summary().rmse())),
                clusterRow);
        boolean shepardBest = shepard.summary().rmse() < cluster.summary().rmse();
        assertEquals(shepardBest, shepardRow.startsWith("*"), out);
        assertEquals(!shepardBest, clusterRow.startsWith("*"), out);
        assertTrue(clusterRow.contains("radius=2500"), clusterRow);
        List<String> csv = Files.readAllLines(tmp.resolve("cv/franke_Shepard.csv"));
        assertEquals("x,y,observed,predicted,residual,fold", csv.get(0));
        assertEquals(data.size() + 1, csv.size());
        String[] first = csv.get(1).split(",");
        assertEquals(shepard.residual(0), Double.parseDouble(first[4]), 1e-12);
        assertTrue(Files.size(tmp.resolve("cv/franke_Clusterpolate.png")) > 1000);
    }

    @Test
    void badSettingsAreOneLineNamingTheOption() {
        CommandLineTest.Run r =
                CommandLineTest.run("cv", "-i", CommandLineTest.SAMPLE.toString(), "--set", "Shepard.power=2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: parameters: Shepard has no parameter 'power'"), r.err());
        CommandLineTest.Run folds = CommandLineTest.run("cv", "-i", CommandLineTest.SAMPLE.toString(), "--folds", "-3");
        assertEquals(2, folds.code());
        assertTrue(folds.err().contains("folds: must be 0 (leave-one-out) or at least 2, got -3"), folds.err());
    }

    @Test
    void autoOnAMethodCommandPrintsTheChoiceAndNeverLosesToTheDefault() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run(
                "clusterpolate",
                "-i",
                CommandLineTest.SAMPLE.toString(),
                "--crs",
                "EPSG:32633",
                "--bbox",
                "500000,5000000,510000,5010000",
                "-W",
                "40",
                "--format",
                "TIF",
                "--auto",
                "-o",
                tmp.resolve("auto/c").toString());
        assertEquals(0, r.code(), r.err());
        String line = r.out()
                .lines()
                .filter(l -> l.startsWith("autoTune: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RMSE ([0-9.eE+-]+) \\(defaults ([0-9.eE+-]+)\\)")
                .matcher(line);
        assertTrue(m.find(), line);
        assertTrue(Double.parseDouble(m.group(1)) <= Double.parseDouble(m.group(2)), line);
    }
}
