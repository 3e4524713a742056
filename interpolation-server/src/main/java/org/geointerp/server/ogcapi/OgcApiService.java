package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.InputBinder;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.core.ServerConfig;
import org.geointerp.server.http.HttpCall;
import org.geointerp.server.http.HttpReply;
import org.geointerp.server.jobs.Failures;
import org.geointerp.server.jobs.Job;
import org.geointerp.server.jobs.JobManager;
import org.geointerp.server.jobs.JobRequest;
import org.geointerp.server.jobs.JobState;
import org.geotools.api.data.Parameter;

/**
 * OGC API - Processes - Part 1: Core (1.0) at {prefix}: landing page, conformance, process
 * list and descriptions, synchronous and asynchronous execution (Prefer: respond-async), job
 * status, results and dismissal. Shares the catalog, input binding and job pool with the WPS.
 */
public final class OgcApiService {
    private static final Logger LOG = Logger.getLogger(OgcApiService.class.getName());
    private static final String JSON_TYPE = "application/json";

    private final String prefix;
    private final ProcessCatalog catalog;
    private final InputBinder binder;
    private final JobManager jobs;
    private final ServerConfig config;
    private final ObjectMapper json = new ObjectMapper();

    public OgcApiService(
            String prefix, ProcessCatalog catalog, InputBinder binder, JobManager jobs, ServerConfig config) {
        this.prefix = prefix;
        this.catalog = catalog;
        this.binder = binder;
        this.jobs = jobs;
        this.config = config;
    }

    public HttpReply handle(HttpCall call) {
        String base = call.baseUrl() + prefix;
        String rest = call.path().substring(prefix.length());
        String[] seg = rest.replaceAll("^/+|/+$", "").split("/");
        try {
            String m = call.method();
            if (rest.isEmpty() || rest.equals("/")) {
                return ok(landing(base));
            }
            if (seg[0].equals("conformance") && seg.length == 1) {
                return ok(conformance());
            }
            if (seg[0].equals("processes")) {
                if (seg.length == 1 && m.equals("GET")) {
                    return ok(processList(base));
                }
                if (seg.length == 2 && m.equals("GET")) {
                    return ok(ProcessDescriptions.description(json, process(seg[1]), base));
                }
                if (seg.length == 3 && seg[2].equals("execution") && m.equals("POST")) {
                    return execute(call, process(seg[1]), base);
                }
            }
            if (seg[0].equals("jobs")) {
                if (seg.length == 1 && m.equals("GET")) {
                    ArrayNode list = json.createArrayNode();
                    (config.listAllJobs() ? jobs.all() : jobs.ownedBy(call.client()))
                            .forEach(j -> list.add(status(j, base)));
                    ObjectNode body = json.createObjectNode();
                    body.set("jobs", list);
                    body.putArray("links")
                            .addObject()
                            .put("href", base + "/jobs")
                            .put("rel", "self");
                    return ok(body);
                }
                Job job = seg.length >= 2 ? jobs.find(seg[1]).orElseThrow(() -> noSuchJob(seg[1])) : null;
                if (job != null && seg.length == 2 && m.equals("GET")) {
                    return ok(status(job, base));
                }
                if (job != null && seg.length == 2 && m.equals("DELETE")) {
                    return ok(dismiss(job, base));
                }
                if (job != null && seg.length == 3 && seg[2].equals("results") && m.equals("GET")) {
                    return ok(results(job, base));
                }
                if (job != null && seg.length == 4 && seg[2].equals("results") && m.equals("GET")) {
                    return rawResult(job, seg[3], call.param("f"));
                }
            }
            return problem(404, "not-found", "no such resource: " + m + " " + call.path());
        } catch (OwsException e) {
            return Problems.reply(e);
        } catch (RuntimeException | LinkageError e) {
            // never a stack trace or an HTML error page to the client: an exception report, logged here
            LOG.log(Level.WARNING, "OGC API request failed", e);
            return problem(500, OwsException.NO_APPLICABLE_CODE, "internal error; the server log has the details");
        }
    }

    private ObjectNode landing(String base) {
        ObjectNode n = json.createObjectNode();
        n.put("title", "Scattered-point interpolation").put("description", "OGC API - Processes");
        ArrayNode links = n.putArray("links");
        links.addObject().put("href", base + "/").put("rel", "self").put("type", JSON_TYPE);
        links.addObject()
                .put("href", base + "/conformance")
                .put("rel", "http://www.opengis.net/def/rel/ogc/1.0/conformance")
                .put("type", JSON_TYPE);
        links.addObject()
                .put("href", base + "/processes")
                .put("rel", "http://www.opengis.net/def/rel/ogc/1.0/processes")
                .put("type", JSON_TYPE);
        links.addObject()
                .put("href", base + "/jobs")
                .put("rel", "http://www.opengis.net/def/rel/ogc/1.0/job-list")
                .put("type", JSON_TYPE);
        return n;
    }

    private ObjectNode conformance() {
        ObjectNode n = json.createObjectNode();
        n.putArray("conformsTo")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/job-list")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/dismiss");
        return n;
    }

    private ObjectNode processList(String base) {
        ObjectNode n = json.createObjectNode();
        ArrayNode list = n.putArray("processes");
        catalog.all().forEach(p -> list.add(ProcessDescriptions.summary(json, p, base)));
        n.putArray("links").addObject().put("href", base + "/processes").put("rel", "self");
        return n;
    }

    private HttpReply execute(HttpCall call, ProcessInfo process, String base) {
        JsonNode body;
        try {
            body = call.body().length == 0 ? json.createObjectNode() : json.readTree(call.body());
        } catch (JsonProcessingException e) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "body",
                    "request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "body", "request body unreadable");
        }
        if (body == null || !body.isObject()) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "body", "request body must be a JSON object");
        }
        Map<String, String> mediaTypes = new LinkedHashMap<>();
        Map<String, Boolean> byReference = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> outs = body.path("outputs").fields();
        while (outs.hasNext()) {
            Map.Entry<String, JsonNode> o = outs.next();
            Parameter<?> out = process.outputs().get(o.getKey());
            if (out == null) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        o.getKey(),
                        "process " + process.id() + " has no output '" + o.getKey() + "'");
            }
            JsonNode mt = o.getValue().path("format").path("mediaType");
            mediaTypes.put(o.getKey(), OutputEncoder.mediaTypeFor(out, mt.isTextual() ? mt.asText() : null));
            byReference.put(
                    o.getKey(),
                    "reference".equals(o.getValue().path("transmissionMode").asText()));
        }
        Map<String, Object> inputs = binder.bind(process, JsonInputs.read(process, body.get("inputs")));
        Job job = jobs.submit(new JobRequest(process, inputs, mediaTypes, call.client()));
        String prefer = call.header("prefer");
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            return ok(status(job, base))
                    .withHeader("Location", base + "/jobs/" + job.id())
                    .withHeader("Preference-Applied", "respond-async")
                    .withStatus(201);
        }
        try {
            if (!job.await(config.syncTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                jobs.dismiss(job.id());
                throw new OwsException(
                        OwsException.NO_APPLICABLE_CODE,
                        null,
                        "process did not finish within " + config.syncTimeout().toSeconds()
                                + " s; send 'Prefer: respond-async'");
            }
        } catch (InterruptedException e) {
            jobs.dismiss(job.id());
            Thread.currentThread().interrupt();
            throw new OwsException(OwsException.NO_APPLICABLE_CODE, null, "request interrupted");
        }
        if (job.state() != JobState.SUCCESSFUL) {
            throw Failures.of(job);
        }
        boolean document = "document".equals(body.path("response").asText())
                || byReference.values().stream().anyMatch(Boolean::booleanValue);
        if (!document && process.outputs().size() == 1) {
            Parameter<?> out = process.outputs().values().iterator().next();
            OutputEncoder.Encoded e = OutputEncoder.encode(job.results().get(out.key), out, mediaTypes.get(out.key));
            return HttpReply.of(200, e.mediaType(), e.bytes()).withHeader("Location", base + "/jobs/" + job.id());
        }
        return ok(results(job, base)).withHeader("Location", base + "/jobs/" + job.id());
    }

    private ObjectNode status(Job job, String base) {
        ObjectNode n = json.createObjectNode();
        n.put("jobID", job.id())
                .put("processID", job.process().id())
                .put("type", "process")
                .put("status", job.state().code())
                .put("progress", job.percent());
        String message = job.state() == JobState.FAILED
                ? Failures.of(job).getMessage()
                : job.state() == JobState.DISMISSED ? "dismissed" : job.state().code();
        n.put("message", message);
        n.put("created", job.created().toString());
        if (job.started() != null) {
            n.put("started", job.started().toString());
        }
        if (job.finished() != null) {
            n.put("finished", job.finished().toString());
        }
        n.put("updated", Instant.now().toString());
        ArrayNode links = n.putArray("links");
        links.addObject()
                .put("href", base + "/jobs/" + job.id())
                .put("rel", "self")
                .put("type", JSON_TYPE);
        if (job.state() == JobState.SUCCESSFUL) {
            links.addObject()
                    .put("href", base + "/jobs/" + job.id() + "/results")
                    .put("rel", "http://www.opengis.net/def/rel/ogc/1.0/results")
                    .put("type", JSON_TYPE);
        }
        return n;
    }

    /** Literal outputs inline; complex outputs as links, so a large grid is never inlined in JSON. */
    private ObjectNode results(Job job, String base) {
        if (job.state() == JobState.FAILED) {
            throw Failures.of(job);
        }
        if (job.state() != JobState.SUCCESSFUL) {
            throw new OwsException(
                    OwsException.RESULT_NOT_READY,
                    null,
                    "job " + job.id() + " is " + job.state().code());
        }
        ObjectNode n = json.createObjectNode();
        for (Parameter<?> out : job.process().outputs().values()) {
            Object value = job.results().get(out.key);
            if (ParameterKind.of(out.type).isComplex()) {
                String mt = job.requestedMediaTypes().getOrDefault(out.key, OutputEncoder.mediaTypeFor(out, null));
                n.putObject(out.key)
                        .put(
                                "href",
                                base + "/jobs/" + job.id() + "/results/" + out.key + "?f=" + MediaTypes.extension(mt))
                        .put("type", mt);
            } else {
                n.putPOJO(
                        out.key,
                        value instanceof Number || value instanceof Boolean ? value : OutputEncoder.literal(value));
            }
        }
        return n;
    }

    private HttpReply rawResult(Job job, String outputId, String format) {
        if (job.state() != JobState.SUCCESSFUL) {
            throw new OwsException(
                    OwsException.RESULT_NOT_READY,
                    null,
                    "job " + job.id() + " is " + job.state().code());
        }
        Parameter<?> out = job.process().outputs().get(outputId);
        if (out == null) {
            throw new OwsException(
                    OwsException.NO_SUCH_OUTPUT,
                    outputId,
                    "process " + job.process().id() + " has no output '" + outputId + "'; outputs: "
                            + job.process().outputs().keySet());
        }
        String mt = format == null ? job.requestedMediaTypes().get(outputId) : MediaTypes.forExtension(format);
        OutputEncoder.Encoded e = OutputEncoder.encode(job.results().get(outputId), out, mt);
        return HttpReply.of(200, e.mediaType(), e.bytes());
    }

    private HttpReply ok(JsonNode body) {
        return HttpReply.of(200, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static HttpReply problem(int status, String type, String detail) {
        return Problems.reply(status, type, detail);
    }

    /** The published process of this id, or no-such-process. */
    private ProcessInfo process(String id) {
        try {
            return catalog.get(id, "processID");
        } catch (OwsException e) {
            throw new OwsException(OwsException.NO_SUCH_PROCESS, "processID", e.getMessage());
        }
    }

    /**
     * DELETE /jobs/{id} (Part 1, dismiss): a job not yet finished is cancelled and kept as
     * dismissed; a finished one (also a dismissed one) is removed with its results. Either way the
     * answer is the job's status with "dismissed".
     */
    private ObjectNode dismiss(Job job, String base) {
        if (job.state().finished()) {
            jobs.remove(job.id());
        } else {
            jobs.dismiss(job.id());
        }
        ObjectNode n = status(job, base);
        n.put("status", JobState.DISMISSED.code()).put("message", "dismissed");
        n.withArray("links").removeAll();
        return n;
    }

    private static OwsException noSuchJob(String id) {
        return new OwsException(
                OwsException.NO_SUCH_JOB,
                "jobID",
                "no such job: " + id + " (finished jobs are kept for a limited time, and removed by DELETE)");
    }
}
