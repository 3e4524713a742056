package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterpolateCommandTest {

    @TempDir
    Path tmp;

    /** Two clusters of points in UTM metres, as CSV. */
    private Path csv() throws Exception {
        Random r = new Random(6);
        StringBuilder s = new StringBuilder("x,y,value\n");
        for (int i = 0; i < 300; i++) {
            boolean left = i % 2 == 0;
            s.append(String.format(
                    Locale.ROOT,
                    "%.3f,%.3f,%.4f%n",
                    (left ? 2000 : 8000) + r.nextGaussian() * 500,
                    5000 + r.nextGaussian() * 800,
                    (left ? 0.2 : 0.8) + r.nextGaussian() * 0.05));
        }
        Path f = tmp.resolve("obs.csv");
        Files.writeString(f, s);
        return f;
    }

    private int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTwoBandGeoTiffAndTheMembershipPicture() throws Exception {
        Path base = tmp.resolve("out/cp");
        int code = run(
                new StringWriter(),
                "clusterpolate",
                "-i",
                csv().toString(),
                "--crs",
                "EPSG:32633",
                "-o",
                base.toString(),
                "--bbox",
                "0,0,10000,10000",
                "-W",
                "60",
                "--radius",
                "900",
                "--points-picture");
        assertEquals(0, code);
        GeoTiffReader reader = new GeoTiffReader(tmp.resolve("out/cp.tif").toFile());
        GridCoverage2D c = reader.read(null);
        assertEquals(2, c.getNumSampleDimensions());
        assertTrue(Files.size(tmp.resolve("out/cp.asc")) > 0);

        // the picture shows the membership as opacity over white, and so does the QGIS style (alpha band 2)
        assertTrue(ImageIO.read(tmp.resolve("out/cp.png").toFile()).getWidth() > 60, "a picture with a colour bar");
        assertTrue(Files.readString(tmp.resolve("out/cp.qml")).contains("alphaBand=\"2\""));
        org.geointerp.output.RasterContent content = org.geointerp.output.RasterContent.of(c);
        org.geointerp.output.Legend legend = org.geointerp.output.Legend.of(
                "value", org.geointerp.output.ColorRamp.VIRIDIS, content, 0, Double.NaN, Double.NaN);
        BufferedImage png = org.geointerp.output.Picture.surface(content, legend, 0, 1);
        boolean opaque = false;
        boolean partial = false;
        boolean clear = false;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int i = y * png.getWidth() + x;
                float v = content.bands()[0][i];
                if (content.isNoData(v)) {
                    continue;
                }
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                float m = content.bands()[1][i];
                int full = legend.color(v);
                opaque |= m > 0.97 && near(rgb, full, 6);
                partial |= m > 0.2 && m < 0.8 && !near(rgb, full, 20) && !near(rgb, 0xFFFFFF, 20);
                clear |= m < 0.03 && near(rgb, 0xFFFFFF, 8);
            }
        }
        assertTrue(opaque && partial && clear, "opacity follows membership: 1 near data, fading, 0 between clusters");
        assertEquals(60, ImageIO.read(tmp.resolve("out/cp_points.png").toFile()).getWidth());
        reader.dispose();
    }

    private static boolean near(int a, int b, int levels) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > levels) {
                return false;
            }
        }
        return true;
    }

    @Test
    void badKernelIsOneLineNamingTheParameter() throws Exception {
        StringWriter err = new StringWriter();
        int code = run(
                err,
                "clusterpolate",
                "-i",
                csv().toString(),
                "-o",
                tmp.resolve("x").toString(),
                "--format",
                "PNG",
                "--kernel",
                "cosine");
        assertEquals(2, code);
        assertEquals(
                "error: kernel: unknown kernel 'cosine'; known kernels: bump, epanechnikov, triweight," + " gaussian",
                err.toString().strip());
    }
}
