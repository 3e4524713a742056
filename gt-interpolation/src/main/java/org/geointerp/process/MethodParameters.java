package org.geointerp.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.geotools.process.ProcessException;

/**
 * Reads a method's parameters given as one text, {@code name=value;name=value} (the cross-validation process's
 * {@code parameters}); names and values are checked against the method later, by the engine's registry.
 */
final class MethodParameters {

    private MethodParameters() {}

    /**
     * @throws ProcessException naming {@code parameters} when an entry is not {@code name=value} or a name repeats
     */
    static Map<String, Object> parse(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new ProcessException(
                        "parameters: '" + entry.strip() + "' is not name=value (entries are separated by ';')");
            }
            String name = entry.substring(0, eq).strip();
            String value = entry.substring(eq + 1).strip();
            if (values.put(name, value) != null) {
                throw new ProcessException("parameters: '" + name + "' is given twice");
            }
        }
        return values;
    }
}
