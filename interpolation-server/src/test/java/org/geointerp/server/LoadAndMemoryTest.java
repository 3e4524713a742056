package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.geointerp.server.jobs.Job;
import org.geointerp.server.jobs.JobState;
import org.junit.jupiter.api.Test;

/**
 * 50 synchronous WPS requests and 20 asynchronous OGC API jobs at once, half of the jobs
 * dismissed at once: every synchronous answer is the grid a request alone gets, the kept jobs
 * succeed, the dismissed ones end dismissed without running to completion, and once the client
 * has deleted its jobs and the threads the burst started are idle, the heap is back within 20 % of where it
 * started (before the first round). All on 127.0.0.1.
 */
class LoadAndMemoryTest {
    private static final int SYNC = 50;
    private static final int ASYNC = 20;
    private static final int DATASETS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fiftySynchronousAndTwentyAsynchronousJobsLeaveNoMemoryBehind() throws Exception {
        try (RunningServer server = new RunningServer(
                Published.catalog(),
                RunningServer.config(2, List.of()).toBuilder()
                        .maxQueuedJobs(SYNC + ASYNC)
                        .maxJobsPerClient(SYNC + ASYNC)
                        .idleThreadTimeout(java.time.Duration.ofSeconds(2))
                        .build())) {
            List<String> requests = new ArrayList<>();
            List<float[]> expected = new ArrayList<>();
            for (int d = 0; d < DATASETS; d++) {
                String xml = ExecuteXml.shepard(new TestPoints(80 + 10 * d, 200 + d), 160, 120);
                requests.add(xml);
                Http.Reply r = Http.postXml(server.wps(), xml);
                assertEquals(200, r.status(), r.text());
                expected.add(GeoTiffCells.of(r.body()));
            }
            long cold = usedHeapAfterGc();
            round(server, requests, expected);
            long firstRound = usedHeapAfterGc();
            int deleted = round(server, requests, expected);
            long busy = usedHeapAfterGc();
            // what stays a while is held by the HTTP threads the burst started (per-thread buffers and caches):
            // they go once idle for the configured time, and the heap is back near where it started
            long after = busy;
            for (int i = 0; i < 40 && after > cold * 1.2; i++) {
                Thread.sleep(250);
                after = usedHeapAfterGc();
            }
            System.out.printf(
                    Locale.ROOT,
                    "[load+memory] %d sync + %d async jobs (%d dismissed) twice, %d jobs deleted: heap used after GC"
                            + " %.1f MB at the start, %.1f MB after the first round, %.1f MB after the second,"
                            + " %.1f MB once its threads were idle (%+.1f %%)%n",
                    SYNC,
                    ASYNC,
                    ASYNC / 2,
                    deleted,
                    cold / 1e6,
                    firstRound / 1e6,
                    busy / 1e6,
                    after / 1e6,
                    100.0 * (after - cold) / cold);
            assertTrue(after <= cold * 1.2, "heap grew from " + cold + " to " + after + " bytes");
        }
    }

    /** One round of load; returns how many jobs the client deleted at its end. */
    private static int round(RunningServer server, List<String> requests, List<float[]> expected) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(SYNC);
        try {
            List<Future<?>> sync = new ArrayList<>();
            for (int i = 0; i < SYNC; i++) {
                int d = i % DATASETS;
                sync.add(clients.submit(() -> {
                    Http.Reply r = Http.postXml(server.wps(), requests.get(d));
                    assertEquals(200, r.status(), r.text());
                    assertArrayEquals(expected.get(d), GeoTiffCells.of(r.body()), "request on dataset " + d);
                    return null;
                }));
            }
            List<Job> kept = new ArrayList<>();
            List<Job> dismissed = new ArrayList<>();
            TestPoints points = new TestPoints(300, 9);
            for (int i = 0; i < ASYNC; i++) {
                Job job = submitAsync(server, points);
                if (i % 2 == 1) {
                    Http.Reply deleted =
                            Http.send(HttpRequest.newBuilder(URI.create(server.ogcApi() + "/jobs/" + job.id()))
                                    .DELETE()
                                    .build());
                    assertEquals(200, deleted.status(), deleted.text());
                    dismissed.add(job);
                } else {
                    kept.add(job);
                }
            }
            for (Future<?> f : sync) {
                f.get(10, TimeUnit.MINUTES);
            }
            for (Job job : kept) {
                assertTrue(job.await(5, TimeUnit.MINUTES), "a kept job did not finish");
                assertEquals(JobState.SUCCESSFUL, job.state(), String.valueOf(job.failure()));
            }
            for (Job job : dismissed) {
                assertTrue(job.await(10, TimeUnit.SECONDS), "a dismissed job did not stop");
                assertEquals(JobState.DISMISSED, job.state());
                assertTrue(job.results().isEmpty(), "a dismissed job kept results");
            }
        } finally {
            clients.shutdownNow();
        }
        // a client removes what it no longer needs: every job it ran, through the job list
        int deleted = deleteAllJobs(server);
        assertEquals(0, server.server.jobs().all().size(), "jobs left after DELETE");
        return deleted;
    }

    private static Job submitAsync(RunningServer server, TestPoints points) throws Exception {
        String body = "{\"inputs\":{\"data\":" + points.text() + ",\"valueAttr\":\"value\",\"outputBBOX\":{\"bbox\":["
                + TestPoints.MIN_X + "," + TestPoints.MIN_Y + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y
                + "],\"crs\":\"" + TestPoints.CRS + "\"},\"outputWidth\":400,\"outputHeight\":300}}";
        Http.Reply created = Http.send(
                HttpRequest.newBuilder(URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                        .header("Content-Type", "application/json")
                        .header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        assertEquals(201, created.status(), created.text());
        JsonNode status = JSON.readTree(created.body());
        return server.server.jobs().find(status.path("jobID").asText()).orElseThrow();
    }

    private static int deleteAllJobs(RunningServer server) throws Exception {
        int deleted = 0;
        for (int round = 0; round < 20; round++) {
            JsonNode page =
                    JSON.readTree(Http.get(server.ogcApi() + "/jobs?limit=100").body());
            if (page.path("jobs").isEmpty()) {
                break;
            }
            for (JsonNode job : page.path("jobs")) {
                Http.Reply r = Http.send(HttpRequest.newBuilder(URI.create(
                                server.ogcApi() + "/jobs/" + job.path("jobID").asText()))
                        .DELETE()
                        .build());
                assertEquals(200, r.status(), r.text());
                deleted++;
            }
        }
        return deleted;
    }

    /** Heap in use once the collector has had its say (a few full collections, as it may need them). */
    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
