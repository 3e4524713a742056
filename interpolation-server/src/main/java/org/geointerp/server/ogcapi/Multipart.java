package org.geointerp.server.ogcapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.geointerp.server.http.HttpReply;

/**
 * A raw response with several outputs: multipart/related (RFC 2387), one part per output with
 * its Content-ID; an output sent by reference is a part with a Content-Location and no body
 * (OGC API - Processes - Part 1, requirement /req/core/job-results-sync-raw-mixed-multi).
 */
final class Multipart {
    private Multipart() {}

    static HttpReply reply(int status, List<JobOutputs.Raw> parts) {
        String boundary = "geointerp-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (JobOutputs.Raw p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
            head.append("Content-ID: <").append(p.id()).append(">\r\n");
            if (p.mediaType() != null) {
                head.append("Content-Type: ").append(p.mediaType()).append("\r\n");
            }
            if (p.href() != null) {
                head.append("Content-Location: ").append(p.href()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            if (p.bytes() != null) {
                body.writeBytes(p.bytes());
            }
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpReply.of(status, "multipart/related; boundary=" + boundary, body.toByteArray());
    }
}
