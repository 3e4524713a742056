package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;

/**
 * Inputs that run any raster-producing process of the catalog on {@link TestPoints}: the common
 * parameters (data, valueAttr, outputBBOX, outputWidth, outputHeight, noDataValue) by name,
 * optional method options left to their defaults. A new required option fails here by name.
 */
final class ProcessInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Required options of GeoTools' own vec: processes, used when those are the ones under test. */
    private static final Map<String, String> KNOWN =
            Map.of("scale", "3000", "radiusPixels", "10", "weightAttr", "value", "valueAttr", "value");

    private ProcessInputs() {}

    /** [[id, kind, value], ...] for the OWSLib driver. */
    static ArrayNode forOwsLib(ProcessInfo p, TestPoints points, int width, int height) {
        ArrayNode list = JSON.createArrayNode();
        for (Parameter<?> in : p.inputs().values()) {
            Object v = value(p, in, points, width, height);
            if (v == null) {
                continue;
            }
            ArrayNode item = list.addArray().add(in.key);
            ParameterKind kind = ParameterKind.of(in.type);
            if (kind == ParameterKind.BBOX) {
                item.add("bbox").add((ObjectNode) v);
            } else if (kind.isComplex()) {
                item.add("complex").add(v.toString());
            } else {
                item.add("literal").add(v.toString());
            }
        }
        return list;
    }

    /** The "inputs" object of an OGC API execute request. */
    static ObjectNode forOgcApi(ProcessInfo p, TestPoints points, int width, int height) {
        ObjectNode inputs = JSON.createObjectNode();
        for (Parameter<?> in : p.inputs().values()) {
            Object v = value(p, in, points, width, height);
            if (v instanceof ObjectNode node) {
                inputs.set(in.key, node);
            } else if (v instanceof Integer n) {
                inputs.put(in.key, n);
            } else if (v instanceof Number n) {
                inputs.put(in.key, n.doubleValue());
            } else if (v != null) {
                inputs.put(in.key, v.toString());
            }
        }
        return inputs;
    }

    private static Object value(ProcessInfo p, Parameter<?> in, TestPoints points, int width, int height) {
        ParameterKind kind = ParameterKind.of(in.type);
        switch (in.key) {
            case "outputWidth":
                return width;
            case "outputHeight":
                return height;
            case "noDataValue":
                return TestPoints.NODATA;
            default:
                break;
        }
        if (KNOWN.containsKey(in.key)) {
            return KNOWN.get(in.key);
        }
        if (kind == ParameterKind.BBOX) {
            ObjectNode box = JSON.createObjectNode();
            box.putArray("bbox")
                    .add(TestPoints.MIN_X)
                    .add(TestPoints.MIN_Y)
                    .add(TestPoints.MAX_X)
                    .add(TestPoints.MAX_Y);
            box.put("crs", TestPoints.CRS);
            return box;
        }
        if (kind == ParameterKind.FEATURES && in.minOccurs > 0) {
            return points.geoJson;
        }
        if (in.minOccurs > 0 && in.getDefaultValue() == null) {
            fail("test inputs do not know required input '" + in.key + "' of " + p.id() + "; add it to ProcessInputs");
        }
        return null; // optional: the process default applies
    }
}
