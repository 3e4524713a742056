package org.geointerp.server.wps10;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.jobs.Failures;
import org.geointerp.server.jobs.Job;
import org.geotools.api.data.Parameter;

/** WPS 1.0.0 ExecuteResponse: the status of a job and, once it succeeded, its outputs. */
final class ExecuteResponseWriter {
    private ExecuteResponseWriter() {}

    /**
     * @param request what the client asked for (null: nothing is known, e.g. after Dismiss)
     * @param stored whether the document has a status location (the job runs asynchronously or was kept)
     */
    static byte[] write(Job job, ExecuteRequest request, boolean stored, Urls urls) {
        ProcessInfo p = job.process();
        List<ExecuteRequest.OutputRequest> requested = request == null ? List.of() : request.outputs();
        XmlOut x = new XmlOut()
                .root(
                        XmlOut.WPS,
                        "ExecuteResponse",
                        "http://www.opengis.net/wps/1.0.0 http://schemas.opengis.net/wps/1.0.0/wpsExecute_response.xsd");
        x.attr("service", "WPS")
                .attr("version", "1.0.0")
                .attr("xml", XmlOut.XML, "lang", "en-US")
                .attr("serviceInstance", urls.endpoint() + "?service=WPS&request=GetCapabilities");
        if (stored) {
            x.attr("statusLocation", urls.status(job.id()));
        }
        x.wps("Process")
                .attr("wps", XmlOut.WPS, "processVersion", p.version())
                .owsText("Identifier", p.id())
                .owsText("Title", p.title())
                .end();
        x.wps("Status")
                .attr(
                        "creationTime",
                        DateTimeFormatter.ISO_INSTANT.format(job.created().truncatedTo(ChronoUnit.SECONDS)));
        switch (job.state()) {
            case ACCEPTED:
                x.wps("ProcessAccepted").text("queued, waiting for a worker").end();
                break;
            case RUNNING:
                // WPS 1.0.0 allows 0 to 99 while running: a process reports 100 a moment before its job is marked
                // succeeded, and a status read then must still be schema-valid (the OGC suite caught it under load)
                x.wps("ProcessStarted")
                        .attr("percentCompleted", String.valueOf(Math.min(99, job.percent())))
                        .text(job.message("running"))
                        .end();
                break;
            case SUCCESSFUL:
                x.wps("ProcessSucceeded").text(job.message("done")).end();
                break;
            default:
                x.wps("ProcessFailed").wps("ExceptionReport");
                ExceptionReport.write(x, Failures.of(job));
                x.end().end();
        }
        x.end();
        if (request != null && request.lineage()) {
            LineageWriter.write(x, p, request);
        }
        if (job.state() == org.geointerp.server.jobs.JobState.SUCCESSFUL) {
            x.wps("ProcessOutputs");
            for (ExecuteRequest.OutputRequest o : outputs(p, requested)) {
                Parameter<?> out = p.outputs().get(o.id());
                x.wps("Output").owsText("Identifier", out.key).owsText("Title", ProcessInfo.text(out.title, out.key));
                String mediaType = OutputEncoder.mediaTypeFor(out, o.mimeType());
                if (o.asReference()) {
                    x.wps("Reference")
                            .attr("href", urls.result(job.id(), out.key, mediaType))
                            .attr("mimeType", mediaType)
                            .end();
                } else {
                    embed(x, job, out, mediaType);
                }
                x.end();
            }
            x.end();
        }
        return x.end().bytes();
    }

    /** The outputs asked for, or all of them (embedded) when the request named none. */
    static List<ExecuteRequest.OutputRequest> outputs(ProcessInfo p, List<ExecuteRequest.OutputRequest> requested) {
        if (requested != null && !requested.isEmpty()) {
            return requested;
        }
        List<ExecuteRequest.OutputRequest> all = new ArrayList<>();
        p.outputs().keySet().forEach(k -> all.add(new ExecuteRequest.OutputRequest(k, false, null)));
        return all;
    }

    private static void embed(XmlOut x, Job job, Parameter<?> out, String mediaType) {
        x.wps("Data");
        if (!ParameterKind.of(out.type).isComplex()) {
            x.wps("LiteralData")
                    .attr("dataType", org.geointerp.server.core.LiteralCodec.dataType(out.type))
                    .text(OutputEncoder.literal(job.results().value(out.key)))
                    .end();
        } else {
            byte[] bytes = job.results().bytes(out, mediaType);
            if (MediaTypes.GEOTIFF.equals(mediaType)) {
                x.wps("ComplexData")
                        .attr("mimeType", mediaType)
                        .attr("encoding", "base64")
                        .text(Base64.getEncoder().encodeToString(bytes))
                        .end();
            } else {
                x.wps("ComplexData")
                        .attr("mimeType", mediaType)
                        .cdata(new String(bytes, StandardCharsets.UTF_8))
                        .end();
            }
        }
        x.end();
    }
}
