package org.geointerp.server.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A response as the protocol services produce it: its body in memory, or a file that is sent
 * as it is (a stored result, never read into the heap).
 *
 * @param file the body when it is a file (body is then empty), else null
 */
public record HttpReply(int status, String contentType, byte[] body, Path file, Map<String, String> headers) {

    public static HttpReply of(int status, String contentType, byte[] body) {
        return new HttpReply(status, contentType, body, null, Map.of());
    }

    public static HttpReply file(int status, String contentType, Path file) {
        return new HttpReply(status, contentType, new byte[0], file, Map.of());
    }

    public static HttpReply text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpReply withContentType(String value) {
        return new HttpReply(status, value, body, file, headers);
    }

    public HttpReply withStatus(int value) {
        return new HttpReply(value, contentType, body, file, headers);
    }

    public HttpReply withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new HttpReply(status, contentType, body, file, h);
    }
}
