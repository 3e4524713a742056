package org.geointerp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.geointerp.server.core.ProcessInfo;
import org.geointerp.server.core.ServerConfig;

/**
 * Run by {@link ServerMemoryTest} in its own JVM with a 512 MB heap: the server and a client in
 * one process, heap used (after full collections) before and after 100 large synchronous and 100
 * large asynchronous requests, and after the asynchronous jobs are deleted. Prints one JSON
 * object. Arguments: job folder, grid width, grid height, requests per kind.
 */
public final class MemoryProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path jobDir = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        ServerConfig config = RunningServer.config(2, List.of()).toBuilder()
                .maxGridCells(10_000_000L)
                .maxStoredBytes(4L << 30)
                .jobDirectory(jobDir)
                .build();
        ObjectNode report = JSON.createObjectNode();
        try (RunningServer server = new RunningServer(Published.catalog(), config)) {
            TestPoints points = new TestPoints(200, 17);
            String sync = ExecuteXml.shepard(points, width, height);
            ProcessInfo shepard = Published.catalog().get(ExecuteXml.PROCESS, "id");
            ObjectNode body = JSON.createObjectNode();
            body.set("inputs", ProcessInputs.forOgcApi(shepard, points, width, height));
            String async = body.toString();

            drain(post(server.wps(), "text/xml", sync, null)); // warm up: classes, caches, thread pools
            report.put("baselineMiB", usedMiB());
            int failures = 0;
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                HttpResponse<InputStream> r = post(server.wps(), "text/xml", sync, null);
                failures += r.statusCode() == 200 ? 0 : 1;
                bytes += drain(r);
            }
            report.put("syncResultMiB", bytes / count / (1024.0 * 1024));
            report.put("afterSyncMiB", usedMiB());
            report.put("jobsAfterSync", server.server.jobs().all().size());
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpResponse<InputStream> r = post(
                        server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution",
                        "application/json",
                        async,
                        "respond-async");
                JsonNode created = JSON.readTree(r.body());
                String url = server.ogcApi() + "/jobs/" + created.path("jobID").asText();
                String status = created.path("status").asText();
                for (int k = 0;
                        k < 2400
                                && !List.of("successful", "failed", "dismissed").contains(status);
                        k++) {
                    Thread.sleep(25);
                    status = JSON.readTree(get(url).body()).path("status").asText();
                }
                failures += status.equals("successful") ? 0 : 1;
                if (i % 10 == 0) {
                    failures += drain(get(url + "/results/result")) > 0 ? 0 : 1; // served from the job folder
                }
                jobs.add(url);
            }
            report.put("afterAsyncMiB", usedMiB());
            report.put("jobFolders", folders(jobDir));
            report.put("storedMiB", size(jobDir) / (1024.0 * 1024));
            for (String url : jobs) {
                HttpResponse<InputStream> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                failures += r.statusCode() == 200 ? 0 : 1;
                drain(r);
            }
            report.put("afterDeleteMiB", usedMiB());
            report.put("jobFoldersAfterDelete", folders(jobDir));
            report.put("jobsAfterDelete", server.server.jobs().all().size());
            report.put("failures", failures);
        }
        System.out.println(report);
    }

    private static HttpResponse<InputStream> post(String url, String type, String body, String prefer)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(300))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (prefer != null) {
            b.header("Prefer", prefer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static HttpResponse<InputStream> get(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(300))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static long drain(HttpResponse<InputStream> r) throws Exception {
        try (InputStream in = r.body()) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static long folders(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).count();
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** Heap in use after the collector has had every chance to free what nothing refers to. */
    private static double usedMiB() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            best = Math.min(
                    best,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best / (1024.0 * 1024);
    }
}
