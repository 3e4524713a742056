package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;

/** What GDAL (gdalinfo -json -stats) reads from a GeoTIFF, and the checks every result must pass. */
record GdalInfo(int width, int height, String wkt, Double noData, double min, double max, String dataType) {

    static GdalInfo of(Path tiff) throws Exception {
        ExternalTools.Result r =
                ExternalTools.run(List.of(ExternalTools.gdalinfo(), "-json", "-stats", tiff.toString()), 120);
        assertEquals(0, r.exit(), "gdalinfo failed on " + tiff + ": " + r.err());
        JsonNode info = new ObjectMapper().readTree(r.out());
        JsonNode band = info.path("bands").get(0);
        return new GdalInfo(
                info.path("size").get(0).asInt(),
                info.path("size").get(1).asInt(),
                info.path("coordinateSystem").path("wkt").asText(),
                band.has("noDataValue") ? band.get("noDataValue").asDouble() : null,
                band.path("minimum").asDouble(Double.NaN),
                band.path("maximum").asDouble(Double.NaN),
                band.path("type").asText());
    }

    /** Size, CRS, float32, declared nodata and a value range that follows the data. */
    void assertSurface(String what, TestPoints points, int w, int h) {
        assertEquals(w, width, what + ": width");
        assertEquals(h, height, what + ": height");
        assertTrue(wkt.contains("ID[\"EPSG\",32633]"), what + ": CRS is not EPSG:32633: " + wkt);
        assertEquals("Float32", dataType, what + ": data type");
        assertEquals(TestPoints.NODATA, noData, what + ": declared nodata");
        double range = points.maxValue - points.minValue;
        // interpolants stay near the data's range (cubic ones may overshoot a little) and span most of it
        assertTrue(
                min >= points.minValue - 0.25 * range && max <= points.maxValue + 0.25 * range,
                what + ": values " + min + ".." + max + " stray from the data range " + points.minValue + ".."
                        + points.maxValue);
        assertTrue(max - min >= 0.5 * range, what + ": surface too flat: " + min + ".." + max);
    }
}
