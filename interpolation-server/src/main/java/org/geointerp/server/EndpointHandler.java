package org.geointerp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.geointerp.server.http.RequestBody;
import org.geointerp.server.ogcapi.OgcApiService;
import org.geointerp.server.ogcapi.Problems;
import org.geointerp.server.wps10.ExceptionReport;
import org.geointerp.server.wps10.WpsService;

/**
 * Adapts Jetty's core request/response to {@link HttpCall}/{@link HttpReply} and routes /wps and
 * /ogcapi, after the {@link RequestGuard} let the request through. Bodies are read as they
 * arrive ({@link BodyReader}), up to the configured limit; a larger one is answered with an
 * exception report.
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
        try {
            guard.checkHost(request.getHttpURI().getHost());
        } catch (OwsException e) {
            write(response, callback, isWps ? ExceptionReport.reply(e) : Problems.reply(e));
            return true;
        }
        if (!isWps && !isOgc) {
            write(
                    response,
                    callback,
                    HttpReply.text(
                            path.equals("/") ? 200 : 404,
                            "text/plain; charset=UTF-8",
                            "Scattered-point interpolation\n  WPS 1.0.0:            " + WPS
                                    + "?service=WPS&request=GetCapabilities\n  OGC API - Processes:  " + OGCAPI
                                    + "/\n"));
            return true;
        }
        // the body arrives without a thread waiting for it; the request is answered once it is complete
        BodyReader.read(
                request,
                maxBody,
                drainLimit(),
                body -> {
                    HttpReply reply;
                    try (RequestBody spooled = body == null ? RequestBody.empty() : body) {
                        reply = body == null ? tooLarge(isWps) : serve(request, path, isWps, spooled);
                    } catch (OwsException e) {
                        reply = isWps ? ExceptionReport.reply(e) : Problems.reply(e);
                    } catch (RuntimeException | Error e) {
                        callback.failed(e);
                        return;
                    }
                    write(response, callback, reply);
                },
                callback::failed);
        return true;
    }

    private HttpReply serve(Request request, String path, boolean isWps, RequestBody body) {
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

    private HttpReply tooLarge(boolean isWps) {
        OwsException e = new OwsException(
                OwsException.FILE_SIZE_EXCEEDED,
                "request",
                "request body is larger than this server's limit of " + maxBody + " bytes");
        return (isWps ? ExceptionReport.reply(e) : Problems.reply(e)).withHeader("Connection", "close");
    }

    private static void write(Response response, Callback callback, HttpReply reply) {
        if (reply.file() != null) {
            sendFile(reply, response, callback);
            return;
        }
        send(reply, response);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private static void send(HttpReply reply, Response response) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
    }

    /** Streams a stored result from disk; one removed meanwhile (DELETE, expiry) is answered 404. */
    private static void sendFile(HttpReply reply, Response response, Callback callback) {
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(reply.file()); // stays readable if the job is removed while it is sent
            size = Files.size(reply.file());
        } catch (IOException e) {
            HttpReply gone = HttpReply.text(404, "text/plain; charset=UTF-8", "result removed\n");
            send(gone, response);
            response.write(true, ByteBuffer.wrap(gone.body()), callback);
            return;
        }
        send(reply, response);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
        try (in;
                OutputStream out = Content.Sink.asOutputStream(response)) {
            in.transferTo(out);
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    /** Over-limit bodies up to this size are drained before the reply: four times the limit, at least 16 MiB. */
    private long drainLimit() {
        return Math.max(4 * maxBody, 16L << 20);
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
