package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * geometry, coordinates outside the CRS's domain of validity, an input the process refuses.
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
}
