package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile or oversized requests: XML entities, references to local files and to hosts that are
 * not allowed (checked against a listening sentinel that must never be contacted), redirects,
 * bodies and grids over the limits. All on 127.0.0.1.
 */
class SecurityTest {
    private static final TestPoints POINTS = new TestPoints(40, 7);
    private static RunningServer server;
    private static HttpServer dataHost;
    private static ServerSocket sentinel;
    private static final AtomicInteger DATA_REQUESTS = new AtomicInteger();
    private static String allowedPrefix;

    @BeforeAll
    static void start() throws Exception {
        sentinel = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        dataHost = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        dataHost.createContext("/allowed/points.json", ex -> {
            DATA_REQUESTS.incrementAndGet();
            byte[] b = POINTS.text().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        dataHost.createContext("/allowed/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + sentinel.getLocalPort() + "/x");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        dataHost.start();
        allowedPrefix = "http://127.0.0.1:" + dataHost.getAddress().getPort() + "/allowed/";
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of(allowedPrefix)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        dataHost.stop(0);
        sentinel.close();
    }

    private static void assertReport(Http.Reply r, int status, String code, String locator) {
        String body = r.text();
        assertEquals(status, r.status(), body);
        assertTrue(body.contains("ExceptionReport") && body.contains("exceptionCode=\"" + code + "\""), body);
        if (locator != null) {
            assertTrue(body.contains("locator=\"" + locator + "\""), body);
        }
        assertFalse(body.contains("root:x:0:0"), "file content leaked: " + body);
        assertFalse(body.contains("\tat org."), "stack trace leaked: " + body);
    }

    /** No connection reached the sentinel (the stand-in for any host that is not allowed). */
    private static void assertSentinelUntouched() throws IOException {
        sentinel.setSoTimeout(200);
        try {
            sentinel.accept().close();
            throw new AssertionError("the server connected to a host that is not allowed");
        } catch (SocketTimeoutException expected) {
            // nobody came
        }
    }

    @Test
    void xmlWithExternalEntityIsRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + ExecuteXml.open(ExecuteXml.PROCESS).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                + ExecuteXml.literal("valueAttr", "&xxe;") + ExecuteXml.rawTiff();
        assertReport(Http.postXml(server.wps(), xxe), 400, "NoApplicableCode", "request");
    }

    @Test
    void xmlWithEntityExpansionIsRefused() throws Exception {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<wps:Execute xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" service=\"WPS\" version=\"1.0.0\">&lol3;"
                + "</wps:Execute>";
        assertReport(Http.postXml(server.wps(), bomb), 400, "NoApplicableCode", "request");
    }

    @Test
    void fileReferenceIsRefused() throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.reference("data", "file:///etc/passwd")
                + ExecuteXml.grid(20, 10)
                + ExecuteXml.rawTiff();
        assertReport(Http.postXml(server.wps(), xml), 400, "InvalidParameterValue", "data");
        String kvp = server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS
                + "&DataInputs="
                + Http.enc("data=@xlink:href=file:///etc/passwd@mimeType=application/json;valueAttr=value")
                + "&RawDataOutput=result";
        assertReport(Http.get(kvp), 400, "InvalidParameterValue", "data");
    }

    @Test
    void referencesOutsideTheAllowedPrefixesAreRefusedWithoutAConnection() throws Exception {
        int before = DATA_REQUESTS.get();
        for (String href : List.of(
                "http://127.0.0.1:" + sentinel.getLocalPort() + "/points.json",
                "http://localhost:" + sentinel.getLocalPort() + "/allowed/points.json",
                allowedPrefix + "../secret.json",
                allowedPrefix.replace("/allowed/", "/allowedX/") + "points.json",
                "jar:" + allowedPrefix + "points.json!/x",
                "ftp://127.0.0.1:" + sentinel.getLocalPort() + "/points.json")) {
            String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                    + ExecuteXml.reference("data", href)
                    + ExecuteXml.grid(20, 10)
                    + ExecuteXml.rawTiff();
            assertReport(Http.postXml(server.wps(), xml), 400, "InvalidParameterValue", "data");
        }
        assertEquals(before, DATA_REQUESTS.get(), "a refused reference was fetched");
        assertSentinelUntouched();
    }

    @Test
    void redirectsFromAnAllowedHostAreNotFollowed() throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.reference("data", allowedPrefix + "redirect")
                + ExecuteXml.grid(20, 10)
                + ExecuteXml.rawTiff();
        assertReport(Http.postXml(server.wps(), xml), 400, "InvalidParameterValue", "data");
        assertSentinelUntouched();
    }

    @Test
    void anAllowedReferenceIsRead() throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.reference("data", allowedPrefix + "points.json")
                + ExecuteXml.grid(20, 10)
                + ExecuteXml.rawTiff();
        Http.Reply r = Http.postXml(server.wps(), xml);
        assertEquals(200, r.status(), r.text());
        assertEquals("image/tiff", r.contentType());
        String magic = new String(r.body(), 0, 2, StandardCharsets.US_ASCII);
        assertTrue(magic.equals("II") || magic.equals("MM"), "not a TIFF: " + magic);
    }

    @Test
    void bodiesOverTheLimitGetAnExceptionReport() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024]; // limit in RunningServer.config: 4 MiB
        java.util.Arrays.fill(big, (byte) ' ');
        byte[] head = ExecuteXml.open(ExecuteXml.PROCESS).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        assertReport(Http.post(server.wps(), "text/xml", big), 413, "FileSizeExceeded", "request");
    }

    @Test
    void gridsOverTheLimitGetAnExceptionReport() throws Exception {
        // limit in RunningServer.config: 4 000 000 cells
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.geoJson("data", POINTS.text())
                + ExecuteXml.grid(3000, 2000)
                + ExecuteXml.rawTiff();
        Http.Reply r = Http.postXml(server.wps(), xml);
        assertReport(r, 400, "InvalidParameterValue", "outputWidth");
        assertTrue(r.text().contains("4000000"), r.text());
        assertEquals(
                0,
                server.server.jobs().all().stream()
                        .filter(j -> j.process() != null && j.state() == org.geointerp.server.jobs.JobState.RUNNING)
                        .count(),
                "an over-limit job was started");
    }
}
