package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A million points as inline GeoJSON (about 170 MB, the body limit raised) through OGC API
 * execute, to the built jar running in a 512 MB heap: the body is spooled to disk and the
 * features read as a stream into arrays (100,000 points once died of OutOfMemoryError in 1 GB).
 * The grid is checked against the smooth field the points sample.
 */
class MillionPointsIT {
    private static final int POINTS = 1_000_000;

    @Test
    void aMillionGeoJsonPointsInterpolateInA512MbHeap() throws Exception {
        Path jar = Path.of(System.getProperty("server.jar", "target/interpolation-server.jar"));
        assertTrue(Files.isRegularFile(jar), "server jar not built: " + jar);
        Path body = Files.createTempFile("million", ".json");
        try {
            writeRequest(body);
            long size = Files.size(body);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process server = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-jar",
                            jar.toString(),
                            "--port",
                            "0",
                            "--workers",
                            "1",
                            "--max-body-mb",
                            "256")
                    .redirectErrorStream(true)
                    .start();
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                String base = null;
                StringBuilder log = new StringBuilder();
                Pattern listening =
                        Pattern.compile("OGC API - Processes listening on (http://127\\.0\\.0\\.1:\\d+/ogcapi)");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                for (String line; base == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                    log.append(line).append('\n');
                    Matcher m = listening.matcher(line);
                    if (m.find()) {
                        base = m.group(1);
                    }
                }
                assertTrue(base != null, "the jar did not start:\n" + log);
                Thread drain =
                        new Thread(() -> out.lines().forEach(l -> log.append(l).append('\n')));
                drain.setDaemon(true);
                drain.start();
                long t0 = System.nanoTime();
                Http.Reply r = Http.send(
                        HttpRequest.newBuilder(URI.create(base + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                                .timeout(Duration.ofMinutes(8))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofFile(body))
                                .build());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(
                        200,
                        r.status(),
                        r.text().length() < 2000 ? r.text() : r.text().substring(0, 2000));
                assertEquals("image/tiff", r.contentType());
                float[] cells = GeoTiffCells.of(r.body());
                double worst = 0;
                for (int row = 0; row < TestPoints.HEIGHT; row++) {
                    for (int col = 0; col < TestPoints.WIDTH; col++) {
                        double cx = TestPoints.MIN_X
                                + (col + 0.5) * (TestPoints.MAX_X - TestPoints.MIN_X) / TestPoints.WIDTH;
                        double cy = TestPoints.MAX_Y
                                - (row + 0.5) * (TestPoints.MAX_Y - TestPoints.MIN_Y) / TestPoints.HEIGHT;
                        worst = Math.max(
                                worst, Math.abs(cells[row * TestPoints.WIDTH + col] - TestPoints.value(cx, cy)));
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "[million points] %,d points, %,d byte body, 512 MB heap: answered in %d ms;"
                                + " largest departure from the sampled field %.4f%n",
                        POINTS,
                        size,
                        ms,
                        worst);
                assertTrue(!log.toString().contains("OutOfMemoryError"), log.toString());
                // a million points 10 m apart on average: Shepard's surface is the field to well under 0.1
                assertTrue(worst < 0.1, "cells depart from the field by " + worst);
            } finally {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /** The execute request, written as it is generated: the test holds no 170 MB string either. */
    private static void writeRequest(Path file) throws Exception {
        Random random = new Random(11);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"inputs\":{\"data\":{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                    + "{\"name\":\"" + TestPoints.CRS + "\"}},\"features\":[");
            for (int i = 0; i < POINTS; i++) {
                double x = TestPoints.MIN_X + random.nextDouble() * (TestPoints.MAX_X - TestPoints.MIN_X);
                double y = TestPoints.MIN_Y + random.nextDouble() * (TestPoints.MAX_Y - TestPoints.MIN_Y);
                w.write(i == 0 ? "" : ",");
                w.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
                w.write(Double.toString(x));
                w.write(',');
                w.write(Double.toString(y));
                w.write("]},\"properties\":{\"value\":");
                w.write(Double.toString(TestPoints.value(x, y)));
                w.write(",\"quality\":");
                w.write(Double.toString(random.nextDouble()));
                w.write("}}");
            }
            w.write("]},\"valueAttr\":\"value\",\"outputBBOX\":{\"bbox\":[" + TestPoints.MIN_X + "," + TestPoints.MIN_Y
                    + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y + "],\"crs\":\"" + TestPoints.CRS
                    + "\"},\"outputWidth\":" + TestPoints.WIDTH + ",\"outputHeight\":" + TestPoints.HEIGHT
                    + "},\"outputs\":{\"result\":{\"format\":{\"mediaType\":\"image/tiff\"}}}}");
        }
    }
}
