package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.shepard.ShepardInterpolator;
import org.geointerp.engine.shepard.ShepardOptions;
import org.geointerp.engine.shepard.ShepardSurface;
import org.geotools.api.data.Query;
import org.geotools.api.feature.type.Name;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.grid.GridGeometry2D;
import org.geotools.coverage.util.CoverageUtilities;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.feature.NameImpl;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.Position2D;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.Process;
import org.geotools.process.ProcessException;
import org.geotools.process.Processors;
import org.geotools.process.RenderingProcess;
import org.geotools.referencing.CRS;
import org.geotools.util.factory.Hints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShepardProcessTest {

    static final Name NAME = new NameImpl("interpolation", "Shepard");

    @TempDir
    Path tmp;

    @AfterEach
    void restoreAxisOrder() {
        System.clearProperty("org.geotools.referencing.forceXY");
        Hints.removeSystemDefault(Hints.FORCE_LONGITUDE_FIRST_AXIS_ORDER);
        CRS.reset("all");
    }

    static Map<String, Object> run(Map<String, Object> input) {
        Process p = Processors.createProcess(NAME);
        assertNotNull(p, "interpolation:Shepard must be found through Processors");
        return p.execute(input, null);
    }

    static Map<String, Object> input(SimpleFeatureCollection data, ReferencedEnvelope bbox, int w, int h) {
        Map<String, Object> in = new HashMap<>();
        in.put("data", data);
        in.put("valueAttr", "value");
        in.put("outputBBOX", bbox);
        in.put("outputWidth", w);
        in.put("outputHeight", h);
        return in;
    }

    static double at(GridCoverage2D c, CoordinateReferenceSystem crs, double a0, double a1) {
        return ((float[]) c.evaluate(new Position2D(crs, a0, a1)))[0];
    }

    @Test
    void projectedCrsValuesEqualTheEngineAtCellCentres() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random r = new Random(5);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 500_000 + r.nextDouble() * 10_000;
            y[i] = 5_000_000 + r.nextDouble() * 10_000;
            v[i] = Math.sin(x[i] / 2000) + y[i] / 5000;
        }
        ReferencedEnvelope bbox = new ReferencedEnvelope(500_000, 510_000, 5_000_000, 5_010_000, utm);
        GridCoverage2D c =
                (GridCoverage2D) run(input(TestFeatures.points(utm, x, y, TestFeatures.boxed(v)), bbox, 40, 30))
                        .get("result");
        ShepardSurface s = new ShepardInterpolator(ShepardOptions.defaults()).fit(PointSet.of2D(x, y, v));
        GridSpec g = new GridSpec(500_000, 5_000_000, 510_000, 5_010_000, 40, 30);
        Raster raster = c.getRenderedImage().getData();
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 40; col++) {
                assertEquals((float) s.value(g.x(col), g.y(row)), raster.getSampleFloat(col, row, 0), 0.0);
            }
        }
        assertTrue(CRS.equalsIgnoreMetadata(utm, c.getCoordinateReferenceSystem2D()));
        assertEquals(-9999.0, CoverageUtilities.getNoDataProperty(c).getAsSingleValue(), 0.0);
    }

    /**
     * Data in EPSG:4326 (axis order as the CRS declares it, with forceXY set or not) interpolated to a grid in
     * EPSG:3857 and in EPSG:4326 itself: data points placed at cell centres must show their exact values there.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void geographicDataAndOutputInAnotherCrsWithAndWithoutForceXY(boolean forceXY) throws Exception {
        if (forceXY) {
            System.setProperty("org.geotools.referencing.forceXY", "true");
            Hints.putSystemDefault(Hints.FORCE_LONGITUDE_FIRST_AXIS_ORDER, true);
            CRS.reset("all");
        }
        CoordinateReferenceSystem wgs84 = CRS.decode("EPSG:4326");
        assertEquals(forceXY ? CRS.AxisOrder.EAST_NORTH : CRS.AxisOrder.NORTH_EAST, CRS.getAxisOrder(wgs84));
        CoordinateReferenceSystem merc = CRS.decode("EPSG:3857");
        boolean latFirst = CRS.getAxisOrder(wgs84) == CRS.AxisOrder.NORTH_EAST;

        // a 12 x 8 grid in web mercator around (10E, 50N); data at 20 of its cell centres
        GridSpec g = new GridSpec(1_100_000, 6_400_000, 1_160_000, 6_440_000, 12, 8);
        ReferencedEnvelope mercBox = new ReferencedEnvelope(g.minX(), g.maxX(), g.minY(), g.maxY(), merc);
        MathTransform toWgs = CRS.findMathTransform(merc, wgs84, true);
        Random r = new Random(11);
        List<double[]> cells = new ArrayList<>();
        int n = 20;
        double[] a0 = new double[n];
        double[] a1 = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int col = (i * 5) % 12;
            int row = (i * 3 + i / 4) % 8;
            double[] ll = new double[2];
            toWgs.transform(new double[] {g.x(col), g.y(row)}, 0, ll, 0, 1);
            a0[i] = ll[0];
            a1[i] = ll[1];
            v[i] = 10 + r.nextInt(50);
            cells.add(new double[] {g.x(col), g.y(row), v[i]});
        }
        // duplicate cells would merge: make sure the 20 are distinct
        assertEquals(n, cells.stream().map(c -> c[0] + "," + c[1]).distinct().count());
        SimpleFeatureCollection data = TestFeatures.points(wgs84, a0, a1, TestFeatures.boxed(v));
        GridCoverage2D merc2d =
                (GridCoverage2D) run(input(data, mercBox, 12, 8)).get("result");
        for (double[] c : cells) {
            assertEquals(c[2], at(merc2d, merc, c[0], c[1]), 1e-4, "value at a data point, EPSG:3857 output");
        }

        // output in EPSG:4326 itself: bbox in the CRS's axis order, data points at its cell centres
        double lonMin = 9.0;
        double lonMax = 11.0;
        double latMin = 49.0;
        double latMax = 50.5;
        GridSpec gg = new GridSpec(lonMin, latMin, lonMax, latMax, 10, 6);
        ReferencedEnvelope wgsBox = latFirst
                ? new ReferencedEnvelope(latMin, latMax, lonMin, lonMax, wgs84)
                : new ReferencedEnvelope(lonMin, lonMax, latMin, latMax, wgs84);
        double[] b0 = new double[n];
        double[] b1 = new double[n];
        for (int i = 0; i < n; i++) {
            double lon = gg.x((i * 7) % 10);
            double lat = gg.y((i * 5 + i / 10) % 6);
            b0[i] = latFirst ? lat : lon;
            b1[i] = latFirst ? lon : lat;
        }
        GridCoverage2D geo =
                (GridCoverage2D) run(input(TestFeatures.points(wgs84, b0, b1, TestFeatures.boxed(v)), wgsBox, 10, 6))
                        .get("result");
        for (int i = 0; i < n; i++) {
            assertEquals(v[i], at(geo, wgs84, b0[i], b1[i]), 1e-4, "value at a data point, EPSG:4326 output");
        }
        // image column 0 must be the west edge: the coverage's grid geometry maps pixel (0, 0) to the north-west
        GridGeometry2D gg2 = geo.getGridGeometry();
        Position2D corner = (Position2D) gg2.gridToWorld(new org.geotools.coverage.grid.GridCoordinates2D(0, 0));
        double lon0 = latFirst ? corner.getOrdinate(1) : corner.getOrdinate(0);
        double lat0 = latFirst ? corner.getOrdinate(0) : corner.getOrdinate(1);
        // the grid geometry's transform is exact to float precision of the envelope
        assertEquals(gg.x(0), lon0, 1e-6);
        assertEquals(gg.y(0), lat0, 1e-6);
    }

    @Test
    void geoTiffRoundTripKeepsValuesCrsGeoreferencingAndNodata() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random r = new Random(2);
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 400_000 + r.nextDouble() * 1000;
            y[i] = 6_000_000 + r.nextDouble() * 1000;
            v[i] = r.nextGaussian();
        }
        ReferencedEnvelope bbox = new ReferencedEnvelope(400_000, 401_000, 6_000_000, 6_000_800, utm);
        Map<String, Object> in = input(TestFeatures.points(utm, x, y, TestFeatures.boxed(v)), bbox, 25, 20);
        in.put("noDataValue", -32768.0);
        GridCoverage2D c = (GridCoverage2D) run(in).get("result");
        File f = tmp.resolve("shepard.tif").toFile();
        GeoTiffWriter w = new GeoTiffWriter(f);
        w.write(c, null);
        w.dispose();
        GeoTiffReader reader = new GeoTiffReader(f);
        GridCoverage2D back = reader.read(null);
        assertEquals(
                Integer.valueOf(32633),
                CRS.lookupEpsgCode(back.getCoordinateReferenceSystem2D(), true),
                "CRS read back: " + back.getCoordinateReferenceSystem2D());
        ReferencedEnvelope env = new ReferencedEnvelope(back.getEnvelope2D());
        assertEquals(bbox.getMinX(), env.getMinX(), 1e-6);
        assertEquals(bbox.getMaxY(), env.getMaxY(), 1e-6);
        assertEquals(bbox.getMaxX(), env.getMaxX(), 1e-6);
        assertEquals(bbox.getMinY(), env.getMinY(), 1e-6);
        assertEquals(-32768.0, CoverageUtilities.getNoDataProperty(back).getAsSingleValue(), 0.0);
        Raster a = c.getRenderedImage().getData();
        Raster b = back.getRenderedImage().getData();
        assertEquals(25, b.getWidth());
        assertEquals(20, b.getHeight());
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 25; col++) {
                assertEquals(a.getSampleFloat(col, row, 0), b.getSampleFloat(col, row, 0), 0.0);
            }
        }
        reader.dispose();
        assertTrue(Files.size(f.toPath()) > 0);
    }

    /**
     * Two adjacent tiles, each computed only from the features its invertQuery selects, equal the halves of one
     * request over both, when radius and slope scale are fixed.
     */
    @Test
    void adjacentTilesFromInvertQueryJoinWithoutSeams() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random r = new Random(9);
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 10_000;
            y[i] = r.nextDouble() * 10_000;
            v[i] = Math.cos(x[i] / 1500) * Math.sin(y[i] / 900);
        }
        SimpleFeatureCollection all = TestFeatures.points(utm, x, y, TestFeatures.boxed(v));
        double radius = 250;
        double nu = 400;
        ReferencedEnvelope whole = new ReferencedEnvelope(2000, 6000, 3000, 5000, utm);
        Map<String, Object> in = input(all, whole, 80, 40);
        in.put("radius", radius);
        in.put("slopeScale", nu);
        Raster full =
                ((GridCoverage2D) run(in).get("result")).getRenderedImage().getData();

        FilterFactory ff = CommonFactoryFinder.getFilterFactory();
        Process p = Processors.createProcess(NAME);
        RenderingProcess rendering = assertInstanceOf(RenderingProcess.class, p);
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
            params.put("radius", radius);
            Query widened = rendering.invertQuery(params, renderer, tileGrid);
            SimpleFeatureCollection seen = all.subCollection(widened.getFilter());
            assertTrue(seen.size() < n / 2, "the tile must read a subset of the layer, read " + seen.size());
            Map<String, Object> tin = input(seen, tileBox, 40, 40);
            tin.put("radius", radius);
            tin.put("slopeScale", nu);
            Raster part =
                    ((GridCoverage2D) run(tin).get("result")).getRenderedImage().getData();
            for (int row = 0; row < 40; row++) {
                for (int col = 0; col < 40; col++) {
                    assertEquals(
                            full.getSampleFloat(tile * 40 + col, row, 0),
                            part.getSampleFloat(col, row, 0),
                            1e-6,
                            "tile " + tile + " cell " + col + "," + row);
                }
            }
        }
        // without a radius, the tile query reads the whole layer
        Query renderer = new Query("obs", ff.bbox("geom", 2000, 3000, 4000, 5000, "EPSG:32633"));
        Query widened = rendering.invertQuery(
                new HashMap<>(), renderer, new GridGeometry2D(new GridEnvelope2D(0, 0, 40, 40), whole));
        assertEquals(n, all.subCollection(widened.getFilter()).size());
    }

    @Test
    void badInputGetsMessagesNamingTheParameter() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 10, 0, 10, utm);
        double[] x = {1, 9, 1, 9, 5};
        double[] y = {1, 1, 9, 9, 5};
        SimpleFeatureCollection good = TestFeatures.points(utm, x, y, new Double[] {1.0, 2.0, 3.0, 4.0, 5.0});

        assertMessage(
                "data: no points",
                input(TestFeatures.points(utm, new double[0], new double[0], new Double[0]), bbox, 10, 10));
        assertMessage(
                "at least 4 distinct points",
                input(
                        TestFeatures.points(utm, new double[] {1, 2, 3, 1}, new double[] {1, 5, 2, 1}, new Double[] {
                            1.0, 2.0, 3.0, 4.0
                        }),
                        bbox,
                        10,
                        10));
        Map<String, Object> missing = input(good, bbox, 10, 10);
        missing.put("valueAttr", "height");
        assertMessage("valueAttr: no attribute 'height'", missing);
        Map<String, Object> text = input(good, bbox, 10, 10);
        text.put("valueAttr", "label");
        assertMessage("valueAttr: attribute 'label' is not numeric: it holds text, e.g. 'p0' in feature 0", text);
        assertMessage("outputWidth: must be a positive", input(good, bbox, 0, 10));
        Map<String, Object> radius = input(good, bbox, 10, 10);
        radius.put("radius", -1.0);
        assertMessage("radius: must be a finite number > 0", radius);
        Map<String, Object> neighbours = input(good, bbox, 10, 10);
        neighbours.put("maxNeighbours", 2);
        assertMessage("maxNeighbours: must be at least minNeighbours (4), got 2", neighbours);
        System.setProperty(GridLimits.PROPERTY, "1000");
        try {
            assertMessage(
                    "outputWidth x outputHeight: 100 x 100 = 10000 cells exceeds the limit of 1000",
                    input(good, bbox, 100, 100));
        } finally {
            System.clearProperty(GridLimits.PROPERTY);
        }
        assertMessage(
                "all 4 points lie on one line",
                input(
                        TestFeatures.points(utm, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}, new Double[] {
                            1.0, 2.0, 3.0, 4.0
                        }),
                        bbox,
                        10,
                        10));
    }

    @Test
    void nullAndNaNValuesAreSkippedAndCountedAndPolygonsUseTheirCentroid() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        List<org.locationtech.jts.geom.Geometry> g = new ArrayList<>();
        double[][] xy = {{1, 1}, {9, 1}, {1, 9}, {9, 9}, {5, 5}, {3, 3}, {7, 7}};
        for (double[] c : xy) {
            g.add(TestFeatures.GF.createPoint(new org.locationtech.jts.geom.Coordinate(c[0], c[1])));
        }
        // a square around (3, 7) stands for a census tract: used by its centroid
        g.add(TestFeatures.GF.toGeometry(new org.locationtech.jts.geom.Envelope(2, 4, 6, 8)));
        Object[] values = {1.0, 2.0, 3.0, 4.0, 5.0, null, Double.NaN, 8.0};
        SimpleFeatureCollection data = TestFeatures.features(utm, g, values, Double.class);
        GridCoverage2D c = (GridCoverage2D) run(input(data, new ReferencedEnvelope(0, 10, 0, 10, utm), 10, 10))
                .get("result");
        String summary = (String) c.getProperty("interpolation.input");
        assertEquals(
                "6 of 8 features used; skipped 1 with null value, 1 with NaN value, 0 without geometry;"
                        + " 1 non-point geometries used by their centroid",
                summary);
        assertEquals(8.0, at(c, utm, 3.5, 6.5), 3.0);
    }

    /**
     * Barriers through the process: a polygon obstacle leaves nodata cells; a wall with strength 0 changes nothing;
     * an invalid polygon is refused naming the feature.
     */
    @Test
    void barriersAsFeatures() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random r = new Random(21);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 1000;
            y[i] = r.nextDouble() * 1000;
            v[i] = x[i] < 500 ? 0 : 10;
        }
        SimpleFeatureCollection data = TestFeatures.points(utm, x, y, TestFeatures.boxed(v));
        ReferencedEnvelope bbox = new ReferencedEnvelope(0, 1000, 0, 1000, utm);
        org.locationtech.jts.geom.GeometryFactory gf = TestFeatures.GF;
        List<org.locationtech.jts.geom.Geometry> walls = List.of(
                gf.toGeometry(new org.locationtech.jts.geom.Envelope(200, 300, 200, 300)),
                gf.createLineString(new org.locationtech.jts.geom.Coordinate[] {
                    new org.locationtech.jts.geom.Coordinate(500, -10),
                    new org.locationtech.jts.geom.Coordinate(500, 1010)
                }));
        Map<String, Object> in = input(data, bbox, 50, 50);
        in.put("barriers", TestFeatures.features(utm, walls, new Object[] {null, null}, Double.class));
        GridCoverage2D c = (GridCoverage2D) run(in).get("result");
        assertEquals(-9999.0, at(c, utm, 250, 250), 0.0, "inside the obstacle");
        double left = at(c, utm, 499, 600);
        double right = at(c, utm, 501, 600);
        assertTrue(right - left > 9, "the wall separates the two values: " + left + " | " + right);

        Map<String, Object> zero = input(data, bbox, 50, 50);
        zero.put("barriers", TestFeatures.features(utm, walls.subList(1, 2), new Object[] {0.0}, Double.class));
        zero.put("barrierStrengthAttr", "value");
        Raster withZero =
                ((GridCoverage2D) run(zero).get("result")).getRenderedImage().getData();
        Raster none = ((GridCoverage2D) run(input(data, bbox, 50, 50)).get("result"))
                .getRenderedImage()
                .getData();
        for (int row = 0; row < 50; row++) {
            for (int col = 0; col < 50; col++) {
                assertEquals(none.getSampleFloat(col, row, 0), withZero.getSampleFloat(col, row, 0), 0.0);
            }
        }
        org.locationtech.jts.geom.Geometry bowtie =
                new org.locationtech.jts.io.WKTReader().read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        Map<String, Object> bad = input(data, bbox, 50, 50);
        bad.put("barriers", TestFeatures.features(utm, List.of(bowtie), new Object[] {null}, Double.class));
        assertMessage("barriers: feature obs.0", bad);
        Map<String, Object> strength = input(data, bbox, 50, 50);
        strength.put("barriers", TestFeatures.features(utm, walls, new Object[] {null, null}, Double.class));
        strength.put("barrierStrengthAttr", "label");
        assertMessage("barrierStrengthAttr: 'label' is not a numeric attribute", strength);
    }

    private static void assertMessage(String expected, Map<String, Object> input) {
        ProcessException e = assertThrows(ProcessException.class, () -> run(input));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
