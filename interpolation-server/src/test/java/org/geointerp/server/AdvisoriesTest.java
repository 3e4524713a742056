package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What docs/security.md promises beyond references and XML (SecurityTest): property names are
 * names, never expressions (GeoServer CVE-2024-36401); job ids are random and confined to the job
 * store; no answer carries a stack trace or a path of this machine; the server listens on
 * 127.0.0.1 unless told otherwise. All on 127.0.0.1.
 */
class AdvisoriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(
                Published.catalog(), RunningServer.config(2, List.of()).withEcho(true));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aPropertyNameIsNeverEvaluatedAsAnExpression() throws Exception {
        Path marker = Files.createTempDirectory("cve").resolve("evaluated");
        // the CVE-2024-36401 payload: GeoServer handed property names to commons-jxpath
        String payload = "exec(java.lang.Runtime.getRuntime(),'touch " + marker + "')";
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.geoJson("data", new TestPoints(20, 1).text())
                + ExecuteXml.literal("valueAttr", payload)
                + ExecuteXml.bbox()
                + ExecuteXml.literal("outputWidth", 10)
                + ExecuteXml.literal("outputHeight", 8)
                + ExecuteXml.rawTiff();
        Http.Reply r = Http.postXml(server.wps(), xml);
        assertEquals(400, r.status(), r.text());
        assertTrue(r.text().contains("locator=\"valueAttr\""), r.text());
        String kvp = server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS
                + "&DataInputs=" + Http.enc("valueAttr=" + payload) + "&RawDataOutput=result";
        Http.Reply k = Http.get(kvp);
        assertTrue(k.status() >= 400 && k.status() < 500, k.text());
        assertFalse(Files.exists(marker), "the property name was evaluated");
    }

    @Test
    void jobIdsAreRandomUuidsAndOnlyNameJobs() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Http.Reply created =
                    Http.send(HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/echo/execution"))
                            .header("Content-Type", "application/json")
                            .header("Prefer", "respond-async")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":{\"string\":\"x\"}}"))
                            .build());
            assertEquals(201, created.status(), created.text());
            String id = JSON.readTree(created.body()).path("jobID").asText();
            assertTrue(UUID4.matcher(id).matches(), id);
            ids.add(id);
        }
        assertEquals(50, ids.size(), "ids repeat");
        for (String bad : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "00000000-0000-4000-8000-000000000000")) {
            Http.Reply r = Http.get(server.ogcApi() + "/jobs/" + bad + "/results");
            // an id that is no job's is 404; Jetty refuses encoded slashes and dots in paths before that (400)
            assertTrue(r.status() == 404 || (r.status() == 400 && bad.contains("%2")), bad + ": " + r.text());
            assertFalse(r.text().contains("\tat "), r.text());
            assertFalse(r.text().contains("root:"), r.text());
            Http.Reply w = Http.get(server.wps() + "/status/" + bad);
            assertTrue(w.status() >= 400 && w.status() < 500, bad + ": " + w.text());
            assertFalse(w.text().contains("root:"), w.text());
        }
    }

    @Test
    void noAnswerCarriesAStackTraceOrAPathOfThisMachine() throws Exception {
        List<Http.Reply> replies = List.of(
                Http.postXml(server.wps(), "<wps:Execute xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""),
                Http.postXml(server.wps(), "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>"),
                Http.get(server.wps() + "?service=WPS&version=1.0.0&request=DescribeProcess&identifier=nosuch"),
                Http.get(server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS
                        + "&DataInputs=" + Http.enc("outputWidth=abc")),
                Http.get(server.wps() + "/results/nosuch/result.tif"),
                Http.post(
                        server.ogcApi() + "/processes/echo/execution",
                        "application/json",
                        "{\"inputs\":".getBytes(StandardCharsets.UTF_8)),
                Http.post(
                        server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution",
                        "application/json",
                        "{\"inputs\":{\"data\":{\"type\":\"FeatureCollection\",\"features\":[{\"geometry\":7}]}}}"
                                .getBytes(StandardCharsets.UTF_8)),
                Http.get(server.ogcApi() + "/processes/nosuch"),
                Http.get(server.ogcApi() + "/jobs?limit=-3"),
                Http.get(server.ogcApi() + "/nosuch"));
        List<String> paths = List.of(
                System.getProperty("java.io.tmpdir"),
                System.getProperty("user.dir"),
                System.getProperty("user.home"),
                System.getProperty("java.home"));
        for (Http.Reply r : replies) {
            String body = r.text();
            assertTrue(r.status() >= 400 && r.status() < 500, r.status() + ": " + body);
            assertFalse(body.contains("\tat ") || body.contains(".java:"), "stack trace: " + body);
            for (String p : paths) {
                assertFalse(p != null && p.length() > 1 && body.contains(p), p + " in " + body);
            }
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressUnlessTold() throws Exception {
        ServerMain main = CommandLine.populateCommand(new ServerMain());
        assertEquals("127.0.0.1", main.host);
        assertTrue(InetAddress.getByName(server.server.host()).isLoopbackAddress(), server.server.host());
    }
}
