package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WPS 1.0.0 details OWSLib does not exercise: KVP Execute, ESRI ASCII grid, embedded data, exception codes. */
class WpsProtocolTest {
    /** Few points: KVP carries them in the URL. */
    private static final TestPoints POINTS = new TestPoints(25, 11);

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String kvpExecute(String dataInputs, String output) {
        return server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=" + ExecuteXml.PROCESS
                + "&DataInputs=" + Http.enc(dataInputs) + "&" + output;
    }

    private static String kvpInputs(int w, int h) {
        return "data=" + POINTS.text() + "@mimeType=application/json;valueAttr=value;outputBBOX="
                + TestPoints.MIN_X + "," + TestPoints.MIN_Y + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y + ","
                + TestPoints.CRS + ";outputWidth=" + w + ";outputHeight=" + h;
    }

    @Test
    void kvpExecuteReturnsAnEsriAsciiGrid() throws Exception {
        Http.Reply r = Http.get(kvpExecute(kvpInputs(40, 30), "RawDataOutput=result@mimeType=application/arcgrid"));
        assertEquals(200, r.status(), r.text());
        assertEquals("application/arcgrid", r.contentType());
        String grid = r.text().toUpperCase(java.util.Locale.ROOT);
        assertTrue(grid.matches("(?s)\\s*NCOLS\\s+40\\s+NROWS\\s+30\\s.*"), grid.substring(0, 200));
        assertTrue(grid.contains("NODATA_VALUE"), grid.substring(0, 200));
    }

    @Test
    void storedResultIsServedAsGeoTiffAndAsciiGrid() throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS) + ExecuteXml.geoJson("data", POINTS.text())
                + ExecuteXml.grid(20, 10) + "</wps:DataInputs><wps:ResponseForm><wps:ResponseDocument>"
                + "<wps:Output asReference=\"true\" mimeType=\"application/arcgrid\"><ows:Identifier>result"
                + "</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm></wps:Execute>";
        Http.Reply doc = Http.postXml(server.wps(), xml);
        assertEquals(200, doc.status(), doc.text());
        assertTrue(doc.text().contains("ProcessSucceeded"), doc.text());
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("href=\"([^\"]+\\.asc)\"").matcher(doc.text());
        assertTrue(m.find(), doc.text());
        Http.Reply asc = Http.get(m.group(1));
        assertEquals(200, asc.status());
        assertTrue(asc.text().toUpperCase(java.util.Locale.ROOT).contains("NCOLS"));
        Http.Reply tif = Http.get(m.group(1).replace(".asc", ".tif"));
        assertEquals("image/tiff", tif.contentType());
    }

    @Test
    void embeddedGeoTiffIsBase64() throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS) + ExecuteXml.geoJson("data", POINTS.text())
                + ExecuteXml.grid(20, 10) + "</wps:DataInputs></wps:Execute>";
        Http.Reply doc = Http.postXml(server.wps(), xml);
        assertEquals(200, doc.status(), doc.text());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<wps:ComplexData mimeType=\"image/tiff\" encoding=\"base64\">([^<]+)<")
                .matcher(doc.text());
        assertTrue(m.find(), doc.text().substring(0, Math.min(2000, doc.text().length())));
        byte[] tiff = java.util.Base64.getDecoder().decode(m.group(1));
        assertTrue(tiff.length > 800 && (tiff[0] == 'I' || tiff[0] == 'M'));
    }

    private static void assertCode(Http.Reply r, int status, String code, String locator) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.text().contains("exceptionCode=\"" + code + "\""), r.text());
        if (locator != null) {
            assertTrue(r.text().contains("locator=\"" + locator + "\""), r.text());
        }
    }

    @Test
    void exceptionReportsCarryTheRightCodes() throws Exception {
        String wps = server.wps();
        assertCode(
                Http.get(wps + "?service=WPS&request=DescribeProcess&identifier=" + ExecuteXml.PROCESS),
                400,
                "MissingParameterValue",
                "version");
        assertCode(
                Http.get(wps + "?service=WPS&version=2.0.0&request=DescribeProcess&identifier=x"),
                400,
                "VersionNegotiationFailed",
                "version");
        assertCode(
                Http.get(wps + "?service=WPS&version=1.0.0&request=DescribeProcess&identifier=nope:Nope"),
                400,
                "InvalidParameterValue",
                "identifier");
        assertCode(
                Http.get(wps + "?service=WPS&version=1.0.0&request=Frobnicate"),
                400,
                "OperationNotSupported",
                "request");
        assertCode(Http.get(wps + "?service=WPS&version=1.0.0"), 400, "MissingParameterValue", "request");
        assertCode(
                Http.get(kvpExecute(
                        kvpInputs(40, 30).replace("outputWidth=40", "outputWidth=forty"), "RawDataOutput=result")),
                400,
                "InvalidParameterValue",
                "outputWidth");
        assertCode(
                Http.get(kvpExecute("valueAttr=value", "RawDataOutput=result")), 400, "MissingParameterValue", "data");
        assertCode(
                Http.get(kvpExecute(kvpInputs(40, 30) + ";colour=red", "RawDataOutput=result")),
                400,
                "InvalidParameterValue",
                "colour");
        assertCode(
                Http.get(kvpExecute(kvpInputs(40, 30).replace("\"value\":", "\"value\" "), "RawDataOutput=result")),
                400,
                "InvalidParameterValue",
                "data");
        assertCode(
                Http.get(kvpExecute(kvpInputs(40, 30) + ";mode=CUBIC", "RawDataOutput=result")),
                400,
                "InvalidParameterValue",
                "mode");
        assertCode(
                Http.get(kvpExecute(kvpInputs(40, 30), "RawDataOutput=result@mimeType=image/png")),
                400,
                "InvalidParameterValue",
                "result");
        assertCode(
                Http.get(wps + "/status/00000000-0000-0000-0000-000000000000"),
                400,
                "InvalidParameterValue",
                "executionId");
        // the process itself refuses the input (attribute missing): its message comes back, not a stack trace
        Http.Reply refused = Http.get(
                kvpExecute(kvpInputs(40, 30).replace("valueAttr=value", "valueAttr=nosuch"), "RawDataOutput=result"));
        assertTrue(refused.status() == 400 || refused.status() == 500, refused.text());
        assertTrue(refused.text().contains("nosuch") && !refused.text().contains("\tat "), refused.text());
    }
}
