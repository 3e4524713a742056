package org.geointerp.server.wps10;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geointerp.server.core.InputValue;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpCall;

/**
 * Reads an Execute request in KVP form (WPS 1.0.0, 10.2.2.1): DataInputs is a ";"-separated
 * list of id=value, each optionally followed by "@attribute=value" pairs (mimeType, xlink:href,
 * crs...). Values holding ";" or "@" must be sent by XML POST instead.
 */
final class KvpExecuteParser {
    private KvpExecuteParser() {}

    static ExecuteRequest parse(HttpCall call) {
        String processId = call.param("identifier");
        Map<String, List<InputValue>> inputs = new LinkedHashMap<>();
        String dataInputs = call.param("datainputs");
        if (dataInputs != null && !dataInputs.isBlank()) {
            String s = dataInputs.trim();
            if (s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1); // the 0.4.0 bracketed form some clients still send
            }
            for (String item : s.split(";")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.split("@");
                int eq = parts[0].indexOf('=');
                if (eq <= 0) {
                    throw new OwsException(
                            OwsException.INVALID_PARAMETER,
                            "DataInputs",
                            "'" + item + "' in DataInputs is not id=value");
                }
                String id = parts[0].substring(0, eq).trim();
                String value = parts[0].substring(eq + 1);
                Map<String, String> attrs = attributes(parts);
                inputs.computeIfAbsent(id, k -> new ArrayList<>()).add(value(value, attrs));
            }
        }
        boolean store = "true".equalsIgnoreCase(call.param("storeexecuteresponse"));
        boolean status = "true".equalsIgnoreCase(call.param("status"));
        String raw = call.param("rawdataoutput");
        if (raw != null) {
            return new ExecuteRequest(processId, inputs, output(raw), List.of(), false, false, false);
        }
        List<ExecuteRequest.OutputRequest> outputs = new ArrayList<>();
        String doc = call.param("responsedocument");
        if (doc != null) {
            for (String o : doc.split(";")) {
                if (!o.isBlank()) {
                    outputs.add(output(o));
                }
            }
        }
        return new ExecuteRequest(
                processId, inputs, null, outputs, store, status, "true".equalsIgnoreCase(call.param("lineage")));
    }

    private static InputValue value(String value, Map<String, String> attrs) {
        String href = attrs.containsKey("xlink:href") ? attrs.get("xlink:href") : attrs.get("href");
        if (href != null) {
            return InputValue.reference(href, attrs.get("mimetype"));
        }
        if (attrs.containsKey("mimetype")) {
            return InputValue.complex(value, attrs.get("mimetype"));
        }
        return InputValue.literal(value);
    }

    private static ExecuteRequest.OutputRequest output(String spec) {
        String[] parts = spec.split("@");
        Map<String, String> attrs = attributes(parts);
        String id = parts[0].contains("=") ? parts[0].substring(0, parts[0].indexOf('=')) : parts[0];
        return new ExecuteRequest.OutputRequest(
                id.trim(), "true".equalsIgnoreCase(attrs.get("asreference")), attrs.get("mimetype"));
    }

    private static Map<String, String> attributes(String[] parts) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                attrs.put(parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT), parts[i].substring(eq + 1));
            }
        }
        return attrs;
    }
}
