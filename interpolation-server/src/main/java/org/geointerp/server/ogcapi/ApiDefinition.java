package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of this API (the landing page's service-desc, conformance class
 * oas30), kept as a JSON resource beside this class, with the server URL the client used; and
 * the same operations as a web page (service-doc).
 */
final class ApiDefinition {
    static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private final ObjectNode template;

    ApiDefinition(ObjectMapper json) {
        try (InputStream in = ApiDefinition.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing beside " + ApiDefinition.class.getName());
            }
            template = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json unreadable", e);
        }
    }

    /** The definition, its server being the API's base URL as the client addressed it. */
    ObjectNode document(String base) {
        ObjectNode doc = template.deepCopy();
        doc.putArray("servers").addObject().put("url", base).put("description", "this server");
        return doc;
    }

    /** Every path and operation with its summary, parameters and responses. */
    String html(String base) {
        ObjectNode doc = document(base);
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(Html.escape(doc.path("info").path("description").asText()))
                .append("</p>");
        body.append("<p>Machine-readable: <a href=\"")
                .append(Html.escape(base + "/api"))
                .append("\">OpenAPI 3.0 definition</a>.</p>");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode o = op.getValue();
                body.append("<h2><code>")
                        .append(op.getKey().toUpperCase(java.util.Locale.ROOT))
                        .append(' ')
                        .append(Html.escape(path.getKey()))
                        .append("</code></h2><p>")
                        .append(Html.escape(o.path("summary").asText()));
                if (o.hasNonNull("description")) {
                    body.append(". ").append(Html.escape(o.get("description").asText()));
                }
                body.append("</p><ul>");
                for (JsonNode p : o.path("parameters")) {
                    JsonNode param = resolve(doc, p);
                    body.append("<li>parameter <code>")
                            .append(Html.escape(param.path("name").asText()))
                            .append("</code> (")
                            .append(Html.escape(param.path("in").asText()))
                            .append("): ")
                            .append(Html.escape(param.path("description").asText()))
                            .append("</li>");
                }
                for (Iterator<Map.Entry<String, JsonNode>> rs =
                                o.path("responses").fields();
                        rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    body.append("<li>")
                            .append(Html.escape(r.getKey()))
                            .append(": ")
                            .append(Html.escape(resolve(doc, r.getValue())
                                    .path("description")
                                    .asText()))
                            .append("</li>");
                }
                body.append("</ul>");
            }
        }
        return Html.page(doc.path("info").path("title").asText(), body.toString());
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
    }
}
