package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's rasters as GDAL reads them: the shared encoders of gt-interpolation (issue 17: an ASCII grid with
 * non-square cells is placed where it belongs; issue 15: the GeoTIFF is tiled, compressed and described).
 */
class EncodedGridsTest {
    private static final TestPoints POINTS = new TestPoints(25, 11);

    private static RunningServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Http.Reply execute(int w, int h, String mimeType) throws Exception {
        String inputs = "data=" + POINTS.text() + "@mimeType=application/json;valueAttr=value;outputBBOX="
                + TestPoints.MIN_X + "," + TestPoints.MIN_Y + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y + ","
                + TestPoints.CRS + ";outputWidth=" + w + ";outputHeight=" + h;
        return Http.get(server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS
                + "&DataInputs=" + Http.enc(inputs) + "&RawDataOutput=result@mimeType=" + mimeType);
    }

    private static JsonNode gdalinfo(Path file) throws Exception {
        ExternalTools.Result r = ExternalTools.run(List.of(ExternalTools.gdalinfo(), "-json", file.toString()), 120);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void asciiGridWithNonSquareCellsIsPlacedWhereItBelongs() throws Exception {
        // 10 x 8 km at 64 x 48: cells of 156.25 x 166.67 m
        Http.Reply r = execute(64, 48, "application/arcgrid");
        assertEquals(200, r.status(), r.text());
        Path asc = tmp.resolve("grid.asc");
        Files.writeString(asc, r.text());
        JsonNode geo = gdalinfo(asc).path("geoTransform");
        assertEquals(TestPoints.MIN_X, geo.get(0).asDouble(), 1e-6, "west edge");
        assertEquals(TestPoints.MAX_Y, geo.get(3).asDouble(), 1e-6, "north edge");
        assertEquals((TestPoints.MAX_X - TestPoints.MIN_X) / 64, geo.get(1).asDouble(), 1e-9, "cell width");
        assertEquals(-(TestPoints.MAX_Y - TestPoints.MIN_Y) / 48, geo.get(5).asDouble(), 1e-9, "cell height");
    }

    @Test
    void geoTiffIsTiledCompressedAndDescribed() throws Exception {
        Http.Reply r = execute(40, 30, "image/tiff");
        assertEquals(200, r.status(), r.text());
        Path tif = tmp.resolve("grid.tif");
        Files.write(tif, r.body());
        JsonNode info = gdalinfo(tif);
        JsonNode band = info.path("bands").get(0);
        assertEquals("[256,256]", band.path("block").toString());
        assertEquals(
                "DEFLATE",
                info.path("metadata")
                        .path("IMAGE_STRUCTURE")
                        .path("COMPRESSION")
                        .asText());
        assertEquals("Gray", band.path("colorInterpretation").asText());
        assertTrue(band.path("description").asText().length() > 0, band.toString());
        assertTrue(info.path("metadata").path("").path("method").asText().length() > 0, info.toString());
    }
}
