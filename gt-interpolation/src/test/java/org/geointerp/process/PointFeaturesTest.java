package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.ProcessException;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * What reading features refuses, each naming the parameter first (servers turn that into the locator): an empty
 * collection, a value attribute with no numbers, text in it, no usable point, values a 32-bit float raster cannot
 * hold (issue 16).
 */
class PointFeaturesTest {
    private static final double[][] XY = {{1, 1}, {9, 1}, {1, 9}, {9, 9}, {5, 5}};

    private static CoordinateReferenceSystem utm() throws Exception {
        return CRS.decode("EPSG:32633");
    }

    private static SimpleFeatureCollection features(Object[] values, Class<?> type) throws Exception {
        List<Geometry> g = new ArrayList<>();
        for (double[] c : XY) {
            g.add(TestFeatures.GF.createPoint(new Coordinate(c[0], c[1])));
        }
        return TestFeatures.features(utm(), g, values, type);
    }

    private static PointFeatures.Result read(SimpleFeatureCollection data) throws Exception {
        OutputGrid grid = OutputGrid.of(new ReferencedEnvelope(0, 10, 0, 10, utm()), 10, 10);
        return PointFeatures.read(data, "value", grid, null);
    }

    private static String refusal(SimpleFeatureCollection data) {
        return assertThrows(ProcessException.class, () -> read(data)).getMessage();
    }

    @Test
    void anEmptyCollectionIsRefusedAsData() throws Exception {
        String m = refusal(TestFeatures.features(utm(), List.of(), new Object[0], Double.class));
        assertTrue(m.startsWith("data: no points: the feature collection is empty"), m);
    }

    @Test
    void aColumnOfNullsHasNoNumericValuesWhateverItsDeclaredType() throws Exception {
        String numeric = refusal(features(new Object[5], Double.class));
        assertEquals(
                "valueAttr: attribute 'value' has no numeric values: 5 of 5 features have it null, 0 NaN", numeric);
        // readers type a property that is never given as text: it is still "no numeric values", not "of type String"
        String text = refusal(features(new Object[5], String.class));
        assertEquals("valueAttr: attribute 'value' has no numeric values: all 5 features have it null", text);
    }

    @Test
    void aTextColumnIsRefusedWithAnExample() throws Exception {
        String m = refusal(features(new Object[] {null, "high", "low", "high", "low"}, String.class));
        assertEquals(
                "valueAttr: attribute 'value' is not numeric: it holds text, e.g. 'high' in feature 1"
                        + " (1 of 5 features have it null)",
                m);
    }

    @Test
    void noUsablePointIsRefusedAsDataWithTheCounts() throws Exception {
        List<Geometry> g = new ArrayList<>();
        g.add(null);
        g.add(null);
        g.add(TestFeatures.GF.createPoint(new Coordinate(1, 1)));
        String m = refusal(TestFeatures.features(utm(), g, new Object[] {1.0, 2.0, null}, Double.class));
        assertEquals("data: no usable point among 3 features: 1 have a null 'value', 0 NaN, 2 no geometry", m);
    }

    @Test
    void valuesBeyondFloat32AreRefusedNamingColumnCountAndValues() throws Exception {
        Object[] v = {1.0, 1e308, -1e308, Double.POSITIVE_INFINITY, 2.0};
        String m = refusal(features(v, Double.class));
        assertEquals(
                "data: 3 features have a 'value' beyond the 32-bit float range of the output rasters"
                        + " (+-3.4028235E38) (feature 1: 1.0E308, feature 2: -1.0E308, feature 3: Infinity);"
                        + " rescale the values, e.g. to other units",
                m);
        // just beyond the largest float, by one float step
        double justBeyond = Math.nextUp((double) Float.MAX_VALUE);
        assertTrue(refusal(features(new Object[] {1.0, justBeyond, 2.0, 3.0, 4.0}, Double.class))
                .contains("1 feature has"));
    }

    @Test
    void theLargestFloatAndNaNAreNotRefused() throws Exception {
        Object[] v = {1.0, (double) Float.MAX_VALUE, (double) -Float.MAX_VALUE, Double.NaN, 2.0};
        PointFeatures.Result r = read(features(v, Double.class));
        assertEquals(4, r.points().size());
        assertEquals(1, r.skippedNaNValue());
        assertFalse(r.summary().contains("beyond"));
    }

    @Test
    void theEnginesPointsAreTheProcessesData() throws Exception {
        // Akima's engine refuses "points: at least 3 ..."; the process says which of its parameters that is
        SimpleFeatureCollection two =
                TestFeatures.points(utm(), new double[] {1, 9}, new double[] {1, 9}, new Double[] {1.0, 2.0});
        ProcessException e = assertThrows(ProcessException.class, () -> new AkimaProcess()
                .execute(
                        Map.of(
                                "data",
                                two,
                                "valueAttr",
                                "value",
                                "outputBBOX",
                                new ReferencedEnvelope(0, 10, 0, 10, utm()),
                                "outputWidth",
                                10,
                                "outputHeight",
                                10),
                        null));
        assertTrue(e.getMessage().startsWith("data: at least 3 points are needed, got 2"), e.getMessage());
    }
}
