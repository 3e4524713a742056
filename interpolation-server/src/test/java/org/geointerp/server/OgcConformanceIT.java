package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OGC's own executable test suites against this server, as the OGC runs them: OGC API -
 * Processes (ets-ogcapi-processes10 1.3, through the echo process) and WPS 1.0.0 (ets-wps10 0.8,
 * with the Execute request documents in src/test/resources/ets). Every check must pass; the only
 * ones excused are named below, each with the schema it validates against at
 * schemas.opengis.net, and only while that schema cannot be fetched from this machine.
 */
class OgcConformanceIT {
    private static final String SCHEMAS = "schemas.opengis.net/ogcapi/processes/part1/1.0/openapi/schemas/";

    /** Checks of ets-ogcapi-processes10 that validate against a schema the suite fetches, by check name. */
    private static final Map<String, String> OGC_API_SCHEMA_CHECKS = Map.of(
            "testLandingPageValidation", "http://" + SCHEMAS + "landingPage.yaml",
            "testValidateConformanceOperationAndResponse", "http://" + SCHEMAS + "confClasses.yaml",
            "testProcessListSuccess", "https://" + SCHEMAS + "processList.yaml",
            "testJobListSuccess", "https://" + SCHEMAS + "jobList.yaml",
            "testJobResults", "https://" + SCHEMAS + "statusInfo.yaml",
            "testJobCreationInputValidation", "https://" + SCHEMAS + "exception.yaml",
            "testJobResultsExceptionResultsNotReady", "https://" + SCHEMAS + "exception.yaml");

    private static RunningServer server;
    private static HttpServer dataHost;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("ogc-ets");
        byte[] points = resource("points.json");
        dataHost = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        dataHost.createContext("/data/points.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, points.length);
            ex.getResponseBody().write(points);
            ex.close();
        });
        dataHost.start();
        String data = "http://127.0.0.1:" + dataHost.getAddress().getPort() + "/data/";
        server = new RunningServer(
                Published.catalog(), RunningServer.config(2, List.of(data)).withEcho(true));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (dataHost != null) {
            dataHost.stop(0);
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = OgcConformanceIT.class.getResourceAsStream("/ets/" + name)) {
            assertTrue(in != null, "test resource ets/" + name + " missing");
            return in.readAllBytes();
        }
    }

    @Test
    void ogcApiProcessesSuitePasses() throws Exception {
        Path jar = EtsRun.jar("ets-ogcapi-processes10-1.3-aio.jar");
        Path out = Files.createDirectories(work.resolve("ogcapi"));
        Path props = out.resolve("props.xml");
        Files.writeString(
                props,
                properties(Map.of(
                        "iut", server.ogcApi(),
                        "echoprocessid", "echo",
                        "processtestlimit", "5")));
        Path results = out.resolve("results");
        List<EtsRun.Check> checks =
                EtsRun.run(jar, List.of(), List.of("-o", results.toString(), props.toString()), out, results);
        EtsRun.assertAllPass("ets-ogcapi-processes10", checks, OGC_API_SCHEMA_CHECKS);
    }

    @Test
    void wps10SuitePasses() throws Exception {
        Path jar = EtsRun.jar("ets-wps10-0.8-aio.jar");
        Path out = Files.createDirectories(work.resolve("wps10"));
        Map<String, String> docs = Map.of(
                "execute_request_raw_data_uri", "execute-raw.xml",
                "execute_request_response_document_uri", "execute-document.xml",
                "execute_request_updating_response_document_uri", "execute-async.xml");
        Map<String, String> entries = new java.util.TreeMap<>();
        for (Map.Entry<String, String> d : docs.entrySet()) {
            Path copy = out.resolve(d.getValue());
            Files.write(copy, resource(d.getValue()));
            entries.put(d.getKey(), copy.toUri().toString());
        }
        String points = "http://127.0.0.1:" + dataHost.getAddress().getPort() + "/data/points.json";
        entries.put("iut", server.wps());
        // the suite decodes this URL before sending it, so it carries the points by reference
        entries.put(
                "execute_http_get_uri",
                server.wps() + "?service=WPS&version=1.0.0&request=Execute&identifier=interpolation:Shepard"
                        + "&DataInputs=data=@xlink:href=" + points + "@mimeType=application/json;valueAttr=value;"
                        + "outputBBOX=500000,4000000,510000,4008000,EPSG:32633;outputWidth=20;outputHeight=16"
                        + "&ResponseDocument=result@mimeType=application/arcgrid");
        Path props = out.resolve("props.xml");
        Files.writeString(props, properties(entries));
        Path home = Files.createDirectories(out.resolve("home"));
        try (SchemaProxy schemas = new SchemaProxy()) {
            // the suite writes its results under user.home and fetches the OWS schemas over http
            List<String> jvm = List.of(
                    "-Duser.home=" + home,
                    "-Djava.io.tmpdir=" + home,
                    "-Dhttp.proxyHost=127.0.0.1",
                    "-Dhttp.proxyPort=" + schemas.port());
            List<EtsRun.Check> checks = EtsRun.run(jar, jvm, List.of(props.toString()), out, home);
            System.out.println("schema requests refused by the proxy: " + schemas.refused);
            EtsRun.assertAllPass("ets-wps10", checks, Map.of());
        }
    }

    /** A Java properties XML file without the DOCTYPE line (its DTD cannot be fetched here). */
    private static String properties(Map<String, String> entries) {
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<properties version=\"1.0\">\n");
        entries.forEach((k, v) -> xml.append("  <entry key=\"")
                .append(k)
                .append("\">")
                .append(v.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</entry>\n"));
        return xml.append("</properties>\n").toString();
    }
}
