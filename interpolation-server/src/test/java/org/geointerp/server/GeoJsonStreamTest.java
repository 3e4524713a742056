package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.geointerp.server.core.GeoJsonCodec;
import org.geointerp.server.core.OwsException;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** GeoJSON read as a stream into columns: what comes out is what the document says. */
class GeoJsonStreamTest {
    private static List<SimpleFeature> features(SimpleFeatureCollection fc) {
        List<SimpleFeature> list = new ArrayList<>();
        try (SimpleFeatureIterator it = fc.features()) {
            while (it.hasNext()) {
                list.add(it.next());
            }
        }
        return list;
    }

    @Test
    void pointsPropertiesAndOtherGeometriesComeOutAsWritten() throws Exception {
        String doc = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"v\":1.5,\"ok\":true,\"name\":\"x\"},"
                + "\"geometry\":{\"coordinates\":[10,20],\"type\":\"Point\"}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[11,21,5]},"
                + "\"properties\":{\"v\":null,\"ok\":false,\"name\":7}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]},"
                + "\"properties\":{\"v\":-3}},"
                + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}],"
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32633\"}}}";
        SimpleFeatureCollection fc = GeoJsonCodec.readFeatures(doc, "data");
        assertEquals(4, fc.size());
        assertEquals("EPSG:32633", CRS.toSRS(fc.getSchema().getCoordinateReferenceSystem()));
        assertEquals(Double.class, fc.getSchema().getDescriptor("v").getType().getBinding());
        assertEquals(Boolean.class, fc.getSchema().getDescriptor("ok").getType().getBinding());
        // a column with a text and a number is text
        assertEquals(
                String.class, fc.getSchema().getDescriptor("name").getType().getBinding());
        List<SimpleFeature> f = features(fc);
        assertEquals("a", f.get(0).getID());
        assertEquals(10.0, ((Point) f.get(0).getDefaultGeometry()).getX());
        assertEquals(20.0, ((Point) f.get(0).getDefaultGeometry()).getY());
        assertEquals(1.5, f.get(0).getAttribute("v"));
        assertEquals(true, f.get(0).getAttribute("ok"));
        assertEquals("x", f.get(0).getAttribute("name"));
        assertEquals(
                5.0, ((Point) f.get(1).getDefaultGeometry()).getCoordinate().getZ());
        assertNull(f.get(1).getAttribute("v"));
        assertEquals("7", f.get(1).getAttribute("name"));
        Geometry polygon = (Geometry) f.get(2).getDefaultGeometry();
        assertEquals("Polygon", polygon.getGeometryType());
        assertEquals(4.0, polygon.getArea());
        assertNull(f.get(3).getDefaultGeometry());
        assertNull(f.get(3).getAttribute("v"));
        assertEquals(0, fc.getBounds().getMinX());
        assertEquals(21, fc.getBounds().getMaxY());
    }

    @Test
    void aPropertyNamedGeometryKeepsItsName() {
        SimpleFeatureCollection fc = GeoJsonCodec.readFeatures(
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                        + "{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"geometry\":4}}]}",
                "data");
        SimpleFeature f = features(fc).get(0);
        assertEquals(4.0, f.getAttribute("geometry"));
        assertEquals(1.0, ((Point) f.getDefaultGeometry()).getX());
    }

    @Test
    void aSingleFeatureIsACollectionOfOne() {
        SimpleFeatureCollection fc = GeoJsonCodec.readFeatures(
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"v\":3}}",
                "data");
        assertEquals(1, fc.size());
        assertEquals(3.0, features(fc).get(0).getAttribute("v"));
    }

    @Test
    void malformedDocumentsAreRefusedNamingTheInput() {
        for (String bad : List.of(
                "{\"type\":\"Polygon\",\"coordinates\":[]}",
                "{\"type\":\"FeatureCollection\"}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"a\",1]}}]}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":{\"type\":\"Point\",\"coordinates\":[1]}}]}",
                "{\"type\":\"FeatureCollection\",\"features\":[",
                "[1,2]")) {
            OwsException e = assertThrows(OwsException.class, () -> GeoJsonCodec.readFeatures(bad, "data"), bad);
            assertEquals("data", e.locator(), bad);
            assertTrue(e.getMessage().startsWith("data"), e.getMessage());
        }
    }
}
