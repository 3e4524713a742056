package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.clusterpolate.ClusterpolateSurface;
import org.geointerp.engine.clusterpolate.Clusterpolator;
import org.geointerp.engine.clusterpolate.DefaultRadius;
import org.geointerp.engine.clusterpolate.StandardKernel;
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
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.Process;
import org.geotools.process.ProcessException;
import org.geotools.process.Processors;
import org.geotools.process.RenderingProcess;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterpolateProcessTest {

    static final Name NAME = new NameImpl("interpolation", "Clusterpolate");

    @TempDir
    java.nio.file.Path tmp;

    static Map<String, Object> run(Map<String, Object> input) {
        Process p = Processors.createProcess(NAME);
        assertNotNull(p, "interpolation:Clusterpolate must be found through Processors");
        return p.execute(input, null);
    }

    static GridCoverage2D coverage(Map<String, Object> input) {
        return (GridCoverage2D) run(input).get("result");
    }

    /** Two clusters with empty space between them, in UTM metres. */
    static double[][] clusters(int n, long seed) {
        Random r = new Random(seed);
        double[][] xyz = new double[3][n];
        for (int i = 0; i < n; i++) {
            boolean left = i % 2 == 0;
            xyz[0][i] = (left ? 2000 : 8000) + r.nextGaussian() * 500;
            xyz[1][i] = 5000 + r.nextGaussian() * 800;
            xyz[2][i] = (left ? 10 : 20) + r.nextGaussian();
        }
        return xyz;
    }

    static Map<String, Object> input(SimpleFeatureCollection data, ReferencedEnvelope bbox, int w, int h) {
        return ShepardProcessTest.input(data, bbox, w, h);
    }

    /** Process input for points {@code p} in UTM 33N over {@code [0, 10 km] x [0, maxY]}, with a radius. */
    static Map<String, Object> clusterInput(double[][] p, double maxY, int w, int h, double radius) throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10_000, 0, maxY, utm);
        Map<String, Object> in = input(TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2])), bbox, w, h);
        in.put("radius", radius);
        return in;
    }

    @Test
    void twoBandCoverageEqualsTheEngineAndDeclaresNodata() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = clusters(400, 1);
        GridCoverage2D c = coverage(clusterInput(p, 10_000, 50, 40, 700));
        assertEquals(2, c.getNumSampleDimensions());
        assertEquals("value", c.getSampleDimension(0).getDescription().toString());
        assertEquals("membership", c.getSampleDimension(1).getDescription().toString());
        assertEquals(-9999.0, CoverageUtilities.getNoDataProperty(c).getAsSingleValue(), 0.0);
        assertTrue(CRS.equalsIgnoreMetadata(utm, c.getCoordinateReferenceSystem2D()));

        ClusterpolateSurface s = new Clusterpolator(700, StandardKernel.BUMP).fit(PointSet.of2D(p[0], p[1], p[2]));
        GridSpec g = new GridSpec(0, 0, 10_000, 10_000, 50, 40);
        Raster raster = c.getRenderedImage().getData();
        int empty = 0;
        for (int row = 0; row < 40; row++) {
            for (int col = 0; col < 50; col++) {
                double[] e = new double[2];
                s.evaluate(g.x(col), g.y(row), e);
                float v = raster.getSampleFloat(col, row, 0);
                float m = raster.getSampleFloat(col, row, 1);
                if (Double.isNaN(e[1])) {
                    empty++;
                    assertEquals(-9999f, v);
                    assertEquals(-9999f, m);
                } else {
                    assertEquals((float) e[0], v, 1e-5f * Math.abs(v));
                    assertEquals((float) e[1], m, 1e-6f);
                    assertTrue(m >= 0 && m <= 1, "membership " + m);
                }
            }
        }
        assertTrue(empty > 100, "the gap between the clusters and the corners must be nodata, got " + empty);
        assertEquals("Clusterpolate bump", c.getProperty("interpolation.method"));
        assertEquals(700.0, c.getProperty("interpolation.radius"));
    }

    @Test
    void withoutMembershipOneBandAndThresholdDropsOnlyValues() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = clusters(300, 2);
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10_000, 0, 10_000, utm);
        SimpleFeatureCollection data = TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2]));
        Map<String, Object> one = input(data, bbox, 30, 30);
        one.put("radius", 900.0);
        one.put("outputMembership", false);
        one.put("kernel", "triweight");
        GridCoverage2D single = coverage(one);
        assertEquals(1, single.getNumSampleDimensions());

        Map<String, Object> both = input(data, bbox, 30, 30);
        both.put("radius", 900.0);
        both.put("kernel", "triweight");
        both.put("membershipThreshold", 0.5);
        Raster t = coverage(both).getRenderedImage().getData();
        Raster s = single.getRenderedImage().getData();
        int dropped = 0;
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 30; col++) {
                float m = t.getSampleFloat(col, row, 1);
                if (m != -9999f && m < 0.5f) {
                    dropped++;
                    assertEquals(-9999f, t.getSampleFloat(col, row, 0));
                } else {
                    assertEquals(s.getSampleFloat(col, row, 0), t.getSampleFloat(col, row, 0), 0f);
                }
            }
        }
        assertTrue(dropped > 0);
    }

    @Test
    void defaultRadiusIsDerivedFromTheDataAndRecorded() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = clusters(500, 3);
        Map<String, Object> in = input(
                TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2])),
                new ReferencedEnvelope(0, 10_000, 0, 10_000, utm),
                20,
                20);
        GridCoverage2D c = coverage(in);
        assertEquals(
                DefaultRadius.of(PointSet.of2D(p[0], p[1], p[2])), (Double) c.getProperty("interpolation.radius"), 0.0);
        assertEquals("derived from the data", c.getProperty("interpolation.radiusSource"));
    }

    @Test
    void twoBandGeoTiffRoundTrip() throws Exception {
        GridCoverage2D c = coverage(clusterInput(clusters(200, 4), 8_000, 25, 20, 1000));
        File f = tmp.resolve("clusterpolate.tif").toFile();
        GeoTiffWriter w = new GeoTiffWriter(f);
        w.write(c, null);
        w.dispose();
        GeoTiffReader reader = new GeoTiffReader(f);
        GridCoverage2D back = reader.read(null);
        assertEquals(2, back.getNumSampleDimensions());
        assertEquals(-9999.0, CoverageUtilities.getNoDataProperty(back).getAsSingleValue(), 0.0);
        Raster a = c.getRenderedImage().getData();
        Raster b = back.getRenderedImage().getData();
        for (int band = 0; band < 2; band++) {
            for (int row = 0; row < 20; row++) {
                for (int col = 0; col < 25; col++) {
                    assertEquals(a.getSampleFloat(col, row, band), b.getSampleFloat(col, row, band), 0.0);
                }
            }
        }
        reader.dispose();
    }

    /** Tiles computed from the features their invertQuery selects equal the halves of one request over both. */
    @Test
    void adjacentTilesFromInvertQueryJoinWithoutSeams() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random r = new Random(9);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 10_000;
            y[i] = r.nextDouble() * 10_000;
            v[i] = Math.cos(x[i] / 1500) * Math.sin(y[i] / 900);
        }
        SimpleFeatureCollection all = TestFeatures.points(utm, x, y, TestFeatures.boxed(v));
        double radius = 300;
        ReferencedEnvelope whole = new ReferencedEnvelope(2000, 6000, 3000, 5000, utm);
        Map<String, Object> in = input(all, whole, 80, 40);
        in.put("radius", radius);
        Raster full = coverage(in).getRenderedImage().getData();
        FilterFactory ff = CommonFactoryFinder.getFilterFactory();
        RenderingProcess rendering = assertInstanceOf(RenderingProcess.class, Processors.createProcess(NAME));
        for (int tile = 0; tile < 2; tile++) {
            ReferencedEnvelope box = new ReferencedEnvelope(2000 + tile * 2000, 4000 + tile * 2000, 3000, 5000, utm);
            Query renderer = new Query(
                    "obs", ff.bbox("geom", box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), "EPSG:32633"));
            Map<String, Object> params = new HashMap<>();
            params.put("radius", radius);
            Query widened =
                    rendering.invertQuery(params, renderer, new GridGeometry2D(new GridEnvelope2D(0, 0, 40, 40), box));
            SimpleFeatureCollection seen = all.subCollection(widened.getFilter());
            assertTrue(seen.size() < n / 3, "the tile must read a subset of the layer, read " + seen.size());
            Map<String, Object> tin = input(seen, box, 40, 40);
            tin.put("radius", radius);
            Raster part = coverage(tin).getRenderedImage().getData();
            for (int band = 0; band < 2; band++) {
                for (int row = 0; row < 40; row++) {
                    for (int col = 0; col < 40; col++) {
                        assertEquals(
                                full.getSampleFloat(tile * 40 + col, row, band),
                                part.getSampleFloat(col, row, band),
                                1e-6,
                                "tile " + tile + " " + col + "," + row);
                    }
                }
            }
        }
        Query widened = rendering.invertQuery(
                new HashMap<>(),
                new Query("obs", ff.bbox("geom", 2000, 3000, 4000, 5000, "EPSG:32633")),
                new GridGeometry2D(new GridEnvelope2D(0, 0, 40, 40), whole));
        assertEquals(n, all.subCollection(widened.getFilter()).size(), "without a radius the whole layer is read");
    }

    @Test
    void badInputGetsMessagesNamingTheParameter() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10, 0, 10, utm);
        SimpleFeatureCollection good =
                TestFeatures.points(utm, new double[] {1, 9, 5}, new double[] {1, 1, 5}, new Double[] {1.0, 2.0, 3.0});
        assertMessage(
                "data: no points: the feature collection is empty",
                input(TestFeatures.points(utm, new double[0], new double[0], new Double[0]), bbox, 10, 10));
        for (double bad : new double[] {0, -1, Double.NaN}) {
            Map<String, Object> in = input(good, bbox, 10, 10);
            in.put("radius", bad);
            assertMessage("radius: must be a finite number > 0 whose square is finite and > 0, got " + bad, in);
        }
        Map<String, Object> kernel = input(good, bbox, 10, 10);
        kernel.put("kernel", "gauss");
        assertMessage("kernel: unknown kernel 'gauss'; known kernels: bump, epanechnikov, triweight, gaussian", kernel);
        Map<String, Object> threshold = input(good, bbox, 10, 10);
        threshold.put("membershipThreshold", 1.5);
        assertMessage("membershipThreshold: must be in [0, 1], got 1.5", threshold);
        Map<String, Object> missing = input(good, bbox, 10, 10);
        missing.put("valueAttr", "height");
        assertMessage("valueAttr: no attribute 'height'", missing);
        assertMessage("outputHeight: must be a positive", input(good, bbox, 10, 0));
        assertMessage(
                "radius: cannot be derived from the data, all 2 points lie at one location; give a radius",
                input(
                        TestFeatures.points(utm, new double[] {3, 3}, new double[] {4, 4}, new Double[] {1.0, 2.0}),
                        bbox,
                        10,
                        10));
    }

    /** The common cases of the foundation issue, through the shared reading and grid code. */
    @Test
    void commonInputCasesAsForEveryProcess() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10, 0, 10, utm);
        java.util.List<org.locationtech.jts.geom.Geometry> g = new java.util.ArrayList<>();
        double[][] xy = {{1, 1}, {9, 1}, {1, 9}, {9, 9}, {5, 5}};
        for (double[] c : xy) {
            g.add(TestFeatures.GF.createPoint(new org.locationtech.jts.geom.Coordinate(c[0], c[1])));
        }
        // a square around (3, 7): used by its centroid
        g.add(TestFeatures.GF.toGeometry(new org.locationtech.jts.geom.Envelope(2, 4, 6, 8)));
        Object[] values = {1.0, 2.0, null, Double.NaN, 5.0, 8.0};
        Map<String, Object> in = input(TestFeatures.features(utm, g, values, Double.class), bbox, 10, 10);
        in.put("radius", 1.5);
        GridCoverage2D c = coverage(in);
        assertEquals(
                "4 of 6 features used; skipped 1 with null value, 1 with NaN value, 0 without geometry;"
                        + " 1 non-point geometries used by their centroid",
                c.getProperty("interpolation.input"));
        // cell (col 3, row 2) has its centre (3.5, 7.5) within 1.5 of the centroid (3, 7) only
        assertEquals(8f, c.getRenderedImage().getData().getSampleFloat(3, 2, 0), 0f);

        SimpleFeatureCollection good =
                TestFeatures.points(utm, new double[] {1, 9}, new double[] {1, 1}, new Double[] {1.0, 2.0});
        Map<String, Object> text = input(good, bbox, 10, 10);
        text.put("valueAttr", "label");
        assertMessage("valueAttr: attribute 'label' is not numeric: it holds text, e.g. 'p0' in feature 0", text);
        System.setProperty(GridLimits.PROPERTY, "1000");
        try {
            assertMessage(
                    "outputWidth x outputHeight: 100 x 100 = 10000 cells exceeds the limit of 1000",
                    input(good, bbox, 100, 100));
        } finally {
            System.clearProperty(GridLimits.PROPERTY);
        }
    }

    private static void assertMessage(String expected, Map<String, Object> input) {
        ProcessException e = assertThrows(ProcessException.class, () -> run(input));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
