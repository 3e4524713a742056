package org.geointerp.server.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the protocol services see it, independent of Jetty: they can be exercised
 * without a socket, and the HTTP library can be swapped without touching them.
 *
 * @param query parameters with lower-cased names (OGC KVP names are case-insensitive)
 * @param baseUrl scheme://host:port of the server as the client addressed it
 * @param client the client's address as this server sees it (the owner of the jobs it starts)
 */
public record HttpCall(
        String method,
        String path,
        Map<String, List<String>> query,
        byte[] body,
        String contentType,
        String baseUrl,
        Map<String, String> headers,
        String client) {

    /** First value of a KVP parameter (name case-insensitive), or null. */
    public String param(String name) {
        List<String> v = query.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Header value (name lower-cased), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
