package org.geointerp.server.wps10;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.InputBinder;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
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
import org.w3c.dom.Element;

/**
 * WPS 1.0.0 at {prefix}: GetCapabilities, DescribeProcess and Execute by KVP GET and XML POST,
 * stored status documents at {prefix}/status/{job}, stored results at
 * {prefix}/results/{job}/{output}.{ext}, and GeoServer's vendor Dismiss operation.
 */
public final class WpsService {
    private static final Logger LOG = Logger.getLogger(WpsService.class.getName());
    private static final String XML_TYPE = MediaTypes.XML + "; charset=UTF-8";

    private final String prefix;
    private final ProcessCatalog catalog;
    private final InputBinder binder;
    private final JobManager jobs;
    private final ServerConfig config;
    /** The request of each kept job (its inputs only with lineage), so its status document can answer it. */
    private final Map<String, ExecuteRequest> storedRequests = new ConcurrentHashMap<>();

    public WpsService(String prefix, ProcessCatalog catalog, InputBinder binder, JobManager jobs, ServerConfig config) {
        this.prefix = prefix;
        this.catalog = catalog;
        this.binder = binder;
        this.jobs = jobs;
        this.config = config;
    }

    public HttpReply handle(HttpCall call) {
        try {
            Urls urls = new Urls(call.baseUrl() + prefix);
            String rest = call.path().substring(prefix.length());
            if (rest.startsWith("/status/")) {
                return status(rest.substring("/status/".length()), urls);
            }
            if (rest.startsWith("/results/")) {
                return result(rest.substring("/results/".length()));
            }
            if (!rest.isEmpty() && !rest.equals("/")) {
                throw new OwsException(OwsException.NOT_FOUND, null, "no such resource: " + call.path());
            }
            if ("POST".equals(call.method())) {
                return post(call, urls);
            }
            if ("GET".equals(call.method())) {
                return get(call, urls);
            }
            throw new OwsException(
                    OwsException.OPERATION_NOT_SUPPORTED, "request", "HTTP " + call.method() + " not supported");
        } catch (OwsException e) {
            return ExceptionReport.reply(e);
        } catch (RuntimeException | LinkageError e) {
            // never a stack trace or an HTML error page to the client: an exception report, logged here
            LOG.log(Level.WARNING, "WPS request failed", e);
            return ExceptionReport.reply(new OwsException(
                    OwsException.NO_APPLICABLE_CODE, null, "internal error; the server log has the details"));
        }
    }

    /** Whether a KVP GET starts or stops a job (Execute, Dismiss): such calls get the cross-site checks of a POST. */
    public static boolean changesState(HttpCall call) {
        String request = call.param("request");
        return request != null && (request.equalsIgnoreCase("Execute") || request.equalsIgnoreCase("Dismiss"));
    }

    private HttpReply get(HttpCall call, Urls urls) {
        String request = call.param("request");
        if (request == null) {
            throw new OwsException(OwsException.MISSING_PARAMETER, "request", "parameter 'request' is missing");
        }
        if (!"GetCapabilities".equalsIgnoreCase(request)) {
            checkServiceAndVersion(call.param("service"), call.param("version"));
        } else if (call.param("service") != null && !"WPS".equalsIgnoreCase(call.param("service"))) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "service", "service must be WPS");
        }
        switch (request.toLowerCase(java.util.Locale.ROOT)) {
            case "getcapabilities":
                String accept = call.param("acceptversions");
                checkAcceptVersions(accept == null ? List.of() : List.of(accept.split(",")));
                return HttpReply.of(200, XML_TYPE, CapabilitiesWriter.write(catalog, urls.endpoint()));
            case "describeprocess":
                return describe(call.param("identifier"));
            case "execute":
                return execute(KvpExecuteParser.parse(call), call, urls);
            case "dismiss":
                return dismiss(call.param("executionid"), urls);
            case "getexecutionstatus":
                return status(call.param("executionid"), urls);
            default:
                throw new OwsException(
                        OwsException.OPERATION_NOT_SUPPORTED, "request", "unknown request '" + request + "'");
        }
    }

    private HttpReply post(HttpCall call, Urls urls) {
        Element root = SecureXml.parse(call.body()).getDocumentElement();
        String op = root.getLocalName();
        if (!XmlOut.WPS.equals(root.getNamespaceURI())) {
            throw new OwsException(
                    OwsException.OPERATION_NOT_SUPPORTED,
                    "request",
                    "expected a WPS 1.0.0 request document, got " + root.getNodeName());
        }
        switch (op) {
            case "Execute":
                checkServiceAndVersion(root.getAttribute("service"), root.getAttribute("version"));
                return execute(XmlExecuteParser.parse(root), call, urls);
            case "GetCapabilities":
                checkAcceptVersions(acceptedVersions(root));
                return HttpReply.of(200, XML_TYPE, CapabilitiesWriter.write(catalog, urls.endpoint()));
            case "DescribeProcess":
                checkServiceAndVersion(root.getAttribute("service"), root.getAttribute("version"));
                List<String> ids = new ArrayList<>();
                for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "Identifier".equals(e.getLocalName())) {
                        ids.add(e.getTextContent().trim());
                    }
                }
                return describe(String.join(",", ids));
            default:
                throw new OwsException(OwsException.OPERATION_NOT_SUPPORTED, "request", "unknown request '" + op + "'");
        }
    }

    /** OWS 1.1, 7.3.2: a client that lists the versions it accepts, none of them 1.0.0, gets VersionNegotiationFailed. */
    private static void checkAcceptVersions(List<String> versions) {
        if (!versions.isEmpty() && versions.stream().noneMatch(v -> v.trim().equals("1.0.0"))) {
            throw new OwsException(
                    OwsException.VERSION_NEGOTIATION_FAILED,
                    "AcceptVersions",
                    "this server speaks WPS 1.0.0 only, not " + String.join(", ", versions));
        }
    }

    /** The ows:Version values of a POSTed GetCapabilities' AcceptVersions (empty when absent). */
    private static List<String> acceptedVersions(Element root) {
        List<String> versions = new ArrayList<>();
        Element accept = XmlExecuteParser.child(root, XmlOut.WPS, "AcceptVersions");
        if (accept == null) {
            accept = XmlExecuteParser.child(root, XmlOut.OWS, "AcceptVersions");
        }
        for (org.w3c.dom.Node n = accept == null ? null : accept.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Version".equals(e.getLocalName())) {
                versions.add(e.getTextContent().trim());
            }
        }
        return versions;
    }

    private static void checkServiceAndVersion(String service, String version) {
        if (service == null || service.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, "service", "parameter 'service' is missing");
        }
        if (!"WPS".equalsIgnoreCase(service.trim())) {
            throw new OwsException(OwsException.INVALID_PARAMETER, "service", "service must be WPS, not " + service);
        }
        if (version == null || version.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, "version", "parameter 'version' is missing");
        }
        if (!"1.0.0".equals(version.trim())) {
            throw new OwsException(
                    OwsException.VERSION_NEGOTIATION_FAILED, "version", "only WPS 1.0.0 is supported, not " + version);
        }
    }

    private HttpReply describe(String identifiers) {
        if (identifiers == null || identifiers.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, "identifier", "parameter 'identifier' is missing");
        }
        List<ProcessInfo> list = new ArrayList<>();
        for (String id : identifiers.split(",")) {
            if (id.trim().equalsIgnoreCase("all")) {
                list.addAll(catalog.all());
            } else {
                list.add(catalog.get(id, "identifier"));
            }
        }
        return HttpReply.of(200, XML_TYPE, DescribeProcessWriter.write(list, config.maxBodyBytes()));
    }

    private HttpReply execute(ExecuteRequest request, HttpCall call, Urls urls) {
        ProcessInfo process = catalog.get(request.processId(), "Identifier");
        if (request.status() && !request.store()) {
            // WPS 1.0.0, table 50: status="true" asks for updates of a stored response, so it needs one
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "status",
                    "status=\"true\" needs storeExecuteResponse=\"true\": only a stored response can be updated");
        }
        Map<String, String> mediaTypes = new LinkedHashMap<>();
        List<ExecuteRequest.OutputRequest> asked =
                request.rawOutput() != null ? List.of(request.rawOutput()) : request.outputs();
        for (ExecuteRequest.OutputRequest o : asked) {
            Parameter<?> out = process.outputs().get(o.id());
            if (out == null) {
                throw new OwsException(
                        OwsException.INVALID_PARAMETER,
                        o.id(),
                        "process " + process.id() + " has no output '" + o.id() + "'; outputs: "
                                + process.outputs().keySet());
            }
            mediaTypes.put(o.id(), OutputEncoder.mediaTypeFor(out, o.mimeType()));
        }
        Map<String, Object> inputs = binder.bind(process, request.inputs());
        Job job = jobs.submit(new JobRequest(process, inputs, mediaTypes, call.client()));
        if (request.asynchronous()) {
            storedRequests.keySet().removeIf(id -> jobs.find(id).isEmpty());
            storedRequests.put(job.id(), request.withoutInputs());
            return HttpReply.of(200, XML_TYPE, ExecuteResponseWriter.write(job, request, true, urls));
        }
        awaitSync(job);
        if (request.rawOutput() != null) {
            if (job.state() != JobState.SUCCESSFUL) {
                throw Failures.of(job);
            }
            Parameter<?> out = process.outputs().get(request.rawOutput().id());
            OutputEncoder.Encoded e = OutputEncoder.encode(job.results().get(out.key), out, mediaTypes.get(out.key));
            return HttpReply.of(200, e.mediaType(), e.bytes());
        }
        if (hasReference(request.outputs())) {
            storedRequests.put(job.id(), request.withoutInputs()); // results stay fetchable for the retention time
        }
        return HttpReply.of(200, XML_TYPE, ExecuteResponseWriter.write(job, request, false, urls));
    }

    private static boolean hasReference(List<ExecuteRequest.OutputRequest> outputs) {
        return outputs.stream().anyMatch(ExecuteRequest.OutputRequest::asReference);
    }

    private void awaitSync(Job job) {
        try {
            if (!job.await(config.syncTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                jobs.dismiss(job.id());
                throw new OwsException(
                        OwsException.NO_APPLICABLE_CODE,
                        null,
                        "process " + job.process().id()
                                + " did not finish within "
                                + config.syncTimeout().toSeconds()
                                + " s; use storeExecuteResponse=true to run it asynchronously");
            }
        } catch (InterruptedException e) {
            jobs.dismiss(job.id());
            Thread.currentThread().interrupt();
            throw new OwsException(OwsException.NO_APPLICABLE_CODE, null, "request interrupted");
        }
    }

    private HttpReply status(String jobId, Urls urls) {
        Job job = jobs.find(jobId).orElseThrow(() -> unknownJob(jobId));
        return HttpReply.of(200, XML_TYPE, ExecuteResponseWriter.write(job, storedRequests.get(job.id()), true, urls));
    }

    private HttpReply dismiss(String jobId, Urls urls) {
        Job job = jobs.dismiss(jobId).orElseThrow(() -> unknownJob(jobId));
        return HttpReply.of(200, XML_TYPE, ExecuteResponseWriter.write(job, null, true, urls));
    }

    private HttpReply result(String rest) {
        String[] parts = rest.split("/");
        if (parts.length != 2 || parts[1].lastIndexOf('.') <= 0) {
            throw new OwsException(OwsException.NOT_FOUND, null, "no such result: " + rest);
        }
        Job job = jobs.find(parts[0]).orElseThrow(() -> unknownJob(parts[0]));
        if (job.state() != JobState.SUCCESSFUL) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    "executionId",
                    "job " + job.id() + " has no results: it is " + job.state().code());
        }
        String name = parts[1];
        String outputId = name.substring(0, name.lastIndexOf('.'));
        String mediaType = MediaTypes.forExtension(name.substring(name.lastIndexOf('.') + 1));
        Parameter<?> out = job.process().outputs().get(outputId);
        if (out == null || mediaType == null) {
            throw new OwsException(OwsException.NOT_FOUND, null, "no such result: " + rest);
        }
        OutputEncoder.Encoded e = OutputEncoder.encode(
                job.results().get(outputId), out, MediaTypes.TEXT.equals(mediaType) ? null : mediaType);
        return HttpReply.of(200, e.mediaType(), e.bytes());
    }

    private static OwsException unknownJob(String id) {
        return new OwsException(
                OwsException.INVALID_PARAMETER,
                "executionId",
                "no such job: " + id + " (finished jobs are kept for a limited time)");
    }
}
