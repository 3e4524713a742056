package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.geointerp.server.core.ProcessInfo;

/** Asynchronous OGC API jobs of interpolation:Shepard on {@link TestPoints}, for the job tests. */
final class OgcJobs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OgcJobs() {}

    /** Starts a job (Prefer: respond-async) and returns its status document. */
    static JsonNode start(RunningServer server, int width, int height, int points) throws Exception {
        ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
        return start(server, ProcessInputs.forOgcApi(shepard, new TestPoints(points, 5), width, height));
    }

    /** Starts a job with these inputs and returns its status document. */
    static JsonNode start(RunningServer server, ObjectNode inputs) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("inputs", inputs);
        Http.Reply created = Http.send(
                HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                        .header("Content-Type", "application/json")
                        .header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build());
        assertEquals(201, created.status(), created.text());
        return JSON.readTree(created.body());
    }

    static String url(RunningServer server, JsonNode status) {
        return server.ogcApi() + "/jobs/" + status.path("jobID").asText();
    }

    /** Polls a job's status until it has finished (or 60 s passed) and returns the last status. */
    static JsonNode awaitEnd(String jobUrl) throws Exception {
        JsonNode status = JSON.readTree(Http.get(jobUrl).body());
        for (int i = 0;
                i < 2400
                        && !List.of("successful", "failed", "dismissed")
                                .contains(status.path("status").asText());
                i++) {
            Thread.sleep(25);
            status = JSON.readTree(Http.get(jobUrl).body());
        }
        return status;
    }

    static Http.Reply delete(String url) throws Exception {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
    }
}
