package org.geointerp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, started as a user would (`java -jar target/geointerp.jar`), not the classes:
 * its bundled dependencies must be complete. GeoTools needs commons-lang3 for the URN and URI
 * CRS forms, which the GeoTools wrapper does not bundle (issue 17, finding 2).
 */
class CliJarIT {
    @TempDir
    Path dir;

    @Test
    void everyCrsFormRunsFromTheJarAndGivesTheSameGeoTiff() throws Exception {
        Path jar = Path.of(System.getProperty("cli.jar", "target/geointerp.jar"));
        assertTrue(Files.isRegularFile(jar), "command-line jar not built: " + jar);
        StringBuilder csv = new StringBuilder("x,y,value\n");
        for (int i = 0; i < 30; i++) {
            double x = 500_000 + (i * 7919 % 10_000);
            double y = 4_000_000 + (i * 104_729 % 8_000);
            csv.append(x)
                    .append(',')
                    .append(y)
                    .append(',')
                    .append(x / 1000 + y / 2000)
                    .append('\n');
        }
        Path points = Files.writeString(dir.resolve("points.csv"), csv);
        byte[] first = null;
        for (String crs :
                List.of("EPSG:32633", "urn:ogc:def:crs:EPSG::32633", "http://www.opengis.net/def/crs/EPSG/0/32633")) {
            Path out = dir.resolve("s" + Math.abs(crs.hashCode()));
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-jar",
                            jar.toString(),
                            "shepard",
                            "-i",
                            points.toString(),
                            "--crs",
                            crs,
                            "-o",
                            out.toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
            assertEquals(0, p.exitValue(), crs + ":\n" + log);
            byte[] tif = Files.readAllBytes(out.resolveSibling(out.getFileName() + ".tif"));
            if (first == null) {
                first = tif;
            } else {
                assertArrayEquals(first, tif, crs + " gives another GeoTIFF than EPSG:32633");
            }
        }
    }
}
