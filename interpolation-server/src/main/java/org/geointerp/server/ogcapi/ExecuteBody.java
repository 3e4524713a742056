package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geointerp.server.core.InputValue;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.http.RequestBody;

/**
 * An execute request read from its body in one pass: the inputs as wire values (inline GeoJSON
 * read as a stream, see {@link JsonInputs}) and every other member as a small JSON tree.
 *
 * @param members outputs, response and subscriber (and "inputs" itself when kept as a tree)
 * @param inputs the inputs read as a stream, or empty when they were kept as a tree
 */
record ExecuteBody(ObjectNode members, Map<String, List<InputValue>> inputs) {
    /** The members of an execute request (OGC API - Processes - Part 1, execute.yaml). */
    static final Set<String> MEMBERS = Set.of("inputs", "outputs", "response", "subscriber");

    /** Reads the body; {@code inputsAsTree} keeps "inputs" as JSON (the echo process reads it itself). */
    static ExecuteBody read(ObjectMapper json, RequestBody body, ProcessInfo process, boolean inputsAsTree) {
        ObjectNode members = json.createObjectNode();
        Map<String, List<InputValue>> inputs = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return new ExecuteBody(members, inputs);
        }
        try (InputStream in = body.open();
                JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new OwsException(OwsException.INVALID_PARAMETER, "body", "request body must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (!MEMBERS.contains(name)) {
                    // a misspelt "inputs" would otherwise run the process on its defaults
                    throw new OwsException(
                            OwsException.INVALID_PARAMETER,
                            name,
                            "unknown member '" + name + "' in the execute request; members: " + MEMBERS);
                }
                p.nextToken();
                if (name.equals("inputs") && !inputsAsTree) {
                    inputs = JsonInputs.read(process, p);
                } else {
                    members.set(name, p.readValueAsTree());
                }
            }
            if (p.nextToken() != null) {
                throw new OwsException(OwsException.INVALID_PARAMETER, "body", "text after the end of the JSON object");
            }
        } catch (JsonParseException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "body",
                    "request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "body", "request body unreadable");
        }
        return new ExecuteBody(members, inputs);
    }
}
