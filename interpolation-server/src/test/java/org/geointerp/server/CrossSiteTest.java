package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a web page open in the user's browser could make a server on localhost do (issue 17,
 * finding 4): DNS rebinding (a foreign Host header), cross-site forms and scripts starting jobs
 * (text/plain or form bodies, Origin and Sec-Fetch-Site headers), and reading every client's
 * jobs from the job list. All on the loopback interface.
 */
class CrossSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestPoints POINTS = new TestPoints(30, 9);
    private static RunningServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()));
        port = server.server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String executePath() {
        return "/ogcapi/processes/" + ExecuteXml.PROCESS + "/execution";
    }

    private static byte[] executeBody() {
        return ("{\"inputs\":{\"data\":" + POINTS.text() + ",\"valueAttr\":\"value\",\"outputBBOX\":{\"bbox\":["
                        + TestPoints.MIN_X + "," + TestPoints.MIN_Y + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y
                        + "],\"crs\":\"" + TestPoints.CRS + "\"},\"outputWidth\":20,\"outputHeight\":10}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RawHttp.Reply post(InetAddress from, String contentType, Map<String, String> extra, byte[] body)
            throws Exception {
        Map<String, String> h = new java.util.LinkedHashMap<>(extra);
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return RawHttp.send(from, port, "POST", executePath(), h, body);
    }

    private static int jobCount() {
        return server.server.jobs().all().size();
    }

    @Test
    void aForeignHostHeaderIsRefusedAndTheServedNamesAreAnswered() throws Exception {
        String caps = "/wps?service=WPS&request=GetCapabilities";
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
            assertEquals(200, RawHttp.get(port, caps, Map.of("Host", host)).status(), host);
        }
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port)) {
            RawHttp.Reply r = RawHttp.get(port, caps, Map.of("Host", host));
            assertEquals(421, r.status(), host + ": " + r.body());
            assertTrue(r.body().contains("exceptionCode=\"InvalidParameterValue\"")
                    && r.body().contains("Host"));
            RawHttp.Reply jobs = RawHttp.get(port, "/ogcapi/jobs", Map.of("Host", host));
            assertEquals(421, jobs.status(), jobs.body());
            assertFalse(jobs.body().contains("jobID"), jobs.body());
        }
        // a job cannot be dismissed through a rebound name either
        RawHttp.Reply created = post(
                InetAddress.getLoopbackAddress(), "application/json", Map.of("Prefer", "respond-async"), executeBody());
        assertEquals(201, created.status(), created.body());
        String id = JSON.readTree(created.body()).path("jobID").asText();
        RawHttp.Reply deleted = RawHttp.send(
                InetAddress.getLoopbackAddress(),
                port,
                "DELETE",
                "/ogcapi/jobs/" + id,
                Map.of("Host", "evil.example:" + port),
                null);
        assertEquals(421, deleted.status(), deleted.body());
        assertTrue(server.server.jobs().find(id).isPresent(), "the job was removed through a foreign host name");
    }

    @Test
    void bodiesACrossSiteFormCanSendStartNoJob() throws Exception {
        int before = jobCount();
        for (String type :
                new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null
                }) {
            RawHttp.Reply r = post(InetAddress.getLoopbackAddress(), type, Map.of(), executeBody());
            assertEquals(415, r.status(), type + ": " + r.body());
            assertTrue(r.body().contains("Content-Type"), r.body());
            RawHttp.Reply wps = RawHttp.send(
                    InetAddress.getLoopbackAddress(),
                    port,
                    "POST",
                    "/wps",
                    type == null ? Map.of() : Map.of("Content-Type", type),
                    ExecuteXml.shepard(POINTS, 20, 10).getBytes(StandardCharsets.UTF_8));
            assertEquals(415, wps.status(), type + ": " + wps.body());
            assertTrue(wps.body().contains("locator=\"Content-Type\""), wps.body());
        }
        assertEquals(before, jobCount(), "a job was started");
        // the same requests as JSON and XML run
        assertEquals(
                200,
                post(InetAddress.getLoopbackAddress(), "application/json", Map.of(), executeBody())
                        .status());
        assertEquals(
                200,
                Http.postXml(server.wps(), ExecuteXml.shepard(POINTS, 20, 10)).status());
    }

    @Test
    void pagesOfOtherSitesCannotStartJobs() throws Exception {
        int before = jobCount();
        RawHttp.Reply r = post(
                InetAddress.getLoopbackAddress(),
                "application/json",
                Map.of("Origin", "http://evil.example"),
                executeBody());
        assertEquals(403, r.status(), r.body());
        // another port of this host is another origin
        r = post(
                InetAddress.getLoopbackAddress(),
                "application/json",
                Map.of("Origin", "http://127.0.0.1:" + (port == 1 ? 2 : port - 1)),
                executeBody());
        assertEquals(403, r.status(), r.body());
        // an <img> or <a href> pointing at a KVP Execute: the browser marks it cross-site
        String kvp = "/wps?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS + "&DataInputs="
                + Http.enc("valueAttr=value") + "&RawDataOutput=result";
        RawHttp.Reply img = RawHttp.get(port, kvp, Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, img.status(), img.body());
        assertTrue(img.body().contains("locator=\"Sec-Fetch-Site\""), img.body());
        assertEquals(before, jobCount(), "a job was started");
        // reading is not refused: capabilities for a cross-site page are harmless (it cannot read them without CORS)
        assertEquals(
                200,
                RawHttp.get(port, "/wps?service=WPS&request=GetCapabilities", Map.of("Sec-Fetch-Site", "cross-site"))
                        .status());
        // the server's own origin may
        r = post(
                InetAddress.getLoopbackAddress(),
                "application/json",
                Map.of("Origin", "http://127.0.0.1:" + port),
                executeBody());
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void theJobListShowsAClientItsOwnJobsOnly() throws Exception {
        InetAddress mine = InetAddress.getLoopbackAddress();
        InetAddress other = InetAddress.getByName("127.0.0.2");
        RawHttp.Reply a = post(mine, "application/json", Map.of("Prefer", "respond-async"), executeBody());
        RawHttp.Reply b = post(other, "application/json", Map.of("Prefer", "respond-async"), executeBody());
        assertEquals(201, a.status(), a.body());
        assertEquals(201, b.status(), b.body());
        String idA = JSON.readTree(a.body()).path("jobID").asText();
        String idB = JSON.readTree(b.body()).path("jobID").asText();
        Set<String> seenByA = listed(mine);
        Set<String> seenByB = listed(other);
        assertTrue(seenByA.contains(idA) && !seenByA.contains(idB), "A sees " + seenByA);
        assertTrue(seenByB.contains(idB) && !seenByB.contains(idA), "B sees " + seenByB);
        // ids are random UUIDs: 122 unguessable bits
        assertEquals(4, java.util.UUID.fromString(idA).version());
    }

    private static Set<String> listed(InetAddress from) throws Exception {
        RawHttp.Reply r = RawHttp.send(from, port, "GET", "/ogcapi/jobs", Map.of(), null);
        assertEquals(200, r.status(), r.body());
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode j : JSON.readTree(r.body()).path("jobs")) {
            ids.add(j.path("jobID").asText());
        }
        return ids;
    }
}
