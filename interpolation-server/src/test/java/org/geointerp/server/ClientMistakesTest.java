package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client mistakes get HTTP 400 with the exception code and the offending parameter as locator,
 * never a stack trace or a class name (issue 17, finding 7): a GeoJSON property named like the
 * geometry, coordinates outside the CRS's domain of validity, an input the process refuses; and (issue 16)
 * an empty collection, a value column that is missing, text or all null, too few or coincident points for the
 * method, values the 32-bit float output cannot hold. Each over WPS 1.0.0 and OGC API - Processes.
 */
class ClientMistakesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Java class name, as exception messages carry them (java.lang.ClassCastException, org.geotools.X). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*");

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(1, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Points in longitude/latitude (no crs member: RFC 7946), with a numeric "value" and a text "geometry". */
    private static String lonLatPoints(double[][] coordinates, boolean geometryProperty) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int i = 0;
        for (double[] c : coordinates) {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.putObject("geometry")
                    .put("type", "Point")
                    .putArray("coordinates")
                    .add(c[0])
                    .add(c[1]);
            ObjectNode props = f.putObject("properties").put("value", ++i);
            if (geometryProperty) {
                props.put("geometry", "survey point " + i);
            }
        }
        return fc.toString();
    }

    private static final double[][] INSIDE = {{10.1, 50.1}, {10.9, 50.2}, {10.2, 50.9}, {10.8, 50.8}, {10.5, 50.5}};

    private static String execute(String data, String crs, String lower, String upper, String valueAttr) {
        return ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.geoJson("data", data)
                + ExecuteXml.literal("valueAttr", valueAttr)
                + "<wps:Input><ows:Identifier>outputBBOX</ows:Identifier><wps:Data><wps:BoundingBoxData crs=\"" + crs
                + "\" dimensions=\"2\"><ows:LowerCorner>" + lower + "</ows:LowerCorner><ows:UpperCorner>" + upper
                + "</ows:UpperCorner></wps:BoundingBoxData></wps:Data></wps:Input>"
                + ExecuteXml.literal("outputWidth", 10)
                + ExecuteXml.literal("outputHeight", 10)
                + ExecuteXml.rawTiff();
    }

    private static void assertRefused(Http.Reply r, String locator, String mentions) {
        String body = r.text();
        assertEquals(400, r.status(), body);
        assertTrue(body.contains("exceptionCode=\"InvalidParameterValue\""), body);
        assertTrue(body.contains("locator=\"" + locator + "\""), body);
        assertTrue(body.contains(mentions), body);
        assertNoInternals(body);
    }

    private static void assertNoInternals(String body) {
        assertFalse(CLASS_NAME.matcher(body).find(), "a class name leaked: " + body);
        assertFalse(body.contains("Exception:") || body.contains("\tat "), "internals leaked: " + body);
    }

    @Test
    void aPropertyNamedGeometryIsAnOrdinaryAttribute() throws Exception {
        Http.Reply r =
                Http.postXml(server.wps(), execute(lonLatPoints(INSIDE, true), "EPSG:4326", "10 50", "11 51", "value"));
        assertEquals(200, r.status(), r.text());
        assertEquals("image/tiff", r.contentType());
        // and it can be interpolated when it is the numeric one
        String numeric = lonLatPoints(INSIDE, false).replace("\"value\"", "\"geometry\"");
        Http.Reply g = Http.postXml(server.wps(), execute(numeric, "EPSG:4326", "10 50", "11 51", "geometry"));
        assertEquals(200, g.status(), g.text());
    }

    @Test
    void coordinatesOutsideTheCrsDomainAreRefusedNamingTheParameter() throws Exception {
        double[][] wild = {{10.1, 50.1}, {10.9, 50.2}, {500, 100}, {10.8, 50.8}};
        Http.Reply points =
                Http.postXml(server.wps(), execute(lonLatPoints(wild, false), "EPSG:4326", "10 50", "11 51", "value"));
        assertRefused(points, "data", "feature 2");
        Http.Reply box = Http.postXml(
                server.wps(), execute(lonLatPoints(INSIDE, false), "EPSG:4326", "10 50", "11 95", "value"));
        assertRefused(box, "outputBBOX", "95");
        // latitude first in the URN form: 95 is still a latitude
        Http.Reply urn = Http.postXml(
                server.wps(),
                execute(lonLatPoints(INSIDE, false), "urn:ogc:def:crs:EPSG::4326", "50 10", "95 11", "value"));
        assertRefused(urn, "outputBBOX", "95");
        // a projected bounding box far off the earth
        Http.Reply utm = Http.postXml(
                server.wps(),
                execute(lonLatPoints(INSIDE, false), "EPSG:32633", "500000 4000000", "9e9 4100000", "value"));
        assertRefused(utm, "outputBBOX", "EPSG:32633");
    }

    @Test
    void anInputTheProcessRefusesIsA400NamingIt() throws Exception {
        Http.Reply r = Http.postXml(
                server.wps(), execute(lonLatPoints(INSIDE, false), "EPSG:4326", "10 50", "11 51", "nosuch"));
        assertRefused(r, "valueAttr", "nosuch");
        ObjectNode body = JSON.createObjectNode();
        ObjectNode inputs = body.putObject("inputs");
        inputs.set("data", JSON.readTree(lonLatPoints(INSIDE, false)));
        inputs.put("valueAttr", "nosuch").put("outputWidth", 10).put("outputHeight", 10);
        inputs.putObject("outputBBOX")
                .put("crs", "EPSG:4326")
                .putArray("bbox")
                .add(10)
                .add(50)
                .add(11)
                .add(51);
        Http.Reply ogc = Http.send(
                HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build());
        assertEquals(400, ogc.status(), ogc.text());
        assertTrue(ogc.text().contains("nosuch"), ogc.text());
        assertNoInternals(ogc.text());
    }

    /** Points in longitude/latitude with the given "value" properties: numbers, text or null (a JSON null). */
    private static String pointsWithValues(double[][] coordinates, Object[] values) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (int i = 0; i < coordinates.length; i++) {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.putObject("geometry")
                    .put("type", "Point")
                    .putArray("coordinates")
                    .add(coordinates[i][0])
                    .add(coordinates[i][1]);
            ObjectNode props = f.putObject("properties").put("name", "station " + i);
            Object v = values[i];
            if (v == null) {
                props.putNull("value");
            } else if (v instanceof Number n) {
                props.put("value", n.doubleValue());
            } else {
                props.put("value", v.toString());
            }
        }
        return fc.toString();
    }

    private static Object[] numbers(int n) {
        Object[] v = new Object[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1.5;
        }
        return v;
    }

    /** A synchronous raw GeoTIFF Execute of a process over WPS 1.0.0, on an EPSG:4326 grid over INSIDE. */
    private static Http.Reply wps(String process, String data, String valueAttr) throws Exception {
        String xml = ExecuteXml.open(process)
                + ExecuteXml.geoJson("data", data)
                + (valueAttr == null ? "" : ExecuteXml.literal("valueAttr", valueAttr))
                + "<wps:Input><ows:Identifier>outputBBOX</ows:Identifier><wps:Data><wps:BoundingBoxData"
                + " crs=\"EPSG:4326\" dimensions=\"2\"><ows:LowerCorner>10 50</ows:LowerCorner>"
                + "<ows:UpperCorner>11 51</ows:UpperCorner></wps:BoundingBoxData></wps:Data></wps:Input>"
                + ExecuteXml.literal("outputWidth", 10)
                + ExecuteXml.literal("outputHeight", 10)
                + ExecuteXml.rawTiff();
        return Http.postXml(server.wps(), xml);
    }

    /** The same through OGC API - Processes (synchronous execution). */
    private static Http.Reply ogc(String process, String data, String valueAttr) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode inputs = body.putObject("inputs");
        inputs.set("data", JSON.readTree(data));
        if (valueAttr != null) {
            inputs.put("valueAttr", valueAttr);
        }
        inputs.put("outputWidth", 10).put("outputHeight", 10);
        inputs.putObject("outputBBOX")
                .put("crs", "EPSG:4326")
                .putArray("bbox")
                .add(10)
                .add(50)
                .add(11)
                .add(51);
        return Http.send(HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + process + "/execution"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /**
     * Both protocols refuse the request with HTTP 400, this code and the parameter as WPS locator and as the problem's
     * "parameter" member; the message mentions every given text, and no internals.
     */
    private static void assertRefusedByBoth(
            String process, String data, String valueAttr, String code, String locator, String... mentions)
            throws Exception {
        Http.Reply w = wps(process, data, valueAttr);
        String body = w.text();
        assertEquals(400, w.status(), body);
        assertTrue(body.contains("exceptionCode=\"" + code + "\""), body);
        assertTrue(body.contains("locator=\"" + locator + "\""), body);
        for (String m : mentions) {
            assertTrue(body.contains(m), "'" + m + "' not in " + body);
        }
        assertNoInternals(body);
        Http.Reply o = ogc(process, data, valueAttr);
        assertEquals(400, o.status(), o.text());
        JsonNode problem = JSON.readTree(o.text());
        assertTrue(problem.path("type").asText().endsWith("/" + code), o.text());
        assertEquals(locator, problem.path("parameter").asText(), o.text());
        for (String m : mentions) {
            assertTrue(problem.path("detail").asText().contains(m), "'" + m + "' not in " + o.text());
        }
        assertNoInternals(o.text());
    }

    private static final String SHEPARD = "interpolation:Shepard";
    private static final String AKIMA = "interpolation:Akima";
    private static final String PU_RBF = "interpolation:PartitionOfUnityRBF";

    @Test
    void anEmptyFeatureCollectionIsRefusedAsData() throws Exception {
        String empty = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        assertRefusedByBoth(SHEPARD, empty, "value", "InvalidParameterValue", "data", "is empty");
        assertRefusedByBoth(AKIMA, empty, "value", "InvalidParameterValue", "data", "is empty");
    }

    @Test
    void aMissingOrTextValueColumnIsRefusedAsValueAttr() throws Exception {
        String data = pointsWithValues(INSIDE, numbers(INSIDE.length));
        assertRefusedByBoth(SHEPARD, data, "height", "InvalidParameterValue", "valueAttr", "'height'", "value");
        assertRefusedByBoth(SHEPARD, data, "name", "InvalidParameterValue", "valueAttr", "'name'", "station 0");
        assertRefusedByBoth(SHEPARD, data, null, "MissingParameterValue", "valueAttr");
    }

    @Test
    void aValueColumnOfNullsSaysItHasNoNumbers() throws Exception {
        String nulls = pointsWithValues(INSIDE, new Object[INSIDE.length]);
        assertRefusedByBoth(
                SHEPARD, nulls, "value", "InvalidParameterValue", "valueAttr", "no numeric values", "all 5");
        Http.Reply r = wps(SHEPARD, nulls, "value");
        assertFalse(r.text().contains("String"), r.text());
    }

    @Test
    void tooFewOrCoincidentPointsAreRefusedAsData() throws Exception {
        double[][] two = {{10.1, 50.1}, {10.9, 50.2}};
        assertRefusedByBoth(
                AKIMA, pointsWithValues(two, numbers(2)), "value", "InvalidParameterValue", "data", "at least 3");
        double[][] same = {{10.5, 50.5}, {10.5, 50.5}, {10.5, 50.5}, {10.5, 50.5}};
        assertRefusedByBoth(
                AKIMA, pointsWithValues(same, numbers(4)), "value", "InvalidParameterValue", "data", "coincident");
        double[][] line = {{10.1, 50.1}, {10.3, 50.3}, {10.5, 50.5}, {10.7, 50.7}};
        assertRefusedByBoth(
                AKIMA, pointsWithValues(line, numbers(4)), "value", "InvalidParameterValue", "data", "straight line");
        assertRefusedByBoth(
                PU_RBF,
                pointsWithValues(same, numbers(4)),
                "value",
                "InvalidParameterValue",
                "data",
                "distinct points");
    }

    @Test
    void valuesBeyondFloat32AreRefusedNamingColumnValueAndCount() throws Exception {
        Object[] huge = numbers(INSIDE.length);
        huge[1] = 1e308;
        huge[3] = -1e308;
        assertRefusedByBoth(
                SHEPARD,
                pointsWithValues(INSIDE, huge),
                "value",
                "InvalidParameterValue",
                "data",
                "'value'",
                "2 features",
                "1.0E308",
                "32-bit float");
        // the largest float is still accepted
        Object[] largest = numbers(INSIDE.length);
        largest[2] = (double) Float.MAX_VALUE;
        Http.Reply r = wps(SHEPARD, pointsWithValues(INSIDE, largest), "value");
        assertEquals(200, r.status(), r.text());
    }
}
