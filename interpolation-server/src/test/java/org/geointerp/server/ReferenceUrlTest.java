package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --allow-reference} prefixes are compared with the URL in its normal form (issue 17,
 * finding 6): encoded dot segments, "//", encoded slashes and user information cannot reach a
 * file outside the prefix, and no connection is made for them. A data host on 127.0.0.1 serves
 * the allowed file and a secret one beside the prefix and counts every request it gets.
 */
class ReferenceUrlTest {
    private static final TestPoints POINTS = new TestPoints(30, 13);
    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    private static HttpServer dataHost;
    private static RunningServer server;
    private static String root;
    private static String prefix;

    @BeforeAll
    static void start() throws Exception {
        dataHost = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        dataHost.createContext("/", ex -> {
            REQUESTS.computeIfAbsent(ex.getRequestURI().getRawPath(), k -> new AtomicInteger())
                    .incrementAndGet();
            byte[] b = POINTS.text().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        dataHost.start();
        root = "http://127.0.0.1:" + dataHost.getAddress().getPort();
        prefix = root + "/data/";
        server = new RunningServer(Published.catalog(), RunningServer.config(1, List.of(prefix)));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        dataHost.stop(0);
    }

    private static Http.Reply execute(String href) throws Exception {
        String xml = ExecuteXml.open(ExecuteXml.PROCESS)
                + ExecuteXml.reference("data", href.replace("&", "&amp;"))
                + ExecuteXml.grid(20, 10)
                + ExecuteXml.rawTiff();
        return Http.postXml(server.wps(), xml);
    }

    private static int requests() {
        return REQUESTS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Test
    void urlsThatLeaveThePrefixAreRefusedWithoutAConnection() throws Exception {
        int before = requests();
        for (String href : List.of(
                prefix + "%2e%2e/secret_pts.json",
                prefix + "%2E%2E/secret_pts.json",
                prefix + ".%2e/secret_pts.json",
                prefix + "sub/%2e%2e/%2e%2e/secret_pts.json",
                prefix + "../secret_pts.json",
                prefix + "./points.json",
                prefix + "..%2fsecret_pts.json",
                prefix + "%2e%2e%2Fsecret_pts.json",
                prefix + "..%5csecret_pts.json",
                prefix + "/points.json",
                root + "//data/../secret_pts.json",
                root.replace("http://", "http://user:pw@") + "/data/points.json",
                root.replace("http://", "http://127.0.0.1:1@") + "/data/points.json",
                root + "/database/points.json",
                root + "/DATA/points.json")) {
            Http.Reply r = execute(href);
            assertEquals(400, r.status(), href + ": " + r.text());
            assertTrue(
                    r.text().contains("exceptionCode=\"InvalidParameterValue\"")
                            && r.text().contains("locator=\"data\"")
                            && r.text().contains("refused"),
                    href + ": " + r.text());
        }
        assertEquals(before, requests(), "a refused reference was fetched: " + REQUESTS);
    }

    @Test
    void theNormalFormOfAnAllowedUrlIsFetched() throws Exception {
        for (String href : List.of(
                prefix + "points.json",
                prefix.replace("http://", "HTTP://") + "points.json",
                prefix + "%70oints.json",
                prefix + "points.json#fragment")) {
            int before = REQUESTS.getOrDefault("/data/points.json", new AtomicInteger())
                    .get();
            Http.Reply r = execute(href);
            assertEquals(200, r.status(), href + ": " + r.text());
            assertEquals("image/tiff", r.contentType(), href);
            assertEquals(
                    before + 1, REQUESTS.get("/data/points.json").get(), href + " fetched as " + REQUESTS.keySet());
        }
        assertEquals(Map.of("/data/points.json", 4), Map.copyOf(counts()), "every form fetched as its normal form");
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> m = new java.util.TreeMap<>();
        REQUESTS.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }
}
