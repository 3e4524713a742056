package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpReply;

/** RFC 7807 problem documents, the way every OGC API request fails here. */
public final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final String EXCEPTIONS = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /**
     * The problem for an exception: its code as the type, its status and message, and the offending input as the
     * extension member "parameter" (RFC 7807 section 3.2), the WPS exception's locator, so that clients need not
     * parse the detail to find it.
     */
    public static HttpReply reply(OwsException e) {
        return reply(e.httpStatus(), e.code(), e.getMessage(), e.locator());
    }

    static HttpReply reply(int status, String type, String detail) {
        return reply(status, type, detail, null);
    }

    private static HttpReply reply(int status, String type, String detail, String parameter) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", EXCEPTIONS + type)
                .put("title", type)
                .put("status", status)
                .put("detail", detail);
        if (parameter != null) {
            n.put("parameter", parameter);
        }
        return HttpReply.of(status, MEDIA_TYPE, n.toString().getBytes(StandardCharsets.UTF_8));
    }
}
