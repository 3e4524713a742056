package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geointerp.server.core.LiteralCodec;
import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clients against the endpoint on 127.0.0.1: OWSLib (the library QGIS's WPS clients are
 * built on) for WPS 1.0.0 and OGC API process listing, GDAL for reading what came back.
 */
class OwsLibEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ProcessCatalog catalog;
    private static RunningServer server;
    private static String python;
    private static final TestPoints POINTS = new TestPoints(80, 42);

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        python = ExternalTools.python();
        ExternalTools.gdalinfo();
        catalog = Published.catalog();
        server = new RunningServer(catalog, RunningServer.config(2, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private JsonNode owslib(String... args) throws Exception {
        List<String> cmd =
                new ArrayList<>(List.of(python, ExternalTools.clientScript(dir).toString()));
        cmd.addAll(List.of(args));
        ExternalTools.Result r = ExternalTools.run(cmd, 180);
        assertEquals(0, r.exit(), "OWSLib " + String.join(" ", args) + " failed:\n" + r.err() + r.out());
        return JSON.readTree(r.out());
    }

    /** The processes that return a raster: every test below that expects a GeoTIFF runs them. */
    private List<ProcessInfo> rasterProcesses() {
        return catalog.all().stream()
                .filter(p -> p.outputs().values().stream()
                        .anyMatch(o -> org.geotools.coverage.grid.GridCoverage2D.class.isAssignableFrom(o.type)))
                .toList();
    }

    @Test
    void getCapabilitiesListsEveryProcess() throws Exception {
        JsonNode caps = owslib("caps", server.wps());
        Set<String> listed = new TreeSet<>();
        caps.path("processes").forEach(p -> {
            listed.add(p.path("identifier").asText());
            assertFalse(p.path("title").asText().isBlank(), "untitled process in capabilities: " + p);
        });
        Set<String> expected = new TreeSet<>();
        catalog.all().forEach(p -> expected.add(p.id()));
        assertEquals(expected, listed);
        assertTrue(caps.path("operations").toString().contains("Execute"), "Execute not advertised: " + caps);
    }

    @Test
    void describeProcessParsesWithTypesDefaultsAndAllowedValues() throws Exception {
        for (ProcessInfo p : rasterProcesses()) {
            JsonNode d = owslib("describe", server.wps(), p.id());
            assertEquals(p.id(), d.path("identifier").asText());
            assertTrue(d.path("storeSupported").asBoolean()
                    && d.path("statusSupported").asBoolean());
            assertEquals(p.inputs().size(), d.path("inputs").size(), p.id() + " inputs");
            for (JsonNode in : d.path("inputs")) {
                Parameter<?> param = p.inputs().get(in.path("identifier").asText());
                assertTrue(param != null, "unknown input in description: " + in);
                assertFalse(in.path("abstract").asText().isBlank(), p.id() + "." + param.key + " has no abstract");
                List<String> allowed = LiteralCodec.allowedValues(param);
                List<String> parsed = new ArrayList<>();
                in.path("allowedValues").forEach(v -> parsed.add(v.asText()));
                assertEquals(allowed, parsed, p.id() + "." + param.key + " allowed values");
                String type = in.path("dataType").asText();
                switch (param.key) {
                    case "data" -> assertEquals("ComplexData", type);
                    case "outputBBOX" -> assertEquals("BoundingBoxData", type);
                    case "outputWidth", "outputHeight" -> assertEquals("integer", type);
                    case "noDataValue" -> assertEquals("double", type);
                    default -> assertFalse(type.isBlank());
                }
            }
            assertEquals(
                    "ComplexData", d.path("outputs").get(0).path("dataType").asText());
            assertTrue(d.path("outputs").get(0).path("supported").toString().contains("image/tiff"));
        }
    }

    private Path inputsFile(ProcessInfo p) throws Exception {
        Path f = dir.resolve(p.name().getLocalPart() + "-inputs.json");
        Files.writeString(
                f,
                ProcessInputs.forOwsLib(p, POINTS, TestPoints.WIDTH, TestPoints.HEIGHT)
                        .toString());
        return f;
    }

    @Test
    void synchronousExecuteOfEveryProcessReturnsAGeoTiffGdalReads() throws Exception {
        for (ProcessInfo p : rasterProcesses()) {
            Path tif = dir.resolve(p.name().getLocalPart() + "-sync.tif");
            JsonNode r = owslib("execute", server.wps(), p.id(), inputsFile(p).toString(), tif.toString(), "sync");
            assertEquals("ProcessSucceeded", r.path("status").asText(), p.id() + ": " + r);
            GdalInfo.of(tif).assertSurface(p.id() + " sync", POINTS, TestPoints.WIDTH, TestPoints.HEIGHT);
        }
    }

    @Test
    void asynchronousExecutePollsToCompletion() throws Exception {
        for (ProcessInfo p : rasterProcesses()) {
            Path tif = dir.resolve(p.name().getLocalPart() + "-async.tif");
            // a larger grid so that the client sees the job before it ends
            int w = 400;
            int h = 300;
            Path in = dir.resolve(p.name().getLocalPart() + "-big.json");
            Files.writeString(in, ProcessInputs.forOwsLib(p, POINTS, w, h).toString());
            JsonNode r = owslib("execute", server.wps(), p.id(), in.toString(), tif.toString(), "async");
            assertEquals("ProcessSucceeded", r.path("status").asText(), p.id() + ": " + r);
            assertTrue(r.path("statusLocation").asText().startsWith(server.wps() + "/status/"), r.toString());
            int last = -1;
            for (JsonNode pc : r.path("percents")) {
                if (!pc.isNull()) {
                    assertTrue(pc.asInt() >= last, "progress went backwards: " + r.path("percents"));
                    last = pc.asInt();
                }
            }
            assertEquals(100, last, "final progress: " + r.path("percents"));
            GdalInfo.of(tif).assertSurface(p.id() + " async", POINTS, w, h);
        }
    }

    @Test
    void ogcApiListsDescribesAndRunsAnAsynchronousJob() throws Exception {
        JsonNode api = owslib("ogcapi", server.ogcApi() + "/");
        Set<String> listed = new TreeSet<>();
        api.path("processes").forEach(p -> listed.add(p.asText()));
        Set<String> expected = new TreeSet<>();
        catalog.all().forEach(p -> expected.add(p.id()));
        assertEquals(expected, listed);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (ProcessInfo p : rasterProcesses()) {
            JsonNode described = api.path("described").path(p.id());
            assertEquals(p.inputs().keySet().size(), described.path("inputs").size());
            ObjectNode body = JSON.createObjectNode();
            body.set("inputs", ProcessInputs.forOgcApi(p, POINTS, TestPoints.WIDTH, TestPoints.HEIGHT));
            body.putObject("outputs").putObject("result").putObject("format").put("mediaType", "image/tiff");
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + p.id() + "/execution"))
                            .header("Content-Type", "application/json")
                            .header("Prefer", "respond-async")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String location = created.headers().firstValue("Location").orElseThrow();
            JsonNode status = JSON.readTree(created.body());
            for (int i = 0;
                    i < 600
                            && !Set.of("successful", "failed", "dismissed")
                                    .contains(status.path("status").asText());
                    i++) {
                Thread.sleep(50);
                status = JSON.readTree(http.send(
                                HttpRequest.newBuilder(URI.create(location))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
            }
            assertEquals("successful", status.path("status").asText(), status.toString());
            assertEquals(100, status.path("progress").asInt());
            JsonNode results = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(location + "/results"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            String href = results.path("result").path("href").asText();
            assertEquals("image/tiff", results.path("result").path("type").asText(), results.toString());
            Path tif = dir.resolve(p.name().getLocalPart() + "-ogcapi.tif");
            HttpResponse<Path> file = http.send(
                    HttpRequest.newBuilder(URI.create(href)).GET().build(), HttpResponse.BodyHandlers.ofFile(tif));
            assertEquals(200, file.statusCode());
            GdalInfo.of(tif).assertSurface(p.id() + " OGC API", POINTS, TestPoints.WIDTH, TestPoints.HEIGHT);
        }
    }
}
