package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, started as a user would: `java -jar ... --port 0`, on 127.0.0.1 by default.
 * The jar, not the classes: its bundled dependencies must be complete (issue 17, finding 2: the
 * URN CRS forms need commons-lang3, which the GeoTools wrapper does not bundle).
 */
class ServerJarIT {
    @Test
    void theJarServesCapabilitiesAndAGeoTiff() throws Exception {
        Path jar = Path.of(System.getProperty("server.jar", "target/interpolation-server.jar"));
        assertTrue(Files.isRegularFile(jar), "server jar not built: " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--port", "0", "--workers", "1")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Pattern listening = Pattern.compile("WPS 1.0.0 listening on (http://127\\.0\\.0\\.1:\\d+/wps)");
            StringBuilder log = new StringBuilder();
            for (String line; url == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                log.append(line).append('\n');
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, "the jar did not start:\n" + log);
            Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
            drain.setDaemon(true);
            drain.start();
            Http.Reply caps = Http.get(url + "?service=WPS&request=GetCapabilities");
            assertEquals(200, caps.status());
            assertTrue(caps.text().contains("<ows:Identifier>interpolation:Shepard</ows:Identifier>"), caps.text());
            Http.Reply tiff = Http.postXml(url, ExecuteXml.shepard(new TestPoints(30, 1), 30, 20));
            assertEquals(200, tiff.status(), tiff.text());
            assertEquals("image/tiff", tiff.contentType());
            everyCrsFormGivesTheSameGeoTiff(url, tiff.body());
            aGeographicUrnBboxIsReadLatitudeFirst(url);
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The short, URN and URI forms of EPSG:32633, in outputBBOX and in the GeoJSON crs member (as ogr2ogr writes it). */
    private static void everyCrsFormGivesTheSameGeoTiff(String url, byte[] expected) throws Exception {
        TestPoints points = new TestPoints(30, 1);
        for (String crs : List.of("urn:ogc:def:crs:EPSG::32633", "http://www.opengis.net/def/crs/EPSG/0/32633")) {
            String data = points.text().replace("\"name\":\"" + TestPoints.CRS + "\"", "\"name\":\"" + crs + "\"");
            assertTrue(data.contains(crs));
            String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                    + ExecuteXml.geoJson("data", data)
                    + ExecuteXml.grid(30, 20).replace("crs=\"" + TestPoints.CRS + "\"", "crs=\"" + crs + "\"")
                    + ExecuteXml.rawTiff();
            assertTrue(xml.contains("crs=\"" + crs + "\""));
            Http.Reply r = Http.postXml(url, xml);
            assertEquals(200, r.status(), crs + ": " + r.text());
            assertArrayEquals(expected, r.body(), crs + " gives another GeoTIFF than " + TestPoints.CRS);
        }
    }

    /** urn:ogc:def:crs:EPSG::4326 follows EPSG's axis order (latitude first), the short form longitude first. */
    private static void aGeographicUrnBboxIsReadLatitudeFirst(String url) throws Exception {
        String lonLat =
                "<wps:BoundingBoxData crs=\"EPSG:4326\" dimensions=\"2\"><ows:LowerCorner>14 36</ows:LowerCorner>"
                        + "<ows:UpperCorner>15 37</ows:UpperCorner></wps:BoundingBoxData>";
        String latLon = "<wps:BoundingBoxData crs=\"urn:ogc:def:crs:EPSG::4326\" dimensions=\"2\">"
                + "<ows:LowerCorner>36 14</ows:LowerCorner><ows:UpperCorner>37 15</ows:UpperCorner></wps:BoundingBoxData>";
        byte[] first = null;
        for (String box : List.of(lonLat, latLon)) {
            String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                    + ExecuteXml.geoJson("data", LON_LAT_POINTS)
                    + ExecuteXml.literal("valueAttr", "value")
                    + "<wps:Input><ows:Identifier>outputBBOX</ows:Identifier><wps:Data>" + box
                    + "</wps:Data></wps:Input>"
                    + ExecuteXml.literal("outputWidth", 8)
                    + ExecuteXml.literal("outputHeight", 8)
                    + ExecuteXml.rawTiff();
            Http.Reply r = Http.postXml(url, xml);
            assertEquals(200, r.status(), box + ": " + r.text());
            assertEquals("image/tiff", r.contentType());
            float[] cells = GeoTiffCells.of(r.body());
            if (first == null) {
                first = r.body();
                assertTrue(cells[0] > 0, "no surface over the points: " + java.util.Arrays.toString(cells));
            } else {
                assertArrayEquals(GeoTiffCells.of(first), cells, 0f, "the URN bounding box is another area");
            }
        }
    }

    /** Four points in RFC 7946 longitude/latitude (no crs member) inside 14..15 E, 36..37 N. */
    private static final String LON_LAT_POINTS = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14.1,36.1]},\"properties\":{\"value\":1}},"
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14.9,36.2]},\"properties\":{\"value\":2}},"
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14.2,36.9]},\"properties\":{\"value\":3}},"
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14.8,36.8]},\"properties\":{\"value\":4}}]}";
}
