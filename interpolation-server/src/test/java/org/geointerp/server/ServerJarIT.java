package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runnable jar, started as a user would: `java -jar ... --port 0`, on 127.0.0.1 by default. */
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
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
