package org.geointerp.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response as the protocol services produce it. */
public record HttpReply(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static HttpReply of(int status, String contentType, byte[] body) {
        return new HttpReply(status, contentType, body, Map.of());
    }

    public static HttpReply text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpReply withStatus(int value) {
        return new HttpReply(value, contentType, body, headers);
    }

    public HttpReply withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new HttpReply(status, contentType, body, h);
    }
}
