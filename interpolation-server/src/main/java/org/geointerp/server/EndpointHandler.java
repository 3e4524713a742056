package org.geointerp.server;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpCall;
import org.geointerp.server.http.HttpReply;
import org.geointerp.server.ogcapi.OgcApiService;
import org.geointerp.server.ogcapi.Problems;
import org.geointerp.server.wps10.ExceptionReport;
import org.geointerp.server.wps10.WpsService;

/**
 * Adapts Jetty's core request/response to {@link HttpCall}/{@link HttpReply} and routes /wps and
 * /ogcapi, after the {@link RequestGuard} let the request through. Bodies are read up to the
 * configured limit; a larger one is answered with an exception report without being read further.
 */
final class EndpointHandler extends Handler.Abstract {
    static final String WPS = "/wps";
    static final String OGCAPI = "/ogcapi";

    private final WpsService wps;
    private final OgcApiService ogcApi;
    private final long maxBody;
    private final RequestGuard guard;

    EndpointHandler(WpsService wps, OgcApiService ogcApi, long maxBody, RequestGuard guard) {
        this.wps = wps;
        this.ogcApi = ogcApi;
        this.maxBody = maxBody;
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean isWps = path.equals(WPS) || path.startsWith(WPS + "/");
        boolean isOgc = path.equals(OGCAPI) || path.startsWith(OGCAPI + "/");
        HttpReply reply;
        try {
            reply = serve(request, path, isWps, isOgc);
        } catch (OwsException e) {
            reply = isWps ? ExceptionReport.reply(e) : Problems.reply(e);
        }
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    private HttpReply serve(Request request, String path, boolean isWps, boolean isOgc) throws java.io.IOException {
        guard.checkHost(request.getHttpURI().getHost());
        if (!isWps && !isOgc) {
            return HttpReply.text(
                    path.equals("/") ? 200 : 404,
                    "text/plain; charset=UTF-8",
                    "Scattered-point interpolation\n  WPS 1.0.0:            " + WPS
                            + "?service=WPS&request=GetCapabilities\n  OGC API - Processes:  " + OGCAPI + "/\n");
        }
        byte[] body = readBody(request);
        if (body == null) {
            OwsException e = new OwsException(
                    OwsException.FILE_SIZE_EXCEEDED,
                    "request",
                    "request body is larger than this server's limit of " + maxBody + " bytes");
            return (isWps ? ExceptionReport.reply(e) : Problems.reply(e)).withHeader("Connection", "close");
        }
        HttpCall call = new HttpCall(
                request.getMethod(),
                path,
                query(request),
                body,
                request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                baseUrl(request),
                headers(request),
                Request.getRemoteAddr(request));
        boolean changesState = !call.method().equals("GET") && !call.method().equals("HEAD")
                || (isWps && WpsService.changesState(call));
        guard.check(call, changesState);
        return isWps ? wps.handle(call) : ogcApi.handle(call);
    }

    /**
     * The body, or null when it is over the limit (declared or actual). An over-limit body of up to
     * {@link #drainLimit} bytes is read to its end and discarded first: answering while the client is still sending,
     * then closing, makes the client see a reset connection instead of the exception report (seen in the security
     * test once in a few runs). Larger bodies are refused without reading them.
     */
    private byte[] readBody(Request request) throws java.io.IOException {
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > maxBody) {
                if (declared <= drainLimit()) {
                    discard(in, drainLimit());
                }
                return null;
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (bytes.length > maxBody) {
                discard(in, drainLimit() - bytes.length);
                return null;
            }
            return bytes;
        }
    }

    /** Over-limit bodies up to this size are drained before the reply: four times the limit, at least 16 MiB. */
    private long drainLimit() {
        return Math.max(4 * maxBody, 16L << 20);
    }

    /** Reads and drops at most {@code limit} bytes, or up to the end of the stream. */
    private static void discard(InputStream in, long limit) throws java.io.IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = limit; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    private static Map<String, List<String>> query(Request request) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        for (Fields.Field f : fields) {
            map.computeIfAbsent(f.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .addAll(f.getValues());
        }
        return map;
    }

    private static Map<String, String> headers(Request request) {
        Map<String, String> map = new HashMap<>();
        for (HttpField f : request.getHeaders()) {
            map.merge(f.getName().toLowerCase(Locale.ROOT), f.getValue(), (a, b) -> a + ", " + b);
        }
        return map;
    }

    private static String baseUrl(Request request) {
        String host = Request.getServerName(request);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]"; // IPv6 literal
        }
        return request.getHttpURI().getScheme() + "://" + host + ":" + Request.getServerPort(request);
    }
}
