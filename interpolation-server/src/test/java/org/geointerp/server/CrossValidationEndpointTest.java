package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.CrossValidationResult;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * interpolation:CrossValidation through both protocols: its figures equal the engine's cross-validation of the
 * same points, and its residual points come back as GeoJSON.
 */
class CrossValidationEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestPoints POINTS = new TestPoints(80, 21);
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** The engine's leave-one-out of the test points with IDW, the reference for both protocols. */
    private static CrossValidationResult engine() {
        JsonNode features = POINTS.geoJson.path("features");
        int n = features.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode f = features.get(i);
            x[i] = f.path("geometry").path("coordinates").get(0).asDouble();
            y[i] = f.path("geometry").path("coordinates").get(1).asDouble();
            v[i] = f.path("properties").path("value").asDouble();
        }
        return CrossValidation.run(
                Methods.get("Shepard"), Map.of("mode", "IDW"), PointSet.of2D(x, y, v), 0, 1, Execution.defaults());
    }

    @Test
    void ogcApiExecutionReturnsTheEnginesFigures() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode inputs = body.putObject("inputs");
        inputs.set("data", POINTS.geoJson);
        inputs.put("valueAttr", "value");
        inputs.put("method", "Shepard");
        inputs.put("parameters", "mode=IDW");
        inputs.put("folds", 0);
        Http.Reply reply = Http.post(
                server.ogcApi() + "/processes/interpolation:CrossValidation/execution",
                "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
        JsonNode out = JSON.readTree(new String(reply.body(), StandardCharsets.UTF_8));
        CrossValidationResult expected = engine();
        assertEquals(expected.summary().rmse(), value(out, "rmse"), 1e-12, out.toString());
        assertEquals(expected.summary().mae(), value(out, "mae"), 1e-12);
        // complex outputs come as links: the residual points are a GeoJSON document of their own
        String href = out.path("residuals").path("href").asText();
        JsonNode residuals = JSON.readTree(Http.get(href).text());
        assertEquals(
                POINTS.geoJson.path("features").size(),
                residuals.path("features").size(),
                href);
        JsonNode first = residuals.path("features").get(0).path("properties");
        assertEquals(expected.residual(0), first.path("residual").asDouble(), 1e-12, first.toString());
        assertTrue(text(out, "usedParameters").contains("mode=IDW"), out.toString());
    }

    @Test
    void wpsExecuteReturnsTheRmseAsRawData() throws Exception {
        String xml = ExecuteXml.open("interpolation:CrossValidation")
                + ExecuteXml.geoJson("data", POINTS.text())
                + ExecuteXml.literal("valueAttr", "value")
                + ExecuteXml.literal("method", "Shepard")
                + ExecuteXml.literal("parameters", "mode=IDW")
                + "</wps:DataInputs><wps:ResponseForm><wps:RawDataOutput>"
                + "<ows:Identifier>rmse</ows:Identifier></wps:RawDataOutput></wps:ResponseForm></wps:Execute>";
        Http.Reply reply = Http.postXml(server.wps(), xml);
        assertEquals(200, reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals(
                engine().summary().rmse(),
                Double.parseDouble(new String(reply.body(), StandardCharsets.UTF_8).strip()),
                1e-12);
    }

    /** An output of an OGC API "document" response: a bare value, or an object with "value". */
    private static double value(JsonNode out, String name) {
        JsonNode v = out.path(name);
        return v.isObject() ? v.path("value").asDouble() : v.asDouble();
    }

    private static String text(JsonNode out, String name) {
        JsonNode v = out.path(name);
        return v.isObject() ? v.path("value").asText() : v.asText();
    }
}
