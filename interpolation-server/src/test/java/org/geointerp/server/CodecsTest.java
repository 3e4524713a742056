package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geointerp.server.core.GeoJsonCodec;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ReferenceFetcher;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** GeoJSON reading (features, geometries, CRS member, property types) and reference URL screening. */
class CodecsTest {
    @Test
    void featuresGetTypedPropertiesAndTheirCrs() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"EPSG:32633\"}},\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[500000,4000000]},"
                + "\"properties\":{\"value\":1.5,\"ok\":true,\"name\":\"a\",\"mixed\":1}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[500100,4000100]},"
                + "\"properties\":{\"value\":null,\"ok\":false,\"name\":\"b\",\"mixed\":\"x\"}}]}";
        SimpleFeatureCollection fc = GeoJsonCodec.readFeatures(json, "data");
        SimpleFeatureType type = fc.getSchema();
        assertEquals(Double.class, type.getDescriptor("value").getType().getBinding());
        assertEquals(Boolean.class, type.getDescriptor("ok").getType().getBinding());
        assertEquals(String.class, type.getDescriptor("mixed").getType().getBinding());
        assertTrue(CRS.equalsIgnoreMetadata(CRS.decode("EPSG:32633", true), type.getCoordinateReferenceSystem()));
        try (SimpleFeatureIterator it = fc.features()) {
            SimpleFeature first = it.next();
            assertEquals(1.5, first.getAttribute("value"));
            assertEquals(500000, ((Point) first.getDefaultGeometry()).getX(), 0);
            SimpleFeature second = it.next();
            assertEquals(null, second.getAttribute("value"));
            assertEquals("x", second.getAttribute("mixed"));
        }
    }

    @Test
    void geometriesAndBadInputNameTheParameter() {
        Geometry g = GeoJsonCodec.readGeometry("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}", "line");
        assertEquals("LineString", g.getGeometryType());
        OwsException e = assertThrows(OwsException.class, () -> GeoJsonCodec.readFeatures("{\"type\":", "data"));
        assertEquals("data", e.locator());
        e = assertThrows(OwsException.class, () -> GeoJsonCodec.readFeatures("{\"type\":\"Point\"}", "data"));
        assertTrue(e.getMessage().contains("FeatureCollection"), e.getMessage());
    }

    @Test
    void referencesAreScreenedBeforeAnyConnection() {
        ReferenceFetcher none = new ReferenceFetcher(List.of(), 1000);
        assertThrows(OwsException.class, () -> none.fetch("http://127.0.0.1:1/x", "data"));
        ReferenceFetcher some = new ReferenceFetcher(List.of("http://127.0.0.1:1/data/"), 1000);
        for (String bad : List.of(
                "file:///etc/passwd",
                "http://127.0.0.1:1/data/../etc",
                "http://user@127.0.0.1:1/data/x",
                "http://127.0.0.1:2/data/x",
                "https://127.0.0.1:1/data/x",
                "HTTP://127.0.0.1:1/database")) {
            OwsException e = assertThrows(OwsException.class, () -> some.fetch(bad, "data"), bad);
            assertTrue(e.getMessage().contains("refused"), bad + ": " + e.getMessage());
        }
    }
}
