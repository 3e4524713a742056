package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.purbf.PartitionOfUnityRbf;
import org.geointerp.engine.purbf.PuRbfModel;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geotools.api.data.Query;
import org.geotools.api.feature.type.Name;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.grid.GridGeometry2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.feature.NameImpl;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.Process;
import org.geotools.process.ProcessException;
import org.geotools.process.Processors;
import org.geotools.process.RenderingProcess;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class PartitionOfUnityRBFProcessTest {

    static final Name NAME = new NameImpl("interpolation", "PartitionOfUnityRBF");

    static Map<String, Object> run(Map<String, Object> input) {
        Process p = Processors.createProcess(NAME);
        assertNotNull(p, "interpolation:PartitionOfUnityRBF must be found through Processors");
        return p.execute(input, null);
    }

    static Raster raster(Map<String, Object> input) {
        return ((GridCoverage2D) run(input).get("result")).getRenderedImage().getData();
    }

    /** Points on [x0, x0 + size]^2 (uniform random) with a smooth value. */
    static double[][] data(int n, long seed, double x0, double size) {
        Random r = new Random(seed);
        double[][] d = new double[3][n];
        for (int i = 0; i < n; i++) {
            d[0][i] = x0 + r.nextDouble() * size;
            d[1][i] = x0 + r.nextDouble() * size;
            d[2][i] = Math.cos((d[0][i] - x0) / (0.15 * size)) * Math.sin((d[1][i] - x0) / (0.09 * size));
        }
        return d;
    }

    @Test
    void valuesEqualTheEngineAtCellCentresAndNodataOutsideTheHull() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] d = data(400, 5, 500_000, 10_000);
        ReferencedEnvelope bbox = new ReferencedEnvelope(499_000, 511_000, 499_000, 511_000, utm);
        GridCoverage2D c = (GridCoverage2D) run(ShepardProcessTest.input(
                        TestFeatures.points(utm, d[0], d[1], TestFeatures.boxed(d[2])), bbox, 40, 30))
                .get("result");
        PuRbfModel m = PartitionOfUnityRbf.fit(PointSet.of2D(d[0], d[1], d[2]), PuRbfOptions.defaults());
        GridSpec g = new GridSpec(499_000, 499_000, 511_000, 511_000, 40, 30);
        Raster raster = c.getRenderedImage().getData();
        int nodata = 0;
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 40; col++) {
                double want = m.value(g.x(col), g.y(row));
                float got = raster.getSampleFloat(col, row, 0);
                if (Double.isNaN(want)) {
                    assertEquals(-9999f, got, 0f, "outside the hull at " + col + "," + row);
                    nodata++;
                } else {
                    assertEquals((float) want, got, 1e-6f * Math.max(1, Math.abs(got)), col + "," + row);
                }
            }
        }
        // the bbox is 1 km wider than the data on every side: its outer ring of cells lies outside the hull
        assertTrue(nodata >= 2 * 40 + 2 * 28, "nodata cells " + nodata);
        assertTrue(CRS.equalsIgnoreMetadata(utm, c.getCoordinateReferenceSystem2D()));
        assertEquals(-9999.0, CoverageUtilities.getNoDataProperty(c).getAsSingleValue(), 0.0);
        assertEquals(0, c.getProperty("interpolation.regularisedPatches"));
    }

    @Test
    void domainPolygonMasksAndExtrapolateFills() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] d = data(300, 7, 0, 1000);
        SimpleFeatureCollection fc = TestFeatures.points(utm, d[0], d[1], TestFeatures.boxed(d[2]));
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 1000, 0, 1000, utm);
        // the lower-left half-plane triangle x + y <= 1000
        Polygon triangle = TestFeatures.GF.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(1000, 0), new Coordinate(0, 1000), new Coordinate(0, 0)
        });
        Map<String, Object> in = ShepardProcessTest.input(fc, bbox, 20, 20);
        in.put("domain", triangle);
        Raster masked = raster(in);
        GridSpec g = new GridSpec(0, 0, 1000, 1000, 20, 20);
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                boolean inside = g.x(col) + g.y(row) <= 1000;
                float v = masked.getSampleFloat(col, row, 0);
                assertEquals(inside, v != -9999f, "cell " + col + "," + row + " = " + v);
            }
        }
        in.remove("domain");
        in.put("extrapolate", true);
        Raster filled = raster(in);
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                assertTrue(
                        Float.isFinite(filled.getSampleFloat(col, row, 0))
                                && filled.getSampleFloat(col, row, 0) != -9999f,
                        "cell " + col + "," + row);
            }
        }
    }

    @Test
    void exactAtDataPointsPlacedAtCellCentresAndSmoothingLeavesThem() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        GridSpec g = new GridSpec(0, 0, 100, 100, 25, 25);
        int n = 120;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        Random r = new Random(3);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int cell;
            do {
                cell = r.nextInt(25 * 25);
            } while (!used.add(cell));
            x[i] = g.x(cell % 25);
            y[i] = g.y(cell / 25);
            v[i] = Math.sin(x[i] / 17) + Math.cos(y[i] / 23) + 0.1 * r.nextGaussian();
        }
        Map<String, Object> in = ShepardProcessTest.input(
                TestFeatures.points(utm, x, y, TestFeatures.boxed(v)),
                new ReferencedEnvelope(0, 100, 0, 100, utm),
                25,
                25);
        in.put("lambda", 0.0);
        Raster exact = raster(in);
        in.put("lambda", 0.1);
        Raster smooth = raster(in);
        double moved = 0;
        for (int i = 0; i < n; i++) {
            int col = (int) Math.floor(x[i] / 4);
            int row = 24 - (int) Math.floor(y[i] / 4);
            assertEquals(v[i], exact.getSampleFloat(col, row, 0), 1e-5, "data point " + i);
            moved = Math.max(moved, Math.abs(v[i] - smooth.getSampleFloat(col, row, 0)));
        }
        assertTrue(moved > 1e-3, "lambda = 0.1 must move the surface off the noisy values, moved " + moved);
    }

    /**
     * Two adjacent tiles, each computed only from the features its invertQuery selects, equal the halves of one
     * request over both, when patchSpacing is fixed.
     */
    @Test
    void adjacentTilesFromInvertQueryJoinWithoutSeams() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] d = data(4000, 9, 0, 10_000);
        int n = d[0].length;
        SimpleFeatureCollection all = TestFeatures.points(utm, d[0], d[1], TestFeatures.boxed(d[2]));
        double spacing = 350;
        ReferencedEnvelope whole = new ReferencedEnvelope(2000, 6000, 3000, 5000, utm);
        Map<String, Object> in = ShepardProcessTest.input(all, whole, 80, 40);
        in.put("patchSpacing", spacing);
        Raster full = raster(in);

        FilterFactory ff = CommonFactoryFinder.getFilterFactory();
        RenderingProcess rendering = assertInstanceOf(RenderingProcess.class, Processors.createProcess(NAME));
        for (int tile = 0; tile < 2; tile++) {
            ReferencedEnvelope tileBox =
                    new ReferencedEnvelope(2000 + tile * 2000, 4000 + tile * 2000, 3000, 5000, utm);
            GridGeometry2D tileGrid = new GridGeometry2D(new GridEnvelope2D(0, 0, 40, 40), tileBox);
            Query renderer = new Query(
                    "obs",
                    ff.bbox(
                            "geom",
                            tileBox.getMinX(),
                            tileBox.getMinY(),
                            tileBox.getMaxX(),
                            tileBox.getMaxY(),
                            "EPSG:32633"));
            Map<String, Object> params = new HashMap<>();
            params.put("patchSpacing", spacing);
            Query widened = rendering.invertQuery(params, renderer, tileGrid);
            SimpleFeatureCollection seen = all.subCollection(widened.getFilter());
            assertTrue(seen.size() < n / 2, "the tile must read a subset of the layer, read " + seen.size());
            Map<String, Object> tin = ShepardProcessTest.input(seen, tileBox, 40, 40);
            tin.put("patchSpacing", spacing);
            Raster part = raster(tin);
            for (int row = 0; row < 40; row++) {
                for (int col = 0; col < 40; col++) {
                    float want = full.getSampleFloat(tile * 40 + col, row, 0);
                    assertTrue(want != -9999f, "inside the data, every cell has a value");
                    assertEquals(
                            want, part.getSampleFloat(col, row, 0), 1e-6, "tile " + tile + " cell " + col + "," + row);
                }
            }
        }
        // without a patch spacing, the tile query reads the whole layer
        Query renderer = new Query("obs", ff.bbox("geom", 2000, 3000, 4000, 5000, "EPSG:32633"));
        Query widened = rendering.invertQuery(
                new HashMap<>(), renderer, new GridGeometry2D(new GridEnvelope2D(0, 0, 40, 40), whole));
        assertEquals(n, all.subCollection(widened.getFilter()).size());
    }

    @Test
    void badInputGetsMessagesNamingTheParameter() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10, 0, 10, utm);
        SimpleFeatureCollection good = TestFeatures.points(
                utm, new double[] {1, 9, 1, 9, 5}, new double[] {1, 1, 9, 9, 5}, new Double[] {1.0, 2.0, 3.0, 4.0, 5.0
                });
        assertMessage(
                "data: no points",
                ShepardProcessTest.input(
                        TestFeatures.points(utm, new double[0], new double[0], new Double[0]), bbox, 10, 10));
        assertMessage(
                "needs at least 3 distinct points, got 2",
                ShepardProcessTest.input(
                        TestFeatures.points(
                                utm, new double[] {1, 2, 1}, new double[] {1, 5, 1}, new Double[] {1.0, 2.0, 3.0}),
                        bbox,
                        10,
                        10));
        Map<String, Object> shape = ShepardProcessTest.input(good, bbox, 10, 10);
        shape.put("shapeParameter", -1.0);
        assertMessage("shapeParameter: must be a positive number, got -1.0", shape);
        Map<String, Object> lambda = ShepardProcessTest.input(good, bbox, 10, 10);
        lambda.put("lambda", Double.NaN);
        assertMessage("lambda: must be a finite number >= 0, got NaN", lambda);
        Map<String, Object> spacing = ShepardProcessTest.input(good, bbox, 10, 10);
        spacing.put("patchSpacing", 0.0);
        assertMessage("patchSpacing: must be a positive length", spacing);
        Map<String, Object> tiny = ShepardProcessTest.input(good, bbox, 10, 10);
        tiny.put("patchSpacing", 0.1);
        assertMessage("patchSpacing: 0.1 is too small for the data", tiny);
        Map<String, Object> line = ShepardProcessTest.input(good, bbox, 10, 10);
        line.put("domain", TestFeatures.GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(5, 5)
        }));
        assertMessage("domain: must be a non-empty Polygon or MultiPolygon, got LineString", line);
        assertMessage("outputWidth: must be a positive", ShepardProcessTest.input(good, bbox, 0, 10));
        Map<String, Object> both = ShepardProcessTest.input(good, bbox, 10, 10);
        both.put("lambda", 0.01);
        both.put("exactAtData", true);
        assertMessage("exactAtData: asks for a surface through the data, but lambda = 0.01", both);
    }

    /** Dense data: with exactAtData the raster passes through values placed at cell centres, without it not. */
    @Test
    void exactAtDataSteepensThePatchesTheDefaultRegularises() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        int size = 200;
        GridSpec g = new GridSpec(0, 0, 1000, 1000, size, size);
        Random r = new Random(4);
        int n = 12_000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int cell;
            do {
                cell = r.nextInt(size * size);
            } while (!used.add(cell));
            x[i] = g.x(cell % size);
            y[i] = g.y(cell / size);
            v[i] = 100 + Math.sin(x[i] / 170) * Math.cos(y[i] / 230);
        }
        Map<String, Object> in = ShepardProcessTest.input(
                TestFeatures.points(utm, x, y, TestFeatures.boxed(v)),
                new ReferencedEnvelope(0, 1000, 0, 1000, utm),
                size,
                size);
        in.put("preset", PuRbfOptions.Preset.ACCURATE);
        GridCoverage2D ridge = (GridCoverage2D) run(in).get("result");
        in.put("exactAtData", true);
        GridCoverage2D exact = (GridCoverage2D) run(in).get("result");
        assertTrue((Integer) ridge.getProperty("interpolation.regularisedPatches") > 0);
        assertEquals(0, exact.getProperty("interpolation.regularisedPatches"));
        assertTrue((Integer) exact.getProperty("interpolation.steepenedPatches") > 0);
        assertTrue((Double) exact.getProperty("interpolation.maxDataDeviation") <= 5e-9 * 101);
        Raster raster = exact.getRenderedImage().getData();
        for (int i = 0; i < n; i++) {
            int col = (int) Math.floor(x[i] / 5);
            int row = size - 1 - (int) Math.floor(y[i] / 5);
            // float32 cells: values near 100 are held to about 4e-6
            assertEquals(v[i], raster.getSampleFloat(col, row, 0), 1e-5, "data point " + i);
        }
    }

    private static void assertMessage(String expected, Map<String, Object> input) {
        ProcessException e = assertThrows(ProcessException.class, () -> run(input));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
