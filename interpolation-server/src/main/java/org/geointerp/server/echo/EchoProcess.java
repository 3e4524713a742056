package org.geointerp.server.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.api.data.Parameter;
import org.geotools.api.util.InternationalString;
import org.geotools.api.util.ProgressListener;
import org.geotools.feature.NameImpl;
import org.geotools.process.Process;
import org.geotools.process.impl.SingleProcessFactory;
import org.geotools.util.SimpleInternationalString;

/**
 * The "echo" process of OGC API - Processes: every input comes back unchanged as the output of
 * the same name, after an optional pause. The OGC's conformance suite (ets-ogcapi-processes10)
 * drives job creation, execution modes, results and dismissal through it, with every kind of
 * input value. It is served over OGC API only (its values are JSON, not GeoTools types) and only
 * when the operator asks for it (--echo).
 *
 * <p>A reference ({"href": ...}) is echoed as the same link and never fetched, so echo opens no
 * connection on a client's behalf.
 */
public final class EchoProcess {
    public static final String ID = "echo";
    private static final String TITLE = "Echo";
    private static final String DESCRIPTION = "Returns each input unchanged as the output of the same name,"
            + " after waiting 'pause' seconds; an output whose input was not given is left out. A reference"
            + " is returned as the same link and never fetched. For testing clients and job control.";

    private final ProcessInfo info = ProcessInfo.of(new Factory(), new NameImpl(null, ID));

    public ProcessInfo info() {
        return info;
    }

    /** The process description's inputs and outputs members: one JSON schema per value kind. */
    public void describe(ObjectMapper json, ObjectNode description) {
        ObjectNode inputs = description.putObject("inputs");
        ObjectNode outputs = description.putObject("outputs");
        for (EchoKind k : EchoKind.values()) {
            ObjectNode in = inputs.putObject(k.id).put("title", k.id).put("description", k.description);
            in.put("minOccurs", 0).put("maxOccurs", 1);
            in.set("schema", k.schema(json));
            if (k != EchoKind.PAUSE) {
                ObjectNode out =
                        outputs.putObject(k.id).put("title", k.id).put("description", "The input '" + k.id + "'");
                out.set("schema", k.schema(json));
            }
        }
    }

    /** The execute request's "inputs" member, checked against the schemas, as the process runs with it. */
    public Map<String, Object> bind(JsonNode inputs) {
        Map<String, Object> bound = new LinkedHashMap<>();
        if (inputs == null || inputs.isNull()) {
            return bound;
        }
        if (!inputs.isObject()) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "inputs", "'inputs' must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            EchoKind kind = EchoKind.byId(e.getKey());
            if (kind == null) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        e.getKey(),
                        "process echo has no input '" + e.getKey() + "'; inputs: "
                                + info.inputs().keySet());
            }
            JsonNode v = e.getValue();
            if (v.isArray() && kind != EchoKind.ARRAY) {
                throw kind.invalid("takes one value, not an array of them");
            }
            bound.put(kind.id, v.isObject() && v.has("href") ? reference(kind, v) : kind.read(v));
        }
        return bound;
    }

    private static EchoValue reference(EchoKind kind, JsonNode v) {
        String href = v.path("href").asText();
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw kind.invalid("reference '" + href + "' is not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw kind.invalid("reference '" + href + "' is not a valid URL");
        }
        String type = v.path("type").isTextual()
                ? v.get("type").asText()
                : v.path("format").path("mediaType").isTextual()
                        ? v.get("format").get("mediaType").asText()
                        : null;
        return EchoValue.reference(href, type);
    }

    /** Waits the pause (tenths of a second, stopping when dismissed) and returns the inputs. */
    private static Map<String, Object> execute(Map<String, Object> input, ProgressListener progress) {
        Object pause = input.get(EchoKind.PAUSE.id);
        int tenths = pause instanceof EchoValue p ? p.json().asInt() * 10 : 0;
        for (int i = 0; i < tenths; i++) {
            if (progress != null && progress.isCanceled()) {
                return Map.of();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
            }
            if (progress != null) {
                progress.progress(100f * (i + 1) / tenths);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(input);
        out.remove(EchoKind.PAUSE.id);
        return out;
    }

    /** The GeoTools face of the process, so it runs as a job like every other process. */
    private static final class Factory extends SingleProcessFactory {
        Factory() {
            super(new NameImpl(null, ID));
        }

        @Override
        protected Process create() {
            return EchoProcess::execute;
        }

        @Override
        public InternationalString getTitle() {
            return new SimpleInternationalString(TITLE);
        }

        @Override
        protected InternationalString getDescription() {
            return new SimpleInternationalString(DESCRIPTION);
        }

        @Override
        protected Map<String, Parameter<?>> getParameterInfo() {
            Map<String, Parameter<?>> params = new LinkedHashMap<>();
            for (EchoKind k : EchoKind.values()) {
                params.put(
                        k.id,
                        new Parameter<>(
                                k.id,
                                EchoValue.class,
                                new SimpleInternationalString(k.id),
                                new SimpleInternationalString(k.description),
                                false,
                                0,
                                1,
                                null,
                                null));
            }
            return params;
        }

        @Override
        protected Map<String, Parameter<?>> getResultInfo(Map<String, Object> inputs) {
            Map<String, Parameter<?>> results = new LinkedHashMap<>(getParameterInfo());
            results.remove(EchoKind.PAUSE.id);
            return results;
        }

        @Override
        protected String getVersion() {
            return "1.0.0";
        }

        @Override
        protected boolean supportsProgress() {
            return true;
        }
    }
}
