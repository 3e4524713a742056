package org.geointerp.server.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.geointerp.server.core.OwsException;

/**
 * The inputs of the echo process, one of each kind of value OGC API - Processes - Part 1 lets a
 * client send (the conformance suite's job-creation tests need one of each): each with the JSON
 * schema it is described with and the check a value must pass. Every output has the name and
 * schema of its input; "pause" is the only input without an output. Binary content is declared
 * with contentEncoding "base64", what a JSON string carrying it actually holds. The order is the
 * description's: "object" comes before "bbox" because the suite sends its object test value to
 * the first input whose schema type is "object".
 */
enum EchoKind {
    STRING("string", "A text, echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            return json.createObjectNode().put("type", "string");
        }

        @Override
        EchoValue read(JsonNode v) {
            JsonNode value = unqualified(v);
            require(value.isTextual(), "a JSON string", v);
            return EchoValue.of(value);
        }
    },
    NUMBER("number", "A number, echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            return json.createObjectNode().put("type", "number");
        }

        @Override
        EchoValue read(JsonNode v) {
            JsonNode value = unqualified(v);
            require(value.isNumber(), "a JSON number", v);
            return EchoValue.of(value);
        }
    },
    BOOLEAN("boolean", "true or false, echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            return json.createObjectNode().put("type", "boolean");
        }

        @Override
        EchoValue read(JsonNode v) {
            JsonNode value = unqualified(v);
            require(value.isBoolean(), "true or false", v);
            return EchoValue.of(value);
        }
    },
    ARRAY("array", "An array of integers, echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            ObjectNode s = json.createObjectNode().put("type", "array");
            s.putObject("items").put("type", "integer");
            return s;
        }

        @Override
        EchoValue read(JsonNode v) {
            JsonNode value = unqualified(v);
            require(value.isArray(), "a JSON array of integers", v);
            for (JsonNode item : value) {
                require(item.isIntegralNumber(), "a JSON array of integers", v);
            }
            return EchoValue.of(value);
        }
    },
    OBJECT("object", "Any JSON object, echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            return json.createObjectNode().put("type", "object");
        }

        @Override
        EchoValue read(JsonNode v) {
            // {"value": {...}, "mediaType": ...} is a qualified object; any other object is the value itself
            boolean qualified = v.path("value").isObject() && onlyQualifierFields(v);
            JsonNode value = qualified ? v.get("value") : v;
            require(value.isObject(), "a JSON object", v);
            return EchoValue.of(value);
        }
    },
    BBOX("bbox", "A bounding box (4 or 6 numbers and an optional CRS URI), echoed as given") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            ObjectNode s = json.createObjectNode().put("type", "object").put("format", "ogc-bbox");
            s.putArray("required").add("bbox");
            ObjectNode props = s.putObject("properties");
            ObjectNode box = props.putObject("bbox").put("type", "array");
            box.put("minItems", 4).put("maxItems", 6);
            box.putObject("items").put("type", "number");
            props.putObject("crs")
                    .put("type", "string")
                    .put("format", "uri")
                    .put("default", "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
            return s;
        }

        @Override
        EchoValue read(JsonNode v) {
            String expected = "{\"bbox\": [4 or 6 numbers], \"crs\": URI}";
            JsonNode box = v.path("bbox");
            require(v.isObject() && box.isArray() && (box.size() == 4 || box.size() == 6), expected, v);
            box.forEach(n -> require(n.isNumber(), expected, v));
            require(v.path("crs").isMissingNode() || v.get("crs").isTextual(), expected, v);
            return EchoValue.of(v);
        }
    },
    BINARY("binary", "Binary content (a GeoTIFF or a PNG image) as base64, echoed as the same bytes") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            ObjectNode s = json.createObjectNode();
            for (String mt : BINARY_TYPES) {
                s.withArray("oneOf")
                        .addObject()
                        .put("type", "string")
                        .put("contentEncoding", "base64")
                        .put("contentMediaType", mt);
            }
            return s;
        }

        @Override
        EchoValue read(JsonNode v) {
            String expected = "base64 text, or {\"value\": base64 text, \"mediaType\": one of " + BINARY_TYPES + "}";
            JsonNode value = unqualified(v);
            require(value.isTextual(), expected, v);
            JsonNode format = v.path("format");
            String mediaType = text(v.path("mediaType"), text(format.path("mediaType"), BINARY_TYPES.get(0)));
            String encoding = text(v.path("encoding"), text(format.path("encoding"), "base64"));
            if (!BINARY_TYPES.contains(mediaType)) {
                throw invalid("media type '" + mediaType + "' is not one of " + BINARY_TYPES);
            }
            if (!encoding.toLowerCase(Locale.ROOT).equals("base64")) {
                throw invalid("encoding '" + encoding + "' is not base64 (JSON carries bytes as base64)");
            }
            try {
                // line breaks are allowed (MIME base64); any other character outside the alphabet is refused
                String text = value.asText().replaceAll("[\\r\\n]", "");
                return EchoValue.binary(Base64.getDecoder().decode(text), mediaType);
            } catch (IllegalArgumentException e) {
                throw invalid("not valid base64: " + e.getMessage());
            }
        }
    },
    PAUSE("pause", "Seconds to wait before answering, 0 to 10 (lets a client see a running job)") {
        @Override
        ObjectNode schema(ObjectMapper json) {
            return json.createObjectNode()
                    .put("type", "integer")
                    .put("minimum", 0)
                    .put("maximum", MAX_PAUSE)
                    .put("default", 0);
        }

        @Override
        EchoValue read(JsonNode v) {
            JsonNode value = unqualified(v);
            require(
                    value.isIntegralNumber() && value.asLong() >= 0 && value.asLong() <= MAX_PAUSE,
                    "an integer from 0 to " + MAX_PAUSE,
                    v);
            return EchoValue.of(value);
        }
    };

    static final int MAX_PAUSE = 10;
    static final List<String> BINARY_TYPES = List.of("image/tiff; application=geotiff", "image/png");

    final String id;
    final String description;

    EchoKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The JSON schema the process description gives for this input and its output. */
    abstract ObjectNode schema(ObjectMapper json);

    /** The value sent inline, or an InvalidParameterValue naming this input. */
    abstract EchoValue read(JsonNode v);

    static EchoKind byId(String id) {
        for (EchoKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** The value of a qualified value {"value": ..., "mediaType": ...}, or the node itself. */
    static JsonNode unqualified(JsonNode v) {
        return v.isObject() && v.has("value") && onlyQualifierFields(v) ? v.get("value") : v;
    }

    private static boolean onlyQualifierFields(JsonNode v) {
        for (var it = v.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("value", "mediaType", "encoding", "schema", "format").contains(f)) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode n, String fallback) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : fallback;
    }

    void require(boolean ok, String expected, JsonNode given) {
        if (!ok) {
            String shown = given.toString();
            throw invalid(
                    "expected " + expected + ", got " + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown));
        }
    }

    OwsException invalid(String why) {
        return new OwsException(OwsException.INVALID_PARAMETER, id, "input '" + id + "': " + why);
    }
}
