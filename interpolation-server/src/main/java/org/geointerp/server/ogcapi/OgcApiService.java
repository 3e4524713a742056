package org.geointerp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.InputBinder;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ProcessCatalog;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.core.ServerConfig;
import org.geointerp.server.echo.EchoProcess;
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
    private static final String PROBLEM_TYPE = "application/problem+json";

    private final String prefix;
    private final ProcessCatalog catalog;
    private final InputBinder binder;
    private final JobManager jobs;
    private final ServerConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final ApiDefinition api = new ApiDefinition(json);
    /** The echo process the conformance suite needs, or null when not published. */
    private final EchoProcess echo;

    public OgcApiService(
            String prefix,
            ProcessCatalog catalog,
            InputBinder binder,
            JobManager jobs,
            ServerConfig config,
            EchoProcess echo) {
        this.prefix = prefix;
        this.catalog = catalog;
        this.binder = binder;
        this.jobs = jobs;
        this.config = config;
        this.echo = echo;
    }

    public HttpReply handle(HttpCall call) {
        String base = call.baseUrl() + prefix;
        String rest = call.path().substring(prefix.length());
        String[] seg = rest.replaceAll("^/+|/+$", "").split("/");
        try {
            String m = call.method();
            if (rest.isEmpty() || rest.equals("/")) {
                return view(call, landing(base), "Landing page");
            }
            if (seg[0].equals("conformance") && seg.length == 1) {
                return view(call, conformance(), "Conformance");
            }
            if (seg[0].equals("api") && seg.length == 1 && m.equals("GET")) {
                return HttpReply.of(
                        200,
                        ApiDefinition.MEDIA_TYPE,
                        api.document(base).toString().getBytes(StandardCharsets.UTF_8));
            }
            if (seg[0].equals("api.html") && seg.length == 1 && m.equals("GET")) {
                return HttpReply.text(200, Html.MEDIA_TYPE, api.html(base));
            }
            if (seg[0].equals("processes")) {
                if (seg.length == 1 && m.equals("GET")) {
                    return view(call, processList(base, Page.of(call)), "Processes");
                }
                if (seg.length == 2 && m.equals("GET")) {
                    return view(call, describe(process(seg[1]), base), "Process");
                }
                if (seg.length == 3 && seg[2].equals("execution") && m.equals("POST")) {
                    return execute(call, process(seg[1]), base);
                }
            }
            if (seg[0].equals("jobs")) {
                if (seg.length == 1 && m.equals("GET")) {
                    return view(call, jobList(call, base), "Jobs");
                }
                Job job = seg.length >= 2 ? jobs.find(seg[1]).orElseThrow(() -> noSuchJob(seg[1])) : null;
                if (job != null && seg.length == 2 && m.equals("GET")) {
                    return view(call, status(job, base), "Job");
                }
                if (job != null && seg.length == 2 && m.equals("DELETE")) {
                    return ok(dismiss(job, base));
                }
                if (job != null && seg.length == 3 && seg[2].equals("results") && m.equals("GET")) {
                    return view(call, results(job, base), "Results");
                }
                if (job != null && seg.length == 4 && seg[2].equals("results") && m.equals("GET")) {
                    return rawResult(job, seg[3], call.param("f"));
                }
            }
            return problem(404, "not-found", "no such resource: " + m + " " + call.path())
                    .withContentType(problemType(call));
        } catch (OwsException e) {
            return Problems.reply(e).withContentType(problemType(call));
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
                .put("href", base + "/?f=html")
                .put("rel", "alternate")
                .put("type", "text/html")
                .put("title", "this page as HTML");
        links.addObject()
                .put("href", base + "/api")
                .put("rel", "service-desc")
                .put("type", ApiDefinition.MEDIA_TYPE)
                .put("title", "the API definition (OpenAPI 3.0)");
        links.addObject()
                .put("href", base + "/api.html")
                .put("rel", "service-doc")
                .put("type", "text/html")
                .put("title", "the API documentation");
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
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/ogc-process-description")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/oas30")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/job-list")
                .add("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/dismiss");
        return n;
    }

    /** The published processes: the catalog's, and echo when it is published. */
    private List<ProcessInfo> processes() {
        List<ProcessInfo> all = new ArrayList<>(catalog.all());
        if (echo != null) {
            all.add(echo.info());
        }
        return all;
    }

    private ProcessInfo process(String id) {
        if (echo != null && EchoProcess.ID.equals(id)) {
            return echo.info();
        }
        try {
            return catalog.get(id, "processID");
        } catch (OwsException e) {
            throw new OwsException(OwsException.NO_SUCH_PROCESS, "processID", e.getMessage());
        }
    }

    private ObjectNode describe(ProcessInfo p, String base) {
        if (isEcho(p)) {
            ObjectNode n = ProcessDescriptions.summary(json, p, base);
            echo.describe(json, n);
            return n;
        }
        return ProcessDescriptions.description(json, p, base);
    }

    private ObjectNode processList(String base, Page page) {
        List<ProcessInfo> all = processes();
        ObjectNode n = json.createObjectNode();
        ArrayNode list = n.putArray("processes");
        page.of(all).forEach(p -> list.add(ProcessDescriptions.summary(json, p, base)));
        page.links(n.putArray("links"), base + "/processes", all.size(), JSON_TYPE);
        return n;
    }

    /** The job list (conformance class job-list): newest first, filtered by processID and status, paged. */
    private ObjectNode jobList(HttpCall call, String base) {
        Page page = Page.of(call);
        Set<String> processIds = listParam(call, "processid");
        Set<String> states = listParam(call, "status");
        // each client sees its own jobs unless the operator lists all (--list-all-jobs)
        List<Job> all = new ArrayList<>(config.listAllJobs() ? jobs.all() : jobs.ownedBy(call.client()));
        Collections.reverse(all);
        all.removeIf(
                j -> (!processIds.isEmpty() && !processIds.contains(j.process().id()))
                        || (!states.isEmpty() && !states.contains(j.state().code())));
        ObjectNode body = json.createObjectNode();
        ArrayNode list = body.putArray("jobs");
        page.of(all).forEach(j -> list.add(status(j, base)));
        page.links(body.putArray("links"), base + "/jobs", all.size(), JSON_TYPE);
        return body;
    }

    /** A comma-separated or repeated list parameter. */
    private static Set<String> listParam(HttpCall call, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : call.query().getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private HttpReply execute(HttpCall call, ProcessInfo process, String base) {
        ExecuteBody request = ExecuteBody.read(json, call.body(), process, isEcho(process));
        ObjectNode body = request.members();
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
            String asked = mt.isTextual() ? mt.asText() : null;
            // echo's values carry their own media type: the entry only records that the output was asked for
            mediaTypes.put(
                    o.getKey(),
                    isEcho(process) ? (asked == null ? JSON_TYPE : asked) : OutputEncoder.mediaTypeFor(out, asked));
            byReference.put(
                    o.getKey(),
                    "reference".equals(o.getValue().path("transmissionMode").asText()));
        }
        Map<String, Object> inputs =
                isEcho(process) ? echo.bind(body.get("inputs")) : binder.bind(process, request.inputs());
        String prefer = call.header("prefer");
        boolean async =
                prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async");
        boolean document = "document".equals(body.path("response").asText())
                || byReference.values().stream().anyMatch(Boolean::booleanValue);
        // a results document links to the complex outputs: they must outlive the request
        boolean keep = async || document;
        Job job = jobs.submit(new JobRequest(process, inputs, mediaTypes, call.client(), keep));
        String location = base + "/jobs/" + job.id();
        if (async) {
            return ok(status(job, base))
                    .withHeader("Location", location)
                    .withHeader("Preference-Applied", "respond-async")
                    .withStatus(201);
        }
        try {
            jobs.awaitSync(job, config.syncTimeout(), "send 'Prefer: respond-async'");
            if (job.state() != JobState.SUCCESSFUL) {
                throw Failures.of(job);
            }
            List<String> selected = JobOutputs.selected(job);
            if (document || selected.isEmpty()) {
                HttpReply reply = ok(results(job, base));
                return keep ? reply.withHeader("Location", location) : reply;
            }
            // raw (the default response): one output as the body, several as multipart/related; the job is
            // forgotten once answered, so no Location is given
            if (selected.size() == 1) {
                JobOutputs.Raw raw = JobOutputs.raw(job, selected.get(0), null);
                if (raw.href() != null) {
                    return HttpReply.of(204, raw.mediaType() == null ? JSON_TYPE : raw.mediaType(), new byte[0])
                            .withHeader("Link", "<" + raw.href() + ">; rel=\"related\"");
                }
                return HttpReply.of(200, raw.mediaType(), raw.bytes());
            }
            List<JobOutputs.Raw> parts = new ArrayList<>();
            selected.forEach(id -> parts.add(JobOutputs.raw(job, id, null)));
            return Multipart.reply(200, parts);
        } finally {
            if (!keep) {
                jobs.remove(job.id()); // answered: nothing of it is kept
            }
        }
    }

    private boolean isEcho(ProcessInfo process) {
        return echo != null && process == echo.info();
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
                : job.state() == JobState.DISMISSED
                        ? "dismissed"
                        : job.message(job.state().code());
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
        if (!job.state().finished()) {
            // where to poll (IANA "monitor"), for clients that do not reuse "self"
            links.addObject()
                    .put("href", base + "/jobs/" + job.id())
                    .put("rel", "monitor")
                    .put("type", JSON_TYPE);
        }
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
        return JobOutputs.document(json, job, base);
    }

    private HttpReply rawResult(Job job, String outputId, String format) {
        if (job.state() != JobState.SUCCESSFUL) {
            throw new OwsException(
                    OwsException.RESULT_NOT_READY,
                    null,
                    "job " + job.id() + " is " + job.state().code());
        }
        JobOutputs.Raw raw = JobOutputs.raw(job, outputId, format);
        if (raw.href() != null) {
            // an output that is a link (echo of a reference): send the client there
            return HttpReply.of(303, JSON_TYPE, new byte[0]).withHeader("Location", raw.href());
        }
        if (raw.file() != null) {
            return HttpReply.file(200, raw.mediaType(), raw.file());
        }
        return HttpReply.of(200, raw.mediaType(), raw.bytes());
    }

    /** A JSON resource, or its HTML page when the client asked for HTML. */
    private HttpReply view(HttpCall call, JsonNode body, String title) {
        return Html.wanted(call) ? HttpReply.text(200, Html.MEDIA_TYPE, Html.of(title, body)) : ok(body);
    }

    private HttpReply ok(JsonNode body) {
        return HttpReply.of(200, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * application/problem+json (RFC 7807) unless the client asked for application/json only: the
     * standard's OpenAPI documents exceptions as application/json, and clients (the OGC suite
     * among them) that ask for it get it.
     */
    private static String problemType(HttpCall call) {
        String accept = call.header("accept");
        if (accept == null) {
            return PROBLEM_TYPE;
        }
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        return a.contains("application/json") && !a.contains("problem+json") ? JSON_TYPE : PROBLEM_TYPE;
    }

    private static HttpReply problem(int status, String type, String detail) {
        return Problems.reply(status, type, detail);
    }

    /** The published process of this id, or no-such-process. */
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
