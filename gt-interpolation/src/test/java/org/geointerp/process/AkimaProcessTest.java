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
import org.geointerp.engine.akima.AkimaOptions;
import org.geotools.api.data.Query;
import org.geotools.api.feature.type.Name;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridEnvelope2D;
import org.geotools.coverage.grid.GridGeometry2D;
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

/** interpolation:Akima through GeoTools' Processors, as GeoServer's WPS would call it. */
class AkimaProcessTest {

    static final Name NAME = new NameImpl("interpolation", "Akima");

    /** A cubic in metres, so the raster must reproduce it at the cell centres. */
    static double cubic(double x, double y) {
        double s = (x - 500_000) / 10_000;
        double t = (y - 4_000_000) / 10_000;
        return 3 + s - 2 * t + 0.5 * s * s * t - t * t * t + 0.25 * s * s * s;
    }

    @Test
    void reproducesACubicInsideAndLeavesNodataOutside() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        Random random = new Random(9);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        Double[] z = new Double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 500_000 + 10_000 * random.nextDouble();
            y[i] = 4_000_000 + 10_000 * random.nextDouble();
            z[i] = cubic(x[i], y[i]);
        }
        SimpleFeatureCollection data = TestFeatures.points(utm, x, y, z);
        ReferencedEnvelope bbox = new ReferencedEnvelope(499_000, 511_000, 3_999_000, 4_011_000, utm);
        Process p = Processors.createProcess(NAME);
        assertNotNull(p, "interpolation:Akima must be found through Processors");
        Map<String, Object> in = ShepardProcessTest.input(data, bbox, 60, 60);
        // Akima's setting reproduces cubics; the default (least-squares quadratics) quadratics
        in.put("preset", AkimaOptions.Preset.PAPER);
        GridCoverage2D c = (GridCoverage2D) p.execute(in, null).get("result");
        Raster r = c.getRenderedImage().getData();
        int inside = 0;
        int nodata = 0;
        for (int row = 0; row < 60; row++) {
            for (int col = 0; col < 60; col++) {
                double cx = 499_000 + (col + 0.5) * 200;
                double cy = 4_011_000 - (row + 0.5) * 200;
                float v = r.getSampleFloat(col, row, 0);
                if (v == -9999f) {
                    nodata++;
                    continue;
                }
                inside++;
                assertEquals(cubic(cx, cy), v, 1e-4, "cell " + col + "," + row);
            }
        }
        assertTrue(inside > 2000 && nodata > 1000, inside + " cells inside, " + nodata + " nodata");

        in.put("extrapolate", true);
        Raster all = ((GridCoverage2D) p.execute(in, null).get("result"))
                .getRenderedImage()
                .getData();
        for (int row = 0; row < 60; row++) {
            for (int col = 0; col < 60; col++) {
                assertTrue(all.getSampleFloat(col, row, 0) != -9999f, "extrapolated cell " + col + "," + row);
            }
        }
    }

    @Test
    void isARenderingTransformationThatReadsTheWholeLayer() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[] x = {0, 1000, 0, 1000, 500};
        double[] y = {0, 0, 1000, 1000, 500};
        SimpleFeatureCollection data = TestFeatures.points(utm, x, y, new Double[] {1.0, 2.0, 3.0, 4.0, 5.0});
        RenderingProcess rendering = assertInstanceOf(RenderingProcess.class, Processors.createProcess(NAME));
        FilterFactory ff = CommonFactoryFinder.getFilterFactory();
        ReferencedEnvelope tile = new ReferencedEnvelope(0, 200, 0, 200, utm);
        Query renderer = new Query("obs", ff.bbox("geom", 0, 0, 200, 200, "EPSG:32633"));
        Query widened = rendering.invertQuery(
                new HashMap<>(), renderer, new GridGeometry2D(new GridEnvelope2D(0, 0, 10, 10), tile));
        assertEquals(5, data.subCollection(widened.getFilter()).size());
    }

    @Test
    void collinearInputGetsAMessageNamingThePoints() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[] x = {0, 100, 200, 300};
        double[] y = {0, 100, 200, 300};
        SimpleFeatureCollection data = TestFeatures.points(utm, x, y, new Double[] {1.0, 2.0, 3.0, 4.0});
        Map<String, Object> in = ShepardProcessTest.input(data, new ReferencedEnvelope(0, 300, 0, 300, utm), 10, 10);
        ProcessException e = assertThrows(
                ProcessException.class, () -> Processors.createProcess(NAME).execute(in, null));
        assertTrue(e.getMessage().contains("straight line"), e.getMessage());
    }
}
