package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geointerp.server.core.ProcessInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings a process raises reach the client (issue 11): a feature with a null value is skipped
 * and the process says so through its ProgressListener; OWSLib reads it from the WPS 1.0.0
 * status (synchronous and asynchronous), and an OGC API job has it in its status message.
 */
class ProcessWarningsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKIPPED = "skipped 2 with null value";
    private static RunningServer server;
    private static ObjectNode points;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()));
        points = new TestPoints(40, 8).geoJson.deepCopy();
        ArrayNode features = (ArrayNode) points.path("features");
        ((ObjectNode) features.get(3).path("properties")).putNull("value");
        ((ObjectNode) features.get(17).path("properties")).putNull("value");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void owsLibSeesTheWarningInTheStatus() throws Exception {
        String python = ExternalTools.python();
        ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
        ArrayNode inputs = ProcessInputs.forOwsLib(shepard, new TestPoints(40, 8), 40, 30);
        for (JsonNode item : inputs) {
            if (item.get(0).asText().equals("data")) {
                ((ArrayNode) item).set(2, JSON.getNodeFactory().textNode(points.toString()));
            }
        }
        Path file = Files.writeString(dir.resolve("inputs.json"), inputs.toString());
        for (String mode : List.of("sync", "async")) {
            List<String> cmd = new ArrayList<>(List.of(
                    python,
                    ExternalTools.clientScript(dir).toString(),
                    "execute",
                    server.wps(),
                    ExecuteXml.PROCESS,
                    file.toString(),
                    dir.resolve(mode + ".tif").toString(),
                    mode));
            ExternalTools.Result r = ExternalTools.run(cmd, 180);
            assertEquals(0, r.exit(), r.err() + r.out());
            JsonNode result = JSON.readTree(r.out());
            assertEquals("ProcessSucceeded", result.path("status").asText(), result.toString());
            String message = result.path("statusMessage").asText();
            assertTrue(
                    message.contains("data: 38 of 40 features used") && message.contains(SKIPPED),
                    mode + ": " + result);
        }
    }

    @Test
    void anOgcApiJobHasTheWarningInItsStatusMessage() throws Exception {
        ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
        ObjectNode inputs = ProcessInputs.forOgcApi(shepard, new TestPoints(40, 8), 40, 30);
        inputs.set("data", points);
        JsonNode created = OgcJobs.start(server, inputs);
        JsonNode status = OgcJobs.awaitEnd(OgcJobs.url(server, created));
        assertEquals("successful", status.path("status").asText(), status.toString());
        assertTrue(status.path("message").asText().contains(SKIPPED), status.toString());
    }
}
