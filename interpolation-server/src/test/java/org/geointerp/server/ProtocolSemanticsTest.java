package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.geointerp.server.core.ProcessInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OGC API - Processes Part 1 exception types and DELETE, and WPS 1.0.0 lineage, status and
 * AcceptVersions, as the two standards define them (issue 17, finding 8).
 */
class ProtocolSemanticsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPES = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";
    private static final TestPoints POINTS = new TestPoints(25, 21);
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(
                Published.catalog(), RunningServer.config(1, List.of()).withLimits(4L * 1024 * 1024, 40_000_000L));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertProblem(Http.Reply r, int status, String type) throws Exception {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(TYPES + type, JSON.readTree(r.body()).path("type").asText(), r.text());
    }

    private static Http.Reply delete(String url) throws Exception {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
    }

    private static JsonNode startAsync(int width, int height, int points) throws Exception {
        ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
        ObjectNode body = JSON.createObjectNode();
        body.set("inputs", ProcessInputs.forOgcApi(shepard, new TestPoints(points, 5), width, height));
        Http.Reply created = Http.send(
                HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                        .header("Content-Type", "application/json")
                        .header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build());
        assertEquals(201, created.status(), created.text());
        return JSON.readTree(created.body());
    }

    private static JsonNode awaitEnd(String jobUrl) throws Exception {
        JsonNode status = JSON.readTree(Http.get(jobUrl).body());
        for (int i = 0;
                i < 1200
                        && !List.of("successful", "failed", "dismissed")
                                .contains(status.path("status").asText());
                i++) {
            Thread.sleep(25);
            status = JSON.readTree(Http.get(jobUrl).body());
        }
        return status;
    }

    @Test
    void ogcApiExceptionsHaveTheirOwnTypes() throws Exception {
        String api = server.ogcApi();
        assertProblem(Http.get(api + "/jobs/" + UUID.randomUUID()), 404, "no-such-job");
        assertProblem(Http.get(api + "/jobs/" + UUID.randomUUID() + "/results"), 404, "no-such-job");
        assertProblem(Http.get(api + "/processes/nope:Nope"), 404, "no-such-process");
        // a job still running has no results yet
        JsonNode big = startAsync(6000, 6000, 2000);
        String bigUrl = api + "/jobs/" + big.path("jobID").asText();
        assertProblem(Http.get(bigUrl + "/results"), 404, "result-not-ready");
        assertEquals(200, delete(bigUrl).status());
        // a finished job has no output of another name
        JsonNode small = startAsync(20, 10, 25);
        String url = api + "/jobs/" + small.path("jobID").asText();
        assertEquals("successful", awaitEnd(url).path("status").asText());
        assertProblem(Http.get(url + "/results/nosuch"), 404, "no-such-output");
        assertEquals(200, Http.get(url + "/results/result").status());
    }

    @Test
    void deleteDismissesARunningJobAndRemovesAFinishedOne() throws Exception {
        String api = server.ogcApi();
        JsonNode big = startAsync(6000, 6000, 2000);
        String bigUrl = api + "/jobs/" + big.path("jobID").asText();
        Http.Reply dismissed = delete(bigUrl);
        assertEquals(200, dismissed.status(), dismissed.text());
        assertEquals("dismissed", JSON.readTree(dismissed.body()).path("status").asText(), dismissed.text());
        assertEquals("dismissed", awaitEnd(bigUrl).path("status").asText());
        // a second DELETE removes the dismissed job
        assertEquals(200, delete(bigUrl).status());
        assertProblem(Http.get(bigUrl), 404, "no-such-job");

        JsonNode small = startAsync(20, 10, 25);
        String url = api + "/jobs/" + small.path("jobID").asText();
        assertEquals("successful", awaitEnd(url).path("status").asText());
        Http.Reply removed = delete(url);
        assertEquals(200, removed.status(), removed.text());
        JsonNode info = JSON.readTree(removed.body());
        assertEquals("dismissed", info.path("status").asText(), removed.text());
        assertEquals(small.path("jobID").asText(), info.path("jobID").asText());
        assertProblem(Http.get(url), 404, "no-such-job");
        assertProblem(Http.get(url + "/results"), 404, "no-such-job");
        assertProblem(delete(url), 404, "no-such-job");
        assertTrue(server.server.jobs().find(small.path("jobID").asText()).isEmpty(), "the job is still kept");
    }

    @Test
    void wpsLineageEchoesTheInputsAndOutputDefinitions() throws Exception {
        String xml = ExecuteXml.document(
                POINTS,
                "lineage=\"true\"",
                "<wps:Output asReference=\"true\" mimeType=\"image/tiff\"><ows:Identifier>result</ows:Identifier>"
                        + "</wps:Output>");
        Http.Reply r = Http.postXml(server.wps(), xml);
        assertEquals(200, r.status(), r.text());
        String doc = r.text();
        assertTrue(doc.contains("<wps:DataInputs>") && doc.contains("<wps:OutputDefinitions>"), doc);
        for (String id : List.of("data", "valueAttr", "outputBBOX", "outputWidth", "outputHeight")) {
            assertTrue(doc.contains("<ows:Identifier>" + id + "</ows:Identifier>"), id + " not echoed: " + doc);
        }
        assertTrue(doc.contains("<wps:LiteralData>20</wps:LiteralData>"), doc);
        assertTrue(doc.contains("\"value\""), "GeoJSON not echoed: " + doc);
        assertTrue(doc.contains("<ows:LowerCorner>" + TestPoints.MIN_X + " " + TestPoints.MIN_Y), doc);
        assertTrue(
                doc.indexOf("<wps:Status") < doc.indexOf("<wps:DataInputs>")
                        && doc.indexOf("<wps:DataInputs>") < doc.indexOf("<wps:OutputDefinitions>")
                        && doc.indexOf("<wps:OutputDefinitions>") < doc.indexOf("<wps:ProcessOutputs>"),
                "elements out of the schema's order: " + doc);
        // without lineage: neither
        Http.Reply plain = Http.postXml(server.wps(), xml.replace(" lineage=\"true\"", ""));
        assertTrue(!plain.text().contains("<wps:DataInputs>"), plain.text());
    }

    @Test
    void wpsStatusWithoutStoreAndUnsupportedVersionsAreRefused() throws Exception {
        String xml = ExecuteXml.document(
                POINTS, "status=\"true\"", "<wps:Output><ows:Identifier>result</ows:Identifier></wps:Output>");
        Http.Reply r = Http.postXml(server.wps(), xml);
        assertEquals(400, r.status(), r.text());
        assertTrue(
                r.text().contains("exceptionCode=\"InvalidParameterValue\"")
                        && r.text().contains("locator=\"status\""),
                r.text());
        String caps = server.wps() + "?service=WPS&request=GetCapabilities&AcceptVersions=";
        Http.Reply v2 = Http.get(caps + "2.0.0");
        assertEquals(400, v2.status(), v2.text());
        assertTrue(
                v2.text().contains("exceptionCode=\"VersionNegotiationFailed\"")
                        && v2.text().contains("locator=\"AcceptVersions\""),
                v2.text());
        assertEquals(200, Http.get(caps + "2.0.0,1.0.0").status());
        assertEquals(200, Http.get(caps + "1.0.0").status());
        String post = "<wps:GetCapabilities xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""
                + " xmlns:ows=\"http://www.opengis.net/ows/1.1\" service=\"WPS\">"
                + "<wps:AcceptVersions><ows:Version>2.0.0</ows:Version></wps:AcceptVersions></wps:GetCapabilities>";
        Http.Reply p2 = Http.postXml(server.wps(), post);
        assertEquals(400, p2.status(), p2.text());
        assertTrue(p2.text().contains("VersionNegotiationFailed"), p2.text());
        assertEquals(
                200, Http.postXml(server.wps(), post.replace("2.0.0", "1.0.0")).status());
    }
}
