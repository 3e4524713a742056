package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GDAL reads from the GeoTIFFs written here: structure, description, metadata and every cell. */
class GeoTiffEncoderTest {

    @TempDir
    Path tmp;

    private static GridCoverage2D utm(int w, int h, int bands) throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("interpolation.method", "Test surface");
        props.put("interpolation.radius", 12.5);
        props.put("interpolation.pointsRead", 42);
        props.put("other.property", "not written");
        return TestCoverages.surface(
                TestCoverages.envelope(
                        500000, 5000000, 500000 + 10.0 * w, 5000000 + 20.0 * h, CRS.decode("EPSG:32633")),
                w,
                h,
                bands,
                -9999,
                props);
    }

    private static void assertCellsEqual(GridCoverage2D c, Path file) throws Exception {
        RasterContent content = RasterContent.of(c);
        List<float[]> read = Gdal.cells(file, content.width(), content.height(), content.bands().length);
        for (int b = 0; b < read.size(); b++) {
            float[] expected = content.bands()[b];
            float[] got = read.get(b);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(
                        Float.floatToRawIntBits(expected[i]),
                        Float.floatToRawIntBits(got[i]),
                        "band " + b + " cell " + i + ": " + expected[i] + " read back as " + got[i]);
            }
        }
    }

    @Test
    void tiledDeflateWithFloatPredictorDescribedForGdalAndEqualCellForCell() throws Exception {
        GridCoverage2D c = utm(300, 200, 2);
        Path file = tmp.resolve("s.tif");
        GeoTiffEncoder.write(c, file, GeoTiffOptions.defaults());
        JsonNode info = Gdal.info(file);
        assertEquals(300, info.path("size").get(0).asInt());
        assertEquals(200, info.path("size").get(1).asInt());
        JsonNode structure = info.path("metadata").path("IMAGE_STRUCTURE");
        assertEquals("DEFLATE", structure.path("COMPRESSION").asText(), info.toString());
        assertEquals("3", structure.path("PREDICTOR").asText(), info.toString());
        JsonNode b0 = info.path("bands").get(0);
        JsonNode b1 = info.path("bands").get(1);
        assertEquals("[256,256]", b0.path("block").toString());
        assertEquals("value", b0.path("description").asText());
        assertEquals("band1", b1.path("description").asText());
        assertEquals("Gray", b0.path("colorInterpretation").asText());
        assertEquals("Undefined", b1.path("colorInterpretation").asText());
        assertEquals("Float32", b0.path("type").asText());
        assertEquals(-9999, b0.path("noDataValue").asDouble(), 0.0);
        assertEquals(-9999, b1.path("noDataValue").asDouble(), 0.0);
        JsonNode md = info.path("metadata").path("");
        assertEquals("Test surface", md.path("method").asText(), md.toString());
        assertEquals("12.5", md.path("radius").asText());
        assertEquals("42", md.path("pointsRead").asText());
        assertFalse(md.has("property"), "only interpolation.* properties are written");
        assertEquals(Software.NAME_AND_VERSION, md.path("TIFFTAG_SOFTWARE").asText());
        assertTrue(Software.NAME_AND_VERSION.matches("geointerp \\d+\\.\\d+\\.\\d+.*"), Software.NAME_AND_VERSION);
        assertEquals(0, b0.path("overviews").size(), "no overviews at 300 x 200");
        assertEquals(
                "[500000.0,10.0,0.0,5004000.0,0.0,-20.0]",
                info.path("geoTransform").toString());
        assertTrue(info.path("coordinateSystem").path("wkt").asText().contains("ID[\"EPSG\",32633]"));
        assertCellsEqual(c, file);
        assertTrue(Gdal.validateCog(file).out().contains("is a valid cloud optimized GeoTIFF"));
        // the server's in-memory encoding is the same file
        assertArrayEquals(Files.readAllBytes(file), GeoTiffEncoder.encode(c, GeoTiffOptions.defaults()));
    }

    @Test
    void gridsOver2048CellsGetOverviewsInTheCloudOptimisedOrder() throws Exception {
        GridCoverage2D c = utm(2100, 40, 1);
        Path file = tmp.resolve("wide.tif");
        GeoTiffEncoder.write(c, file, GeoTiffOptions.defaults());
        JsonNode overviews = Gdal.info(file).path("bands").get(0).path("overviews");
        assertEquals(
                "[[1050,20],[525,10],[263,5],[132,3]]",
                overviewSizes(overviews),
                "halved (rounded up) until the larger side fits in a 256 tile");
        Gdal.Result cog = Gdal.validateCog(file);
        assertTrue(cog.out().contains("is a valid cloud optimized GeoTIFF"), cog.out());
        assertCellsEqual(c, file);
    }

    private static String overviewSizes(JsonNode overviews) {
        StringBuilder s = new StringBuilder("[");
        for (JsonNode o : overviews) {
            s.append(s.length() > 1 ? "," : "").append(o.path("size").toString());
        }
        return s.append("]").toString();
    }

    @Test
    void stripsOptionWritesUncompressedStripsWithoutOverviews() throws Exception {
        GridCoverage2D c = utm(2100, 40, 1);
        Path file = tmp.resolve("strips.tif");
        GeoTiffEncoder.write(c, file, GeoTiffOptions.strips());
        JsonNode info = Gdal.info(file);
        JsonNode b0 = info.path("bands").get(0);
        assertEquals("[2100,1]", b0.path("block").toString(), "8 KB strips: one row of 2100 floats");
        assertFalse(info.path("metadata").path("IMAGE_STRUCTURE").has("COMPRESSION"));
        assertEquals(0, b0.path("overviews").size());
        long structure = Files.size(file) - 2100L * 40 * 4;
        assertTrue(structure > 0 && structure < 4096, "uncompressed samples plus " + structure + " bytes");
        assertCellsEqual(c, file);
    }

    @Test
    void bigTiffWhenTheFileMayPassFourGigabytes() throws Exception {
        GridCoverage2D c = utm(300, 270, 3);
        Path file = tmp.resolve("big.tif");
        GeoTiffEncoder.write(RasterContent.of(c), file, GeoTiffOptions.defaults(), 0);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);
        assertArrayEquals(new byte[] {'I', 'I', 43, 0}, head, "BigTIFF signature");
        JsonNode info = Gdal.info(file);
        assertEquals(
                "Undefined",
                info.path("bands").get(2).path("colorInterpretation").asText());
        assertCellsEqual(c, file);
    }

    @Test
    void northFirstCrsIsWrittenInLongitudeLatitudeOrder() throws Exception {
        // EPSG:4326 as the EPSG database defines it: latitude first
        org.geotools.api.referencing.crs.CoordinateReferenceSystem wgs84 = CRS.decode("EPSG:4326");
        assertEquals(CRS.AxisOrder.NORTH_EAST, CRS.getAxisOrder(wgs84));
        org.geotools.geometry.jts.ReferencedEnvelope env =
                new org.geotools.geometry.jts.ReferencedEnvelope(45, 46, 15, 17, wgs84); // lat 45..46, lon 15..17
        GridCoverage2D c = TestCoverages.surface(env, 80, 20, 1, -9999, null);
        Path file = tmp.resolve("geo.tif");
        GeoTiffEncoder.write(c, file, GeoTiffOptions.defaults());
        JsonNode info = Gdal.info(file);
        assertEquals(
                "[15.0,0.025,0.0,46.0,0.0,-0.05]", info.path("geoTransform").toString());
        assertCellsEqual(c, file);
    }
}
