package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.geointerp.server.core.ProcessInfo;
import org.junit.jupiter.api.Test;

/**
 * OGC API - Processes lets a client send a complex input as a qualified value, {@code {"value": ..., "mediaType":
 * ...}}, the form QGIS's plugin uses for its layers: the features inside, as an object or as GeoJSON text, give the
 * same raster as the bare FeatureCollection.
 */
class QualifiedInputValueTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] execute(RunningServer server, ObjectNode inputs) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.set("inputs", inputs);
        Http.Reply reply = Http.send(
                HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build());
        assertEquals(200, reply.status(), reply.text());
        return reply.body();
    }

    @Test
    void qualifiedFeaturesGiveTheSameRasterAsBareOnes() throws Exception {
        ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
        try (RunningServer server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()))) {
            ObjectNode bare = ProcessInputs.forOgcApi(shepard, new TestPoints(40, 3), 20, 16);
            byte[] expected = execute(server, bare);

            ObjectNode asObject = bare.deepCopy();
            asObject.putObject("data").put("mediaType", "application/geo+json").set("value", bare.get("data"));
            assertArrayEquals(expected, execute(server, asObject));

            ObjectNode asText = bare.deepCopy();
            asText.putObject("data")
                    .put("mediaType", "application/geo+json")
                    .put("value", bare.get("data").toString());
            assertArrayEquals(expected, execute(server, asText));
        }
    }
}
