package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import org.geointerp.server.http.HttpCall;

/**
 * The HTML encoding of the API's JSON resources, for a person with a browser: the title and
 * description, the links as anchors, and the document itself. Every value is escaped (job
 * messages and process titles may carry what a client sent); the page loads nothing else.
 */
final class Html {
    static final String MEDIA_TYPE = "text/html; charset=UTF-8";
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Html() {}

    /** Whether the client asked for HTML: f=html, or a browser's Accept header (text/html before JSON). */
    static boolean wanted(HttpCall call) {
        String f = call.param("f");
        if (f != null) {
            return f.equalsIgnoreCase("html");
        }
        String accept = call.header("accept");
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        int html = a.indexOf("text/html");
        int json = a.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>\n";
    }

    /** A JSON resource as a page: its links first, then the document. */
    static String of(String fallbackTitle, JsonNode doc) {
        StringBuilder body = new StringBuilder();
        if (doc.hasNonNull("description")) {
            body.append("<p>").append(escape(doc.get("description").asText())).append("</p>");
        }
        if (doc.path("links").isArray() && !doc.get("links").isEmpty()) {
            body.append("<ul>");
            for (JsonNode link : doc.get("links")) {
                String href = link.path("href").asText();
                body.append("<li><a href=\"")
                        .append(escape(href))
                        .append("\">")
                        .append(escape(
                                link.path("title").asText(link.path("rel").asText(href))))
                        .append("</a> (")
                        .append(escape(link.path("rel").asText()))
                        .append(")</li>");
            }
            body.append("</ul>");
        }
        body.append("<pre>").append(escape(pretty(doc))).append("</pre>");
        String title =
                doc.path("title").asText(doc.path("id").asText(doc.path("jobID").asText(fallbackTitle)));
        return page(title.isBlank() ? fallbackTitle : title, body.toString());
    }

    private static String pretty(JsonNode doc) {
        try {
            return PRETTY.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return doc.toString();
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
