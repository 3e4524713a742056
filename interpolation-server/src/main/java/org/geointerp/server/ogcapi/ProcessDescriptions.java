package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.geointerp.server.core.LiteralCodec;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;

/** OGC API - Processes (Part 1, 1.0) process summaries and descriptions with JSON Schemas. */
final class ProcessDescriptions {
    private ProcessDescriptions() {}

    static ObjectNode summary(ObjectMapper json, ProcessInfo p, String base) {
        ObjectNode n = json.createObjectNode();
        n.put("id", p.id())
                .put("title", p.title())
                .put("description", p.description())
                .put("version", p.version());
        n.putArray("jobControlOptions").add("sync-execute").add("async-execute").add("dismiss");
        n.putArray("outputTransmission").add("value").add("reference");
        ArrayNode links = n.putArray("links");
        links.addObject()
                .put("href", base + "/processes/" + p.id())
                .put("rel", "self")
                .put("type", "application/json")
                .put("title", "process description");
        links.addObject()
                .put("href", base + "/processes/" + p.id() + "/execution")
                .put("rel", "http://www.opengis.net/def/rel/ogc/1.0/execute")
                .put("title", "execute");
        return n;
    }

    static ObjectNode description(ObjectMapper json, ProcessInfo p, String base) {
        ObjectNode n = summary(json, p, base);
        ObjectNode inputs = n.putObject("inputs");
        for (Parameter<?> in : p.inputs().values()) {
            ObjectNode i = inputs.putObject(in.key);
            header(i, in);
            i.put("minOccurs", in.minOccurs);
            if (in.maxOccurs < 0 || in.maxOccurs == Integer.MAX_VALUE) {
                i.put("maxOccurs", "unbounded");
            } else {
                i.put("maxOccurs", Math.max(1, in.maxOccurs));
            }
            i.set("schema", schema(json, in));
        }
        ObjectNode outputs = n.putObject("outputs");
        for (Parameter<?> out : p.outputs().values()) {
            ObjectNode o = outputs.putObject(out.key);
            header(o, out);
            o.set("schema", schema(json, out));
        }
        return n;
    }

    private static void header(ObjectNode n, Parameter<?> p) {
        n.put("title", ProcessInfo.text(p.title, p.key));
        n.put("description", ProcessInfo.text(p.description, ProcessInfo.text(p.title, p.key)));
    }

    static ObjectNode schema(ObjectMapper json, Parameter<?> p) {
        ObjectNode s = json.createObjectNode();
        ParameterKind kind = ParameterKind.of(p.type);
        switch (kind) {
            case LITERAL: {
                s.put("type", LiteralCodec.jsonType(p.type));
                List<String> allowed = LiteralCodec.allowedValues(p);
                if (!allowed.isEmpty()) {
                    ArrayNode e = s.putArray("enum");
                    allowed.forEach(e::add);
                }
                Number[] range = LiteralCodec.range(p);
                if (range[0] != null) {
                    s.put("minimum", range[0].doubleValue());
                }
                if (range[1] != null) {
                    s.put("maximum", range[1].doubleValue());
                }
                Object def = p.getDefaultValue();
                if (def instanceof Number num) {
                    s.put("default", num.doubleValue());
                } else if (def instanceof Boolean b) {
                    s.put("default", b);
                } else if (def != null) {
                    s.put("default", LiteralCodec.defaultValue(p));
                }
                break;
            }
            case CRS:
                s.put("type", "string").put("format", "uri").put("description", "CRS code, e.g. EPSG:32633");
                break;
            case BBOX: {
                s.put("type", "object").put("format", "ogc-bbox");
                s.putArray("required").add("bbox");
                ObjectNode props = s.putObject("properties");
                props.putObject("bbox")
                        .put("type", "array")
                        .put("minItems", 4)
                        .put("maxItems", 4)
                        .putObject("items")
                        .put("type", "number");
                props.putObject("crs")
                        .put("type", "string")
                        .put("default", "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
                break;
            }
            default: {
                ArrayNode one = s.putArray("oneOf");
                for (String mt : kind.mediaTypes()) {
                    ObjectNode alt = one.addObject();
                    boolean binary = mt.startsWith("image/");
                    alt.put("type", mt.contains("json") ? "object" : "string");
                    if (binary) {
                        alt.put("contentEncoding", "binary");
                    }
                    alt.put("contentMediaType", mt);
                }
            }
        }
        return s;
    }
}
