package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OGC API - Processes beyond execution of the interpolation processes: the API definition and
 * its page, paging of the process and job lists, the job list document, the echo process with
 * every kind of value (raw, multipart and document responses) and the HTML views. All on
 * 127.0.0.1.
 */
class OgcApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private static JsonNode json(Http.Reply r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static Http.Reply execute(String body, boolean async) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/echo/execution"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (async) {
            b.header("Prefer", "respond-async");
        }
        return Http.send(b.build());
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) {
            if (rel.equals(l.path("rel").asText())) {
                return l.path("href").asText();
            }
        }
        return null;
    }

    @Test
    void theLandingPageLinksAValidOpenApiDefinitionAndItsPage() throws Exception {
        JsonNode landing = json(Http.get(server.ogcApi() + "/"));
        String desc = link(landing, "service-desc");
        String doc = link(landing, "service-doc");
        assertNotNull(desc, landing.toString());
        assertNotNull(doc, landing.toString());
        Http.Reply api = Http.get(desc);
        assertEquals(200, api.status());
        assertEquals("application/vnd.oai.openapi+json;version=3.0", api.contentType());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(api.text());
        assertTrue(parsed.getMessages().isEmpty(), "OpenAPI problems: " + parsed.getMessages());
        assertEquals(server.ogcApi(), parsed.getOpenAPI().getServers().get(0).getUrl());
        // every resource the server answers is in the definition
        for (String path : List.of(
                "/",
                "/api",
                "/api.html",
                "/conformance",
                "/processes",
                "/processes/{processID}",
                "/processes/{processID}/execution",
                "/jobs",
                "/jobs/{jobID}",
                "/jobs/{jobID}/results",
                "/jobs/{jobID}/results/{outputID}")) {
            assertTrue(parsed.getOpenAPI().getPaths().containsKey(path), path);
        }
        Http.Reply page = Http.get(doc);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.text().contains("POST /processes/{processID}/execution"), page.text());
        JsonNode conformance = json(Http.get(server.ogcApi() + "/conformance"));
        assertTrue(conformance.toString().contains("/conf/oas30"), conformance.toString());
    }

    @Test
    void theProcessListIsPagedByLimitWithNextLinks() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        String url = server.ogcApi() + "/processes?limit=2";
        int pages = 0;
        while (url != null && pages < 20) {
            JsonNode page = json(Http.get(url));
            assertTrue(page.path("processes").size() <= 2, page.toString());
            page.path("processes").forEach(p -> seen.add(p.path("id").asText()));
            url = link(page, "next");
            pages++;
        }
        Set<String> expected = new LinkedHashSet<>();
        server.server.catalog().all().forEach(p -> expected.add(p.id()));
        expected.add("echo");
        assertEquals(expected, seen);
        assertEquals((expected.size() + 1) / 2, pages);
        JsonNode one = json(Http.get(server.ogcApi() + "/processes?limit=1"));
        assertEquals(1, one.path("processes").size());
        for (String bad : List.of("0", "-1", "ten")) {
            Http.Reply r = Http.get(server.ogcApi() + "/processes?limit=" + bad);
            assertEquals(400, r.status(), r.text());
            assertTrue(r.text().contains("limit"), r.text());
        }
    }

    @Test
    void theJobListShowsStatusTimesProgressAndLinksAndIsPaged() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Reply created = execute("{\"inputs\":{\"string\":\"job" + i + "\"}}", true);
            assertEquals(201, created.status(), created.text());
            ids.add(json(created).path("jobID").asText());
        }
        for (String id : ids) {
            JsonNode status = null;
            for (int i = 0; i < 200; i++) {
                status = json(Http.get(server.ogcApi() + "/jobs/" + id));
                if (status.path("status").asText().equals("successful")) {
                    break;
                }
                Thread.sleep(20);
            }
            assertEquals("successful", status.path("status").asText(), status.toString());
        }
        JsonNode page = json(Http.get(server.ogcApi() + "/jobs?limit=2&processID=echo"));
        assertEquals(2, page.path("jobs").size(), page.toString());
        // newest first
        assertEquals(ids.get(2), page.path("jobs").get(0).path("jobID").asText());
        for (JsonNode job : page.path("jobs")) {
            assertEquals("process", job.path("type").asText());
            assertEquals("echo", job.path("processID").asText());
            assertEquals(100, job.path("progress").asInt());
            for (String time : List.of("created", "started", "finished")) {
                assertTrue(job.path(time).isTextual(), time + " in " + job);
                java.time.Instant.parse(job.path(time).asText());
            }
            assertNotNull(link(job, "self"));
            assertNotNull(link(job, "http://www.opengis.net/def/rel/ogc/1.0/results"));
        }
        String next = link(page, "next");
        assertNotNull(next, page.toString());
        JsonNode rest = json(Http.get(next));
        assertTrue(rest.path("jobs").size() >= 1, rest.toString());
        assertNotNull(link(rest, "prev"));
        JsonNode none = json(Http.get(server.ogcApi() + "/jobs?status=failed&processID=echo"));
        assertEquals(0, none.path("jobs").size(), none.toString());
    }

    @Test
    void echoReturnsEveryKindOfValueInAResultsDocument() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 255};
        String body = "{\"inputs\":{\"string\":\"teststring\",\"number\":2.5,\"boolean\":true,\"array\":[1,2,3],"
                + "\"object\":{\"a\":{\"b\":[1]}},\"bbox\":{\"bbox\":[1,2,3,4],\"crs\":\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\"},"
                + "\"binary\":{\"value\":\"" + Base64.getEncoder().encodeToString(png)
                + "\",\"mediaType\":\"image/png\",\"encoding\":\"base64\"}},\"response\":\"document\"}";
        Http.Reply r = execute(body, false);
        assertEquals(200, r.status(), r.text());
        JsonNode results = json(r);
        assertEquals("teststring", results.path("string").asText());
        assertEquals(2.5, results.path("number").asDouble());
        assertTrue(results.path("boolean").asBoolean());
        assertEquals("[1,2,3]", results.path("array").toString());
        assertEquals("{\"a\":{\"b\":[1]}}", results.path("object").path("value").toString());
        assertEquals("[1,2,3,4]", results.path("bbox").path("bbox").toString());
        assertEquals("image/png", results.path("binary").path("mediaType").asText());
        assertArrayEquals(
                png,
                Base64.getDecoder().decode(results.path("binary").path("value").asText()));
    }

    @Test
    void echoSendsOneOutputRawAndSeveralAsMultipart() throws Exception {
        Http.Reply one = execute("{\"inputs\":{\"string\":\"héllo\"},\"outputs\":{\"string\":{}}}", false);
        assertEquals(200, one.status(), one.text());
        assertTrue(one.contentType().startsWith("text/plain"), one.contentType());
        assertEquals("héllo", one.text());
        Http.Reply two = execute("{\"inputs\":{\"string\":\"teststring\",\"number\":7}}", false);
        assertEquals(200, two.status(), two.text());
        Matcher boundary = Pattern.compile("multipart/related; boundary=(\\S+)").matcher(two.contentType());
        assertTrue(boundary.find(), two.contentType());
        String[] parts = two.text().split("--" + Pattern.quote(boundary.group(1)));
        // preamble, two parts, the closing "--"
        assertEquals(4, parts.length, two.text());
        assertTrue(parts[1].contains("Content-ID: <string>") && parts[1].contains("\r\n\r\nteststring\r\n"), parts[1]);
        assertTrue(parts[2].contains("Content-ID: <number>") && parts[2].contains("\r\n\r\n7\r\n"), parts[2]);
        assertTrue(parts[3].startsWith("--"), parts[3]);
    }

    @Test
    void echoReturnsAReferenceWithoutFetchingIt() throws Exception {
        try (ServerSocket sentinel = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String href = "http://127.0.0.1:" + sentinel.getLocalPort() + "/image.tif";
            Http.Reply r = execute(
                    "{\"inputs\":{\"binary\":{\"href\":\"" + href
                            + "\",\"type\":\"image/png\"}},\"response\":\"document\"}",
                    false);
            assertEquals(200, r.status(), r.text());
            assertEquals(href, json(r).path("binary").path("href").asText());
            sentinel.setSoTimeout(200);
            try {
                sentinel.accept().close();
                throw new AssertionError("echo connected to the reference");
            } catch (SocketTimeoutException expected) {
                // nobody came
            }
        }
    }

    @Test
    void echoRefusesValuesThatDoNotFitTheirSchemaNamingTheInput() throws Exception {
        for (String[] c : List.of(
                new String[] {"{\"inputs\":{\"number\":\"five\"}}", "number"},
                new String[] {"{\"inputs\":{\"array\":[1,\"two\"]}}", "array"},
                new String[] {"{\"inputs\":{\"bbox\":{\"bbox\":[1,2,3]}}}", "bbox"},
                new String[] {"{\"inputs\":{\"binary\":{\"type\":\"wrong/type\"}}}", "binary"},
                new String[] {"{\"inputs\":{\"binary\":{\"value\":\"%%%\",\"mediaType\":\"image/png\"}}}", "binary"},
                new String[] {"{\"inputs\":{\"pause\":11}}", "pause"},
                new String[] {"{\"inputs\":{\"nosuch\":1}}", "nosuch"},
                new String[] {"{\"inputz\":{\"string\":\"x\"}}", "inputz"})) {
            Http.Reply r = execute(c[0], false);
            assertEquals(400, r.status(), c[0] + " -> " + r.text());
            assertTrue(r.text().contains("InvalidParameterValue") && r.text().contains(c[1]), r.text());
            assertFalse(r.text().contains("\tat "), r.text());
        }
    }

    @Test
    void aRunningEchoJobHasNoResultsYetAndCanBeDismissed() throws Exception {
        Http.Reply created = execute("{\"inputs\":{\"string\":\"x\",\"pause\":10}}", true);
        assertEquals(201, created.status(), created.text());
        String id = json(created).path("jobID").asText();
        Http.Reply early = Http.get(server.ogcApi() + "/jobs/" + id + "/results");
        assertEquals(404, early.status(), early.text());
        assertTrue(early.text().contains("result-not-ready"), early.text());
        Http.Reply deleted = Http.send(HttpRequest.newBuilder(URI.create(server.ogcApi() + "/jobs/" + id))
                .DELETE()
                .build());
        assertEquals(200, deleted.status(), deleted.text());
        // the pause polls for cancellation every tenth of a second: the job has stopped, not run its 10 s
        assertEquals("dismissed", json(deleted).path("status").asText(), deleted.text());
    }

    @Test
    void htmlViewsEscapeWhatClientsSent() throws Exception {
        Http.Reply created = execute("{\"inputs\":{\"string\":\"<script>alert(1)</script>\"}}", true);
        String id = json(created).path("jobID").asText();
        for (int i = 0;
                i < 200
                        && !json(Http.get(server.ogcApi() + "/jobs/" + id))
                                .path("status")
                                .asText()
                                .equals("successful");
                i++) {
            Thread.sleep(20);
        }
        Http.Reply page = Http.get(server.ogcApi() + "/jobs/" + id + "/results?f=html");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertFalse(page.text().contains("<script>"), page.text());
        assertTrue(page.text().contains("&lt;script&gt;"), page.text());
        Http.Reply landing = Http.send(HttpRequest.newBuilder(URI.create(server.ogcApi() + "/"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build());
        assertTrue(landing.contentType().startsWith("text/html"), landing.contentType());
        assertTrue(landing.text().contains("href=\"" + server.ogcApi() + "/api\""), landing.text());
    }
}
