package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.server.core.InputValue;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;

/**
 * The "inputs" member of an OGC API execute request, reduced to wire inputs: plain JSON values
 * for literals, {"bbox": [...], "crs": ...} for bounding boxes, GeoJSON objects inline,
 * {"value": ..., "mediaType": ...} qualified values and {"href": ...} references.
 */
final class JsonInputs {
    static final String CRS84 = "CRS:84";

    private JsonInputs() {}

    static Map<String, List<InputValue>> read(ProcessInfo process, JsonNode inputs) {
        Map<String, List<InputValue>> out = new LinkedHashMap<>();
        if (inputs == null || inputs.isNull()) {
            return out;
        }
        if (!inputs.isObject()) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "inputs", "'inputs' must be a JSON object");
        }
        Iterator<Map.Entry<String, JsonNode>> it = inputs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Parameter<?> p = process.inputs().get(e.getKey());
            if (p == null) {
                // the binder reports unknown names with the list of known ones
                out.put(e.getKey(), List.of(InputValue.literal(e.getValue().asText())));
                continue;
            }
            List<InputValue> values = new ArrayList<>();
            boolean list = e.getValue().isArray() && ParameterKind.of(p.type) != ParameterKind.BBOX;
            if (list) {
                e.getValue().forEach(v -> values.add(value(p, v)));
            } else {
                values.add(value(p, e.getValue()));
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static InputValue value(Parameter<?> p, JsonNode v) {
        ParameterKind kind = ParameterKind.of(p.type);
        if (v.isObject() && v.has("href")) {
            String type = v.hasNonNull("type") ? v.get("type").asText() : null;
            return InputValue.reference(v.get("href").asText(), type);
        }
        if (kind == ParameterKind.BBOX) {
            JsonNode box = v.isArray() ? v : v.path("bbox");
            if (!box.isArray() || box.size() != 4) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        p.key,
                        p.key + ": expected {\"bbox\": [minx, miny, maxx, maxy], \"crs\": ...}");
            }
            for (JsonNode n : box) {
                if (!n.isNumber()) {
                    throw new OwsException(
                            OwsException.INVALID_PARAMETER, p.key, p.key + ": bbox values must be numbers");
                }
            }
            String crs = v.path("crs").isTextual() ? v.get("crs").asText() : CRS84;
            return InputValue.bbox(
                    new double[] {box.get(0).asDouble(), box.get(1).asDouble()},
                    new double[] {box.get(2).asDouble(), box.get(3).asDouble()},
                    crs);
        }
        if (kind.isComplex()) {
            if (v.isObject() && v.has("value")) {
                JsonNode inner = v.get("value");
                String mt = v.hasNonNull("mediaType") ? v.get("mediaType").asText() : null;
                return InputValue.complex(inner.isTextual() ? inner.asText() : inner.toString(), mt);
            }
            if (v.isObject()) {
                return InputValue.complex(v.toString(), MediaTypes.GEOJSON);
            }
            return InputValue.complex(v.asText(), null);
        }
        JsonNode literal = v.isObject() && v.has("value") ? v.get("value") : v;
        if (!literal.isValueNode()) {
            throw new OwsException(OwsException.INVALID_PARAMETER, p.key, p.key + ": expected a single value");
        }
        return InputValue.literal(literal.asText());
    }
}
