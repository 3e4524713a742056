package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.echo.EchoValue;
import org.geointerp.server.http.HttpReply;
import org.geointerp.server.jobs.Job;
import org.geotools.api.data.Parameter;

/**
 * A successful job's outputs as OGC API - Processes sends them: inline in a results document
 * (literals and the echo process's JSON values), as links (grids and features, never inlined),
 * or raw: one output as the response body, several as the parts of a multipart/related body.
 */
final class JobOutputs {
    /**
     * One output in raw form: its bytes (or the stored file holding them) and media type, or the link it stands
     * for.
     */
    record Raw(String id, byte[] content, String mediaType, String href, Path file) {
        Raw(String id, byte[] content, String mediaType, String href) {
            this(id, content, mediaType, href, null);
        }

        /** The bytes, read from the stored file when the output is one (multipart bodies are built in memory). */
        byte[] bytes() {
            if (file == null) {
                return content;
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new OwsException(
                        OwsException.NO_SUCH_JOB,
                        "jobID",
                        "the results of output '" + id + "' are gone (the job was removed)",
                        e);
            }
        }
    }

    private static final Set<String> BBOX_FIELDS = Set.of("bbox", "crs");

    private JobOutputs() {}

    /** The outputs the client asked for (all when it named none) that the job produced, in the process's order. */
    static List<String> selected(Job job) {
        List<String> ids = new ArrayList<>();
        for (String id : job.process().outputs().keySet()) {
            boolean asked = job.requestedMediaTypes().isEmpty()
                    || job.requestedMediaTypes().containsKey(id);
            if (asked && job.results().contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The results document: each selected output inline, or as a link to its raw form. */
    static ObjectNode document(ObjectMapper json, Job job, String base) {
        ObjectNode n = json.createObjectNode();
        for (String id : selected(job)) {
            n.set(id, inline(json, job, id, base));
        }
        return n;
    }

    static JsonNode inline(ObjectMapper json, Job job, String id, String base) {
        Object value = job.results().value(id);
        if (value instanceof EchoValue echo) {
            return echo(json, echo);
        }
        Parameter<?> out = job.process().outputs().get(id);
        if (ParameterKind.of(out.type).isComplex()) {
            String mt = mediaType(job, out);
            return json.createObjectNode()
                    .put("href", base + "/jobs/" + job.id() + "/results/" + id + "?f=" + MediaTypes.extension(mt))
                    .put("type", mt);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return json.valueToTree(value);
        }
        return json.getNodeFactory().textNode(OutputEncoder.literal(value));
    }

    private static JsonNode echo(ObjectMapper json, EchoValue v) {
        if (v.isReference()) {
            ObjectNode link = json.createObjectNode().put("href", v.href());
            return v.mediaType() == null ? link : link.put("type", v.mediaType());
        }
        if (v.isBinary()) {
            return json.createObjectNode()
                    .put("value", Base64.getEncoder().encodeToString(v.bytes()))
                    .put("mediaType", v.mediaType())
                    .put("encoding", "base64");
        }
        JsonNode value = v.json();
        if (value.isObject() && !isBbox(value)) {
            // a bare object would read as a qualified value or a link: say what it is
            ObjectNode q = json.createObjectNode();
            q.set("value", value);
            return q.put("mediaType", "application/json");
        }
        return value;
    }

    private static boolean isBbox(JsonNode value) {
        for (var it = value.fieldNames(); it.hasNext(); ) {
            if (!BBOX_FIELDS.contains(it.next())) {
                return false;
            }
        }
        return value.path("bbox").isArray();
    }

    /** An output in raw form; {@code format} (a file extension) overrides the media type asked at execution. */
    static Raw raw(Job job, String id, String format) {
        Parameter<?> out = job.process().outputs().get(id);
        if (out == null || !job.results().contains(id)) {
            throw new OwsException(
                    OwsException.NO_SUCH_OUTPUT,
                    id,
                    "job " + job.id() + " has no output '" + id + "'; outputs: " + selected(job));
        }
        Object value = job.results().value(id);
        if (value instanceof EchoValue v) {
            if (v.isReference()) {
                return new Raw(id, null, v.mediaType(), v.href());
            }
            if (v.isBinary()) {
                return new Raw(id, v.bytes(), v.mediaType(), null);
            }
            boolean text = v.json().isTextual();
            byte[] bytes = (text ? v.json().asText() : v.json().toString()).getBytes(StandardCharsets.UTF_8);
            return new Raw(id, bytes, text ? "text/plain; charset=UTF-8" : "application/json", null);
        }
        String mt = format == null ? mediaType(job, out) : MediaTypes.forExtension(format);
        HttpReply reply = job.results().reply(out, mt); // a stored file, or encoded from memory
        return new Raw(id, reply.body(), reply.contentType(), null, reply.file());
    }

    private static String mediaType(Job job, Parameter<?> out) {
        return job.requestedMediaTypes().getOrDefault(out.key, OutputEncoder.mediaTypeFor(out, null));
    }
}
