package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpCall;

/**
 * One page of a list resource (/processes, /jobs): the "limit" parameter of OGC API -
 * Processes (1 to 10000, default 10; larger values are capped, as the standard allows) and an
 * "offset" that the next and prev links carry, so a client follows links and never builds URLs.
 */
record Page(int offset, int limit) {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;

    static Page of(HttpCall call) {
        return new Page(number(call, "offset", 0, 0), Math.min(MAX_LIMIT, number(call, "limit", DEFAULT_LIMIT, 1)));
    }

    private static int number(HttpCall call, String name, int fallback, int min) {
        String text = call.param(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(text.trim());
            if (v < min) {
                throw new NumberFormatException();
            }
            return (int) Math.min(Integer.MAX_VALUE, v);
        } catch (NumberFormatException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    name,
                    "invalid value '" + text + "' for " + name + ": expected an integer of at least " + min);
        }
    }

    <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
    }

    /** self, and next/prev where there is more, as links of the given media type. */
    void links(ArrayNode links, String url, int total, String type) {
        links.addObject().put("href", url(url, offset)).put("rel", "self").put("type", type);
        if ((long) offset + limit < total) {
            links.addObject()
                    .put("href", url(url, offset + limit))
                    .put("rel", "next")
                    .put("type", type);
        }
        if (offset > 0) {
            links.addObject()
                    .put("href", url(url, Math.max(0, offset - limit)))
                    .put("rel", "prev")
                    .put("type", type);
        }
    }

    private String url(String base, int at) {
        return base + "?limit=" + limit + (at > 0 ? "&offset=" + at : "");
    }
}
