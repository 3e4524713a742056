package org.geointerp.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP proxy on 127.0.0.1 for the WPS suite's JVM that answers requests for the OWS 1.1.0
 * schemas at schemas.opengis.net (which the suite imports from there and which this machine
 * cannot reach) from the copies in the jar org.jvnet.ogc:ogc-schemas (Maven Central; the
 * current OWS 1.1.0 files, with W3C XLink as schemas.opengis.net serves them since 2012), and
 * refuses everything else (404, recorded).
 */
final class SchemaProxy implements AutoCloseable {
    private static final String HOST = "schemas.opengis.net";
    private static final List<String> SERVED = List.of("/ows/1.1.0/");

    private final HttpServer server;
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    SchemaProxy() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            String host = ex.getRequestURI().getHost() != null
                    ? ex.getRequestURI().getHost()
                    : ex.getRequestHeaders().getFirst("Host");
            String path = ex.getRequestURI().getPath();
            InputStream in = HOST.equals(host) && SERVED.stream().anyMatch(path::startsWith) && !path.contains("..")
                    ? SchemaProxy.class.getClassLoader().getResourceAsStream("ogc" + path)
                    : null;
            if (in == null) {
                refused.add(ex.getRequestURI().toString());
                ex.sendResponseHeaders(404, -1);
                return;
            }
            try (in) {
                byte[] bytes = in.readAllBytes();
                ex.getResponseHeaders().add("Content-Type", "application/xml");
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
