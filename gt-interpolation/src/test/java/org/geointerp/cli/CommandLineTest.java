package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    static final Path SAMPLE = Path.of("..", "sample-data", "franke_dps1_f1.csv");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Records a process skips reach the command line's user as warnings (as they reach WPS and OGC API clients):
     * here two rows without a number in the value column.
     */
    @Test
    void skippedRecordsAreReportedAsWarnings() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,v\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            csv.append(1000 * r.nextDouble())
                    .append(',')
                    .append(1000 * r.nextDouble())
                    .append(',');
            csv.append(i == 7 ? "" : i == 21 ? "n/a" : String.valueOf(r.nextDouble()))
                    .append('\n');
        }
        Path in = tmp.resolve("gaps.csv");
        Files.writeString(in, csv);
        Run run = run(
                "shepard",
                "-i",
                in.toString(),
                "--value-column",
                "v",
                "--crs",
                "EPSG:32633",
                "--bbox",
                "0,0,1000,1000",
                "-W",
                "20",
                "-o",
                tmp.resolve("gaps").toString(),
                "--format",
                "ASC");
        assertEquals(0, run.code(), run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains("warning: ") && all.contains("38 of 40 features used; skipped 2 with null value"), all);
    }

    @Test
    void shepardWritesGeoTiffAsciiGridAndPngThatAgree() throws Exception {
        Path base = tmp.resolve("out/franke");
        Run r = run(
                "shepard",
                "-i",
                SAMPLE.toString(),
                "--crs",
                "EPSG:32633",
                "-o",
                base.toString(),
                "--bbox",
                "500000,5000000,510000,5008000",
                "-W",
                "50",
                "--nodata",
                "-32000");
        assertEquals(0, r.code(), r.err());
        Path tif = tmp.resolve("out/franke.tif");
        Path asc = tmp.resolve("out/franke.asc");
        assertTrue(Files.size(tmp.resolve("out/franke.png")) > 100);
        GeoTiffReader reader = new GeoTiffReader(tif.toFile());
        GridCoverage2D c = reader.read(null);
        assertEquals(Integer.valueOf(32633), CRS.lookupEpsgCode(c.getCoordinateReferenceSystem2D(), true));
        assertEquals(-32000.0, CoverageUtilities.getNoDataProperty(c).getAsSingleValue(), 0.0);
        Raster raster = c.getRenderedImage().getData();
        assertEquals(50, raster.getWidth());
        assertEquals(40, raster.getHeight(), "height follows the bbox for square cells");
        List<String> lines = Files.readAllLines(asc);
        assertEquals("ncols 50", lines.get(0));
        assertEquals("nrows 40", lines.get(1));
        assertEquals("xllcorner 500000", lines.get(2));
        assertEquals("yllcorner 5000000", lines.get(3));
        assertEquals("cellsize 200", lines.get(4));
        assertEquals("NODATA_value -32000", lines.get(5));
        for (int row = 0; row < 40; row++) {
            String[] cells = lines.get(6 + row).split(" ");
            assertEquals(50, cells.length);
            for (int col = 0; col < 50; col++) {
                assertEquals(raster.getSampleFloat(col, row, 0), Float.parseFloat(cells[col]), 0.0);
            }
        }
        reader.dispose();
        gdalReads(tif, 50, 40, "-32000");
    }

    /**
     * GDAL, which QGIS uses to open rasters, reads size, CRS and nodata. On CI (where .ci/run installs gdal-bin) a
     * missing gdalinfo is a failure; on a developer machine without it the check is skipped.
     */
    static void gdalReads(Path tif, int w, int h, String noData) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Process p;
        try {
            p = new ProcessBuilder("gdalinfo", "-stats", tif.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            if (ci) {
                throw new AssertionError("gdalinfo is required on CI (apt-get install gdal-bin)", e);
            }
            org.junit.jupiter.api.Assumptions.abort("gdalinfo not installed");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String info = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), info);
        assertTrue(info.contains("Size is " + w + ", " + h), info);
        assertTrue(info.contains("ID[\"EPSG\",32633]"), info);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("NoData Value=(\\S+)").matcher(info);
        assertTrue(m.find(), info);
        assertEquals(Double.parseDouble(noData), Double.parseDouble(m.group(1)), 0.0, info);
        assertTrue(info.contains("Type=Float32"), info);
    }

    /** The README's demo: every registered method runs on the bundled data and writes its files. */
    @Test
    void demoRunsEveryMethodOnTheSampleData() throws Exception {
        java.util.Set<String> commands = new java.util.HashSet<>();
        for (String[] run : DemoCommand.runs()) {
            commands.add(run[0]);
        }
        java.util.Map<String, String> commandOf = java.util.Map.of(
                "Shepard",
                "shepard",
                "Akima",
                "akima",
                "Clusterpolate",
                "clusterpolate",
                "PartitionOfUnityRBF",
                "purbf",
                "CrossValidation",
                "cv");
        for (org.geotools.api.feature.type.Name name :
                new org.geointerp.process.InterpolationProcessFactory().getNames()) {
            String command = commandOf.get(name.getLocalPart());
            assertTrue(command != null && commands.contains(command), "the demo runs " + name);
        }
        Path out = tmp.resolve("demo");
        Run r = run("demo", "--data", SAMPLE.getParent().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String[] run : DemoCommand.runs()) {
            int o = java.util.Arrays.asList(run).indexOf("-o");
            String base =
                    Path.of(run[o + 1].replace("{out}/", "")).getFileName().toString();
            try (var files = Files.list(out)) {
                assertTrue(
                        files.anyMatch(f -> f.getFileName().toString().startsWith(base + ".")
                                || f.getFileName().toString().startsWith(base + "_")),
                        "demo output for " + base);
            }
        }
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run("shepard", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {
            "--input",
            "--x-column",
            "--y-column",
            "--value-column",
            "--crs",
            "--output",
            "--format",
            "--bbox",
            "--output-crs",
            "--width",
            "--height",
            "--nodata",
            "--range",
            "--mode",
            "--min-neighbours",
            "--max-neighbours",
            "--radius",
            "--no-direction",
            "--no-slopes",
            "--slope-scale",
            "--exponent"
        }) {
            assertTrue(r.out().contains(option), "help mentions " + option + ":\n" + r.out());
        }
    }

    @Test
    void badInputGivesOneLineErrorsNamingTheOption() throws Exception {
        Run crs = run(
                "shepard",
                "-i",
                SAMPLE.toString(),
                "--crs",
                "EPSG:999999",
                "-o",
                tmp.resolve("x").toString());
        assertEquals(2, crs.code());
        assertTrue(crs.err().startsWith("error: --crs: unknown CRS 'EPSG:999999'"), crs.err());
        Run column = run(
                "shepard",
                "-i",
                SAMPLE.toString(),
                "-v",
                "height",
                "-o",
                tmp.resolve("x").toString());
        assertEquals(2, column.code());
        assertTrue(column.err().contains("has no column 'height'; columns are [x, y, value]"), column.err());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "x,y,value\n1,2,3\n1,oops,4\n");
        Run row = run("shepard", "-i", bad.toString(), "-o", tmp.resolve("x").toString());
        assertTrue(row.err().contains("line 3: column 'y' is not a finite number: 'oops'"), row.err());
        Run noCrs =
                run("shepard", "-i", SAMPLE.toString(), "-o", tmp.resolve("x").toString(), "-W", "20");
        assertTrue(noCrs.err().contains("GeoTIFF needs a projected or geographic CRS"), noCrs.err());
    }

    /** Values the float32 output cannot hold, and a value column without a number, name the option (issue 16). */
    @Test
    void valuesBeyondFloat32AndAColumnWithoutNumbersAreRefusedNamingTheOption() throws Exception {
        Path huge = tmp.resolve("huge.csv");
        Files.writeString(huge, "x,y,z\n0,0,1\n10,0,1e308\n0,10,-1e308\n10,10,4\n5,5,1e39\n");
        Run r = run(
                "shepard",
                "-i",
                huge.toString(),
                "-v",
                "z",
                "-o",
                tmp.resolve("h").toString(),
                "-W",
                "5");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --input: 3 features have a 'z' beyond the 32-bit float range"), r.err());
        assertTrue(r.err().contains("feature 1: 1.0E308, feature 2: -1.0E308, feature 4: 1.0E39"), r.err());
        assertFalse(Files.exists(tmp.resolve("h.tif")));
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "x,y,z\n0,0,\n10,0,\n0,10,n/a\n");
        Run e = run(
                "shepard",
                "-i",
                empty.toString(),
                "-v",
                "z",
                "-o",
                tmp.resolve("e").toString(),
                "-W",
                "5");
        assertEquals(2, e.code(), e.err());
        assertEquals(
                "error: --value-column: attribute 'z' has no numeric values: 3 of 3 features have it null, 0 NaN",
                e.err().strip());
    }

    @Test
    void geoJsonPointsInLongitudeLatitudeToUtm() throws Exception {
        Path json = tmp.resolve("pts.geojson");
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        double[][] pts = {{15.0, 45.0, 1}, {15.1, 45.0, 2}, {15.0, 45.1, 3}, {15.1, 45.1, 4}, {15.05, 45.05, 10}};
        for (int i = 0; i < pts.length; i++) {
            sb.append(i > 0 ? "," : "")
                    .append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(pts[i][0])
                    .append(',')
                    .append(pts[i][1])
                    .append("]},\"properties\":{\"t\":")
                    .append(pts[i][2])
                    .append(",\"name\":\"s")
                    .append(i)
                    .append("\"}}");
        }
        Files.writeString(json, sb.append("]}").toString());
        Run r = run(
                "shepard",
                "-i",
                json.toString(),
                "-v",
                "t",
                "--output-crs",
                "EPSG:32633",
                "-W",
                "30",
                "-o",
                tmp.resolve("geo").toString(),
                "--format",
                "TIF");
        assertEquals(0, r.code(), r.err());
        GeoTiffReader reader = new GeoTiffReader(tmp.resolve("geo.tif").toFile());
        GridCoverage2D c = reader.read(null);
        // the centre station (value 10) lies inside the UTM extent of the data: the surface peaks there
        double max = Double.NEGATIVE_INFINITY;
        Raster raster = c.getRenderedImage().getData();
        for (int row = 0; row < raster.getHeight(); row++) {
            for (int col = 0; col < raster.getWidth(); col++) {
                max = Math.max(max, raster.getSampleFloat(col, row, 0));
            }
        }
        // SYMAP may overshoot the data range [1, 10] by up to 10% of it (the paper's bound on slope increments)
        assertTrue(max > 8 && max <= 10.0 + 0.9, "peak near the centre station, got " + max);
        reader.dispose();
    }

    /**
     * {@code --discard-lsb}: GeoTools reads every cell within the stated bound of the lossless run's, the file says it
     * was rounded, and a bad value is refused before the run.
     */
    @Test
    void discardLsbRoundsWithinItsBoundAndABadValueIsRefused() throws Exception {
        String[] common = {
            "shepard", "-i", SAMPLE.toString(), "--crs", "EPSG:32633", "-W", "60", "--format", "TIF", "-o"
        };
        Path lossless = tmp.resolve("lossless");
        Path rounded = tmp.resolve("rounded");
        assertEquals(0, run(concat(common, lossless.toString())).code());
        Run r = run(concat(common, rounded.toString(), "--discard-lsb", "11"));
        assertEquals(0, r.code(), r.err());
        float[] exact = cells(Path.of(lossless + ".tif"));
        float[] got = cells(Path.of(rounded + ".tif"));
        double bound = Math.scalb(1.0, -13);
        int changed = 0;
        for (int i = 0; i < exact.length; i++) {
            double error = Math.abs((double) got[i] - exact[i]);
            assertTrue(error <= bound * Math.abs(exact[i]), "cell " + i + ": " + exact[i] + " written as " + got[i]);
            changed += error > 0 ? 1 : 0;
        }
        assertTrue(changed > exact.length / 2, changed + " of " + exact.length + " cells rounded");
        String tags =
                new String(Files.readAllBytes(Path.of(rounded + ".tif")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(tags.contains("<Item name=\"discardedMantissaBits\">11</Item>"), "metadata says so");

        Path bad = tmp.resolve("bad");
        Run refused = run(concat(common, bad.toString(), "--discard-lsb", "23"));
        assertEquals(2, refused.code());
        assertEquals(
                "error: --discard-lsb: must be 0 to 22 for float32 samples, got 23",
                refused.err().strip());
        assertFalse(Files.exists(Path.of(bad + ".tif")));
        Run help = run("shepard", "--help");
        assertTrue(help.out().contains("--discard-lsb") && help.out().contains("2^-(24-BITS)"), help.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static float[] cells(Path tif) throws Exception {
        GeoTiffReader reader = new GeoTiffReader(tif.toFile());
        try {
            Raster data = reader.read(null).getRenderedImage().getData();
            return data.getSamples(0, 0, data.getWidth(), data.getHeight(), 0, (float[]) null);
        } finally {
            reader.dispose();
        }
    }
}
