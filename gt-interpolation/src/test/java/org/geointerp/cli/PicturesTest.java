package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.geointerp.output.ColorRamp;
import org.geointerp.output.Legend;
import org.geointerp.output.Picture;
import org.geointerp.output.RasterContent;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures and the QGIS style: the legend spans the raster's values as GDAL computes them, the river and the
 * points are drawn, and QGIS opens the GeoTIFF with the style applied, coloured as the picture.
 */
class PicturesTest {

    static final Path DATA = Path.of("..", "sample-data");

    @TempDir
    Path tmp;

    private Path shepardWithRiver() {
        Path base = tmp.resolve("river");
        CommandLineTest.Run r = CommandLineTest.run(
                "shepard",
                "-i",
                DATA.resolve("franke_dps1_f1.csv").toString(),
                "--crs",
                "EPSG:32633",
                "--bbox",
                "500000,5000000,510000,5010000",
                "-W",
                "120",
                "--barriers",
                DATA.resolve("river_utm33.geojson").toString(),
                "--draw-points",
                "-o",
                base.toString());
        assertEquals(0, r.code(), r.err());
        return base;
    }

    private static Map<String, String> pngText(Path png) throws Exception {
        Map<String, String> text = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var entries = root.getElementsByTagName("tEXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                text.put(e.getAttribute("keyword"), e.getAttribute("value"));
            }
            reader.dispose();
        }
        return text;
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (java.io.IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(command.get(0) + " is required on CI", e);
            }
            Assumptions.abort(command.get(0) + " not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + out);
        return out;
    }

    @Test
    void legendSpansTheRasterStatisticsAndTheRiverAndPointsAreDrawn() throws Exception {
        Path base = shepardWithRiver();
        Map<String, String> text = pngText(Path.of(base + ".png"));
        JsonNode band = new ObjectMapper()
                .readTree(run(List.of("gdalinfo", "-json", "-stats", base + ".tif"), Map.of()))
                .path("bands")
                .get(0);
        Files.deleteIfExists(Path.of(base + ".tif.aux.xml"));
        // the statistics GDAL keeps in full precision (the JSON's "minimum" is rounded to 3 decimals)
        double min = band.path("metadata").path("").path("STATISTICS_MINIMUM").asDouble(Double.NaN);
        double max = band.path("metadata").path("").path("STATISTICS_MAXIMUM").asDouble(Double.NaN);
        assertEquals(min, Double.parseDouble(text.get("Legend minimum")), 1e-9 * (max - min), text.toString());
        assertEquals(max, Double.parseDouble(text.get("Legend maximum")), 1e-9 * (max - min), text.toString());
        assertEquals("value", text.get("Legend"), "the colour bar names the value column");
        BufferedImage img = ImageIO.read(new File(base + ".png"));
        int river = 0;
        int points = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                river += rgb == 0x1F78B4 ? 1 : 0;
                points += rgb == 0 ? 1 : 0;
            }
        }
        assertTrue(river > 500, "river pixels: " + river);
        assertTrue(points > 100 * 4, "black point outlines: " + points);
    }

    @Test
    void qgisOpensTheGeoTiffWithTheStyleAndDrawsThePicturesColours() throws Exception {
        Path base = shepardWithRiver();
        Path script = tmp.resolve("qgis_render.py");
        try (var in = getClass().getResourceAsStream("/qgis/qgis_render.py")) {
            Files.copy(in, script);
        }
        Path rendered = tmp.resolve("qgis.png");
        String json = run(
                List.of("/usr/bin/python3", script.toString(), base + ".tif", rendered.toString()),
                Map.of("QT_QPA_PLATFORM", "offscreen"));
        JsonNode qgis = new ObjectMapper().readTree(json.substring(json.lastIndexOf('{')));
        assertEquals("singlebandpseudocolor", qgis.path("renderer").asText(), json);
        assertEquals(1, qgis.path("band").asInt());
        assertEquals(-1, qgis.path("alphaBand").asInt());
        RasterContent content;
        GeoTiffReader reader = new GeoTiffReader(new File(base + ".tif"));
        try {
            content = RasterContent.of(reader.read(null));
        } finally {
            reader.dispose();
        }
        Legend legend = Legend.of("value", ColorRamp.VIRIDIS, content, 0, Double.NaN, Double.NaN);
        assertEquals(legend.min(), qgis.path("min").asDouble(), 1e-9 * (legend.max() - legend.min()));
        assertEquals(legend.max(), qgis.path("max").asDouble(), 1e-9 * (legend.max() - legend.min()));
        assertEquals(ColorRamp.VIRIDIS.stopCount(), qgis.path("items").size());
        // QGIS's rendering, one pixel a cell, against the picture's colours cell for cell
        BufferedImage ours = Picture.surface(content, legend, 0, -1);
        BufferedImage theirs = ImageIO.read(rendered.toFile());
        assertEquals(content.width(), theirs.getWidth());
        int far = 0;
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                int a = ours.getRGB(x, y);
                int b = theirs.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 3) {
                        far++;
                        break;
                    }
                }
            }
        }
        assertTrue(far <= content.width() * content.height() / 100, far + " cells differ by more than 3 levels");
    }
}
