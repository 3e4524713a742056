package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL places the ASCII grids written here where they belong, square cells or not, and reads every value. */
class AsciiGridEncoderTest {

    @TempDir
    Path tmp;

    @Test
    void nonSquareCellsAreWrittenAsDxDyAndGdalPlacesTheGrid() throws Exception {
        // the server probe's case: a 30 x 30 km box at 64 x 48 cells (468.75 x 625 m cells); one cell size put
        // the top edge 7.5 km short
        GridCoverage2D c = TestCoverages.surface(
                TestCoverages.envelope(500000, 5330000, 530000, 5360000, CRS.decode("EPSG:32633")),
                64,
                48,
                1,
                -9999,
                null);
        Path file = tmp.resolve("grid.asc");
        AsciiGridEncoder.write(c, file);
        List<String> header = Files.readAllLines(file).subList(0, 7);
        assertEquals(
                List.of(
                        "ncols 64",
                        "nrows 48",
                        "xllcorner 500000",
                        "yllcorner 5330000",
                        "dx 468.75",
                        "dy 625",
                        "NODATA_value -9999"),
                header);
        JsonNode info = Gdal.info(file);
        assertEquals(
                "[500000.0,468.75,0.0,5360000.0,0.0,-625.0]",
                info.path("geoTransform").toString());
        assertEquals(-9999, info.path("bands").get(0).path("noDataValue").asDouble(), 0.0);
        assertValuesRead(c, file);
    }

    @Test
    void squareCellsUseCellsizeAndServerBytesEqualTheFile() throws Exception {
        GridCoverage2D c =
                TestCoverages.surface(TestCoverages.envelope(-1.5, -1.5, 1.5, 1.5, null), 30, 30, 1, -32000, null);
        Path file = tmp.resolve("sq.asc");
        AsciiGridEncoder.write(c, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("xllcorner -1.5", lines.get(2));
        assertEquals("cellsize 0.1", lines.get(4));
        assertEquals("NODATA_value -32000", lines.get(5));
        assertEquals(
                "[-1.5,0.1,0.0,1.5,0.0,-0.1]",
                Gdal.info(file).path("geoTransform").toString());
        assertValuesRead(c, file);
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(file), AsciiGridEncoder.encode(c));
    }

    private static void assertValuesRead(GridCoverage2D c, Path file) throws Exception {
        RasterContent content = RasterContent.of(c);
        float[] got = Gdal.cells(file, content.width(), content.height(), 1).get(0);
        float[] expected = content.bands()[0];
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 0.0, "cell " + i);
        }
    }
}
