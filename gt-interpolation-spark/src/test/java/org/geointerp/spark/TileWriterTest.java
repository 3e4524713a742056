package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiles written as GeoTIFFs and a VRT through Hadoop's file system (a local path here) read back with GDAL as one
 * raster equal to the tiles, band for band, with the CRS and nodata declared.
 */
class TileWriterTest {

    @TempDir
    Path dir;

    @Test
    void gdalReadsTheMosaicAsTheTiles() throws Exception {
        double[][] p = SparkTests.uniform(800, 2000, 21);
        InterpolationRequest request = InterpolationRequest.of("Clusterpolate")
                .withParameter("radius", 150.0)
                .withGeometryColumn("geom")
                .withGrid(0, 0, 2000, 1500, 40, 30)
                .withCrs("EPSG:32633")
                .withTileSize(16, 12);
        TiledResult result = SparkInterpolation.interpolate(SparkTests.points(p[0], p[1], p[2]), request);
        TileWriter.Written w = TileWriter.write(result, dir.toUri().toString(), "surface");
        assertEquals(9, w.tiles().size(), w.tiles().toString());
        Path vrt = dir.resolve("surface.vrt");
        assertTrue(Files.exists(vrt));
        String info = run("gdalinfo", vrt.toString());
        assertTrue(info.contains("Size is 40, 30"), info);
        assertTrue(info.contains("UTM zone 33N"), info);
        assertTrue(info.contains("NoData Value=-9999"), info);
        assertTrue(info.contains("Description = membership"), info);
        float[][] tiles = SparkTests.mosaic(result, 40, 30);
        for (int band = 1; band <= 2; band++) {
            Path asc = dir.resolve("band" + band + ".asc");
            run("gdal_translate", "-q", "-of", "AAIGrid", "-b", String.valueOf(band), vrt.toString(), asc.toString());
            float[] read = ascii(asc, 40, 30);
            for (int i = 0; i < read.length; i++) {
                assertEquals(tiles[band - 1][i], read[i], 0, "band " + band + " cell " + i);
            }
        }
        String tif = run("gdalinfo", dir.resolve("surface_1_1.tif").toString());
        assertTrue(tif.contains("COMPRESSION=DEFLATE"), tif);
        // lossy precision: the same mosaic, every cell within 2^-16 of the tiles' values, and the tiles say so
        Path lossy = dir.resolve("lossy");
        TileWriter.write(result, lossy.toUri().toString(), "surface", 8);
        assertTrue(run("gdalinfo", lossy.resolve("surface_1_1.tif").toString()).contains("discardedMantissaBits=8"));
        Path asc = dir.resolve("lossy.asc");
        run(
                "gdal_translate",
                "-q",
                "-of",
                "AAIGrid",
                "-b",
                "1",
                lossy.resolve("surface.vrt").toString(),
                asc.toString());
        float[] rounded = ascii(asc, 40, 30);
        int changed = 0;
        for (int i = 0; i < rounded.length; i++) {
            float exact = tiles[0][i];
            assertEquals(exact, rounded[i], Math.abs(exact) * Math.scalb(1.0, -16), "rounded band 1 cell " + i);
            changed += exact != rounded[i] ? 1 : 0;
        }
        assertTrue(changed > 0, "no cell was rounded");
        result.release();
    }

    private static float[] ascii(Path file, int width, int height) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<Float> values = new ArrayList<>();
        for (String line : lines) {
            if (Character.isLetter(line.trim().isEmpty() ? 'x' : line.trim().charAt(0))) {
                continue;
            }
            for (String t : line.trim().split("\\s+")) {
                values.add(Float.parseFloat(t));
            }
        }
        assertEquals(width * height, values.size());
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }
}
