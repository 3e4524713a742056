package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geointerp.cli.CommandLineTest.Run;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.purbf.Kernel;
import org.geointerp.engine.purbf.PartitionOfUnityRbf;
import org.geointerp.engine.purbf.PuRbfModel;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geointerp.process.PartitionOfUnityRBFProcess;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code purbf} sub-command: 2D through the process, 3D per z level and at given points, and its errors. */
class PuRbfCommandTest {

    static final Path FRANKE = Path.of("..", "sample-data", "franke_dps1_f1.csv");
    static final Path CYLINDER = Path.of("..", "sample-data", "purbf_cylinder_f3d.csv");
    static final double[] BOX = {500000, 5000000, 510000, 5010000};
    static final float NODATA = -9999f;

    @TempDir
    Path tmp;

    static Raster readTif(Path tif, int bands) throws Exception {
        GeoTiffReader reader = new GeoTiffReader(tif.toFile());
        try {
            GridCoverage2D c = reader.read(null);
            assertEquals(bands, c.getNumSampleDimensions());
            assertEquals(Integer.valueOf(32633), CRS.lookupEpsgCode(c.getCoordinateReferenceSystem2D(), true));
            return c.getRenderedImage().getData();
        } finally {
            reader.dispose();
        }
    }

    /** The x, y, (z,) value columns of one of the sample CSV files, parsed here and not by the command. */
    static PointSet readPoints(Path csv, int dim) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int n = lines.size() - 1;
        double[][] axes = new double[dim][n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            for (int a = 0; a < dim; a++) {
                axes[a][i] = Double.parseDouble(f[a]);
            }
            v[i] = Double.parseDouble(f[dim]);
        }
        return new PointSet(axes, v);
    }

    static String bbox() {
        return BOX[0] + "," + BOX[1] + "," + BOX[2] + "," + BOX[3];
    }

    /** Raster of the process run directly on the same features and parameters. */
    private Raster processRaster(Kernel kernel, Double shape, Double patchSpacing, boolean extrapolate, int w, int h)
            throws Exception {
        SimpleFeatureCollection data = FeatureFiles.read(FRANKE, "x", "y", "value", Crs.decode("--crs", "EPSG:32633"));
        ReferencedEnvelope env = new ReferencedEnvelope(
                BOX[0], BOX[2], BOX[1], BOX[3], data.getSchema().getCoordinateReferenceSystem());
        Map<String, Object> in = new HashMap<>(
                Map.of("data", data, "valueAttr", "value", "outputBBOX", env, "outputWidth", w, "outputHeight", h));
        in.put("noDataValue", (double) NODATA);
        in.put("extrapolate", extrapolate);
        // null leaves the process's default, as the command does
        in.put("kernel", kernel);
        in.put("shapeParameter", shape);
        in.put("patchSpacing", patchSpacing);
        GridCoverage2D c = (GridCoverage2D)
                new PartitionOfUnityRBFProcess().execute(in, null).get("result");
        return c.getRenderedImage().getData();
    }

    private static void assertSameRaster(Raster expected, Raster actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int values = 0;
        for (int row = 0; row < expected.getHeight(); row++) {
            for (int col = 0; col < expected.getWidth(); col++) {
                float e = expected.getSampleFloat(col, row, 0);
                assertEquals(e, actual.getSampleFloat(col, row, 0), 0.0f, "cell " + col + "," + row);
                values += e != NODATA ? 1 : 0;
            }
        }
        assertTrue(values > expected.getWidth() * expected.getHeight() / 4, "mostly values, got " + values);
    }

    @Test
    void twoDimensionalGeoTiffEqualsTheProcessOutput() throws Exception {
        Path base = tmp.resolve("out/franke");
        Run r = CommandLineTest.run(
                "purbf",
                "-i",
                FRANKE.toString(),
                "--crs",
                "EPSG:32633",
                "--bbox",
                bbox(),
                "-W",
                "40",
                "-o",
                base.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("franke.tif"), r.out());
        Raster expected = processRaster(null, null, null, false, 40, 40);
        assertSameRaster(expected, readTif(tmp.resolve("out/franke.tif"), 1));
        assertTrue(Files.size(tmp.resolve("out/franke.png")) > 100);
        CommandLineTest.gdalReads(tmp.resolve("out/franke.tif"), 40, 40, "-9999");
    }

    @Test
    void twoDimensionalOptionsReachTheProcess() throws Exception {
        Path base = tmp.resolve("tiled");
        Run r = CommandLineTest.run(
                "purbf",
                "-i",
                FRANKE.toString(),
                "--crs",
                "EPSG:32633",
                "--bbox",
                bbox(),
                "-W",
                "30",
                "--kernel",
                "WENDLAND_C2",
                "--shape",
                "0.08",
                "--patch-spacing",
                "2500",
                "--extrapolate",
                "--format",
                "TIF",
                "-o",
                base.toString());
        assertEquals(0, r.code(), r.err());
        Raster expected = processRaster(Kernel.WENDLAND_C2, 0.08, 2500.0, true, 30, 30);
        Raster actual = readTif(tmp.resolve("tiled.tif"), 1);
        assertSameRaster(expected, actual);
        // and the options made a difference: the default run differs
        Raster defaults = processRaster(null, null, null, false, 30, 30);
        boolean differs = false;
        for (int row = 0; row < 30 && !differs; row++) {
            for (int col = 0; col < 30 && !differs; col++) {
                differs = defaults.getSampleFloat(col, row, 0) != actual.getSampleFloat(col, row, 0);
            }
        }
        assertTrue(differs);
    }

    @Test
    void zLevelsWriteOneBandPerLevelEqualToTheEngine() throws Exception {
        double[] levels = {1000, 5000, 9000};
        int w = 20;
        int h = 16;
        Path base = tmp.resolve("levels");
        Run r = CommandLineTest.run(
                "purbf",
                "-i",
                CYLINDER.toString(),
                "--crs",
                "EPSG:32633",
                "--z-column",
                "z",
                "--z-levels",
                "1000,5000,9000",
                "--bbox",
                bbox(),
                "-W",
                String.valueOf(w),
                "-H",
                String.valueOf(h),
                "-o",
                base.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 bands"), r.out());
        for (String level : new String[] {"1000", "5000", "9000"}) {
            assertTrue(javax.imageio.ImageIO.read(
                                    tmp.resolve("levels_z" + level + ".png").toFile())
                            .getWidth()
                    > w);
            assertTrue(Files.readAllLines(tmp.resolve("levels_z" + level + ".asc"))
                    .get(0)
                    .equals("ncols " + w));
        }
        Raster raster = readTif(tmp.resolve("levels.tif"), 3);
        assertEquals(w, raster.getWidth());
        assertEquals(h, raster.getHeight());

        PuRbfModel model = PartitionOfUnityRbf.fit(readPoints(CYLINDER, 3), PuRbfOptions.defaults());
        double dx = (BOX[2] - BOX[0]) / w;
        double dy = (BOX[3] - BOX[1]) / h;
        int checked = 0;
        int outside = 0;
        for (int b = 0; b < levels.length; b++) {
            for (int[] cell : new int[][] {{10, 8}, {3, 5}, {15, 12}, {7, 2}, {0, 0}, {19, 15}}) {
                int col = cell[0];
                int row = cell[1];
                double x = BOX[0] + (col + 0.5) * dx;
                double y = BOX[3] - (row + 0.5) * dy;
                double v = model.value(x, y, levels[b]);
                float got = raster.getSampleFloat(col, row, b);
                if (Double.isNaN(v)) {
                    assertEquals(NODATA, got, 0.0f, "outside the hull at " + col + "," + row);
                    outside++;
                } else {
                    assertEquals((float) v, got, 0.0f, "band " + b + " cell " + col + "," + row);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, "cells with values checked: " + checked);
        assertTrue(outside >= 1, "the box corners lie outside the cylinder: " + outside);
        CommandLineTest.gdalReads(tmp.resolve("levels.tif"), w, h, "-9999");
    }

    @Test
    void atWritesOneValuePerRowEqualToTheEngine() throws Exception {
        double[][] q = {
            {505000, 5005000, 5000},
            {503210.5, 5004120.25, 1234.5},
            {507777, 5006000, 8800},
            {505000, 5005000, 5000},
            {500001, 5000001, 100},
            {504000, 5006000, 20000}
        };
        StringBuilder s = new StringBuilder("label,z,y,x\n");
        for (int i = 0; i < q.length; i++) {
            s.append(String.format(Locale.ROOT, "p%d,%s,%s,%s%n", i, q[i][2], q[i][1], q[i][0]));
        }
        Path at = tmp.resolve("at.csv");
        Files.writeString(at, s);
        Path base = tmp.resolve("points");
        Run r = CommandLineTest.run(
                "purbf", "-i", CYLINDER.toString(), "--z-column", "z", "--at", at.toString(), "-o", base.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("points.csv"));
        assertEquals("x,y,z,value", lines.get(0));
        assertEquals(q.length + 1, lines.size());

        PuRbfModel model = PartitionOfUnityRbf.fit(readPoints(CYLINDER, 3), PuRbfOptions.defaults());
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < q.length; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            assertEquals(4, f.length, lines.get(i + 1));
            for (int a = 0; a < 3; a++) {
                assertEquals(q[i][a], Double.parseDouble(f[a]), 0.0);
            }
            double v = model.value(q[i]);
            if (Double.isNaN(v)) {
                assertEquals("", f[3]);
                empty.add(i);
            } else {
                assertEquals(v, Double.parseDouble(f[3]), 0.0, "row " + i);
            }
        }
        // the box corner and the point above the cylinder are outside its hull; the others inside
        assertEquals(List.of(4, 5), empty);

        Run extra = CommandLineTest.run(
                "purbf",
                "-i",
                CYLINDER.toString(),
                "--z-column",
                "z",
                "--at",
                at.toString(),
                "--extrapolate",
                "-o",
                base.toString());
        assertEquals(0, extra.code(), extra.err());
        for (String line : Files.readAllLines(tmp.resolve("points.csv")).subList(1, q.length + 1)) {
            assertTrue(Double.isFinite(Double.parseDouble(line.split(",", -1)[3])), line);
        }
    }

    @Test
    void badInputGivesOneLineErrorsNamingTheOption() throws Exception {
        String out = tmp.resolve("x").toString();
        String cyl = CYLINDER.toString();
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "height", "--z-levels", "1", "-o", out),
                "error: --z-column: --input " + cyl + " has no column 'height'; columns are [x, y, z, value]");
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "--z-levels", "1,2", "--at", cyl, "-o", out),
                "error: --z-levels, --at: with --z-column give exactly one of them, got both");
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "-o", out),
                "error: --z-levels, --at: with --z-column give exactly one of them, got neither");
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-levels", "1", "-o", out),
                "error: --z-levels/--at: need --z-column (3D input)");
        Run level = CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "--z-levels", "1000,abc", "-o", out);
        assertEquals(2, level.code());
        assertTrue(level.err().startsWith("error: Invalid value for option '--z-levels'"), level.err());
        assertTrue(level.err().contains("'abc'"), level.err());
        assertEquals(1, level.err().strip().lines().count(), level.err());
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "--z-levels", "1000,NaN", "-o", out),
                "error: --z-levels: level 'NaN' is not a finite number");
        Path at = tmp.resolve("bad_at.csv");
        Files.writeString(at, "x,y,z\n505000,5005000,10\n505000,5005000,high\n");
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "--at", at.toString(), "-o", out),
                "error: --at: " + at + " line 3: column 'z' is not a finite number: 'high'");
        Path noZ = tmp.resolve("no_z.csv");
        Files.writeString(noZ, "x,y\n505000,5005000\n");
        assertError(
                CommandLineTest.run("purbf", "-i", cyl, "--z-column", "z", "--at", noZ.toString(), "-o", out),
                "error: --z-column: --at " + noZ + " has no column 'z'; columns are [x, y]");
        assertError(
                CommandLineTest.run(
                        "purbf", "-i", FRANKE.toString(), "--crs", "EPSG:32633", "--lambda", "-1", "-o", out),
                "error: lambda: must be a finite number >= 0, got -1.0");
        // --exact-at-data reaches the 2D process and the 3D engine, which both refuse it with smoothing
        String both = "exactAtData: asks for a surface through the data, but lambda = 0.1 asks for smoothing; use one"
                + " of them";
        assertError(
                CommandLineTest.run(
                        "purbf",
                        "-i",
                        FRANKE.toString(),
                        "--crs",
                        "EPSG:32633",
                        "--lambda",
                        "0.1",
                        "--exact-at-data",
                        "-o",
                        out),
                "error: " + both);
        assertError(
                CommandLineTest.run(
                        "purbf",
                        "-i",
                        cyl,
                        "--z-column",
                        "z",
                        "--z-levels",
                        "1000",
                        "--lambda",
                        "0.1",
                        "--exact-at-data",
                        "-o",
                        out),
                "error: " + both);
    }

    private static void assertError(Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(expected, r.err().strip());
    }
}
