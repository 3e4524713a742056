package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geointerp.server.jobs.Job;
import org.geointerp.server.jobs.JobState;
import org.junit.jupiter.api.Test;

/**
 * Load and cancellation: 20 concurrent Execute requests, each checked cell by cell against a
 * sequential run of the same input; a running asynchronous job that is dismissed stops and
 * frees its (only) worker.
 */
class LoadAndCancelTest {
    private static final int CONCURRENT = 20;
    private static final int DATASETS = 4;

    @Test
    void twentyConcurrentExecutesAllReturnTheRightGrid() throws Exception {
        try (RunningServer server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()))) {
            List<String> requests = new ArrayList<>();
            List<float[]> expected = new ArrayList<>();
            for (int d = 0; d < DATASETS; d++) {
                // distinct inputs so that a mixed-up response cannot pass
                String xml = ExecuteXml.shepard(new TestPoints(60 + 10 * d, 100 + d), 120, 90);
                requests.add(xml);
                Http.Reply r = Http.postXml(server.wps(), xml);
                assertEquals(200, r.status(), r.text());
                expected.add(GeoTiffCells.of(r.body()));
            }
            for (int d = 1; d < DATASETS; d++) {
                assertTrue(!Arrays.equals(expected.get(0), expected.get(d)), "datasets should differ");
            }
            ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
            try {
                List<Future<long[]>> futures = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < CONCURRENT; i++) {
                    int d = i % DATASETS;
                    Callable<long[]> call = () -> {
                        long t0 = System.nanoTime();
                        Http.Reply r = Http.postXml(server.wps(), requests.get(d));
                        long t1 = System.nanoTime();
                        assertEquals(200, r.status(), r.text());
                        assertArrayEquals(expected.get(d), GeoTiffCells.of(r.body()), "request on dataset " + d);
                        return new long[] {t1 - t0};
                    };
                    futures.add(clients.submit(call));
                }
                long[] latencies = new long[CONCURRENT];
                for (int i = 0; i < CONCURRENT; i++) {
                    latencies[i] = futures.get(i).get(120, TimeUnit.SECONDS)[0];
                }
                long wall = System.nanoTime() - start;
                Arrays.sort(latencies);
                System.out.printf(
                        "[load] %d concurrent Execute (Shepard 120x90, 2 workers): wall %.0f ms, latency"
                                + " min %.0f / median %.0f / max %.0f ms%n",
                        CONCURRENT,
                        wall / 1e6,
                        latencies[0] / 1e6,
                        latencies[CONCURRENT / 2] / 1e6,
                        latencies[CONCURRENT - 1] / 1e6);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void aDismissedJobStopsAndFreesItsWorker() throws Exception {
        // one worker: if the dismissed job kept it, the next request would wait behind it
        try (RunningServer server = new RunningServer(
                Published.catalog(), RunningServer.config(1, List.of()).withLimits(4L * 1024 * 1024, 40_000_000L))) {
            TestPoints points = new TestPoints(2000, 3);
            String big = ExecuteXml.open(ExecuteXml.PROCESS)
                    + ExecuteXml.geoJson("data", points.text())
                    + ExecuteXml.grid(6000, 6000)
                    + ExecuteXml.async();
            Http.Reply accepted = Http.postXml(server.wps(), big);
            assertEquals(200, accepted.status(), accepted.text());
            Matcher m = Pattern.compile("statusLocation=\"[^\"]*/status/([0-9a-f-]+)\"")
                    .matcher(accepted.text());
            assertTrue(m.find(), accepted.text());
            String id = m.group(1);
            Job job = server.server.jobs().find(id).orElseThrow();
            for (int i = 0; i < 400 && job.state() != JobState.RUNNING; i++) {
                Thread.sleep(25);
            }
            assertEquals(JobState.RUNNING, job.state(), "job did not start");
            // the process reports progress through its listener; the status document shows it
            for (int i = 0; i < 600 && job.percent() == 0 && job.state() == JobState.RUNNING; i++) {
                Thread.sleep(25);
            }
            assertTrue(
                    job.percent() > 0 && job.percent() < 100 && job.state() == JobState.RUNNING,
                    "no progress seen before the end (" + job.percent() + "%, " + job.state() + ")");
            Http.Reply running = Http.get(server.wps() + "/status/" + id);
            Matcher pc = Pattern.compile("<wps:ProcessStarted percentCompleted=\"(\\d+)\"")
                    .matcher(running.text());
            assertTrue(pc.find() && Integer.parseInt(pc.group(1)) > 0, running.text());
            long t0 = System.nanoTime();
            Http.Reply dismissed =
                    Http.get(server.wps() + "?service=WPS&version=1.0.0&request=Dismiss&executionId=" + id);
            assertEquals(200, dismissed.status(), dismissed.text());
            assertTrue(job.await(10, TimeUnit.SECONDS), "dismissed job did not stop within 10 s");
            long stopMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(JobState.DISMISSED, job.state());
            Http.Reply status = Http.get(server.wps() + "/status/" + id);
            assertTrue(status.text().contains("ProcessFailed") && status.text().contains("dismissed"), status.text());
            for (int i = 0; i < 200 && server.server.jobs().activeWorkers() > 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(0, server.server.jobs().activeWorkers(), "the worker is still busy");
            long t1 = System.nanoTime();
            Http.Reply next = Http.postXml(server.wps(), ExecuteXml.shepard(new TestPoints(50, 5), 40, 30));
            long nextMs = (System.nanoTime() - t1) / 1_000_000;
            assertEquals(200, next.status(), next.text());
            System.out.printf(
                    "[cancel] dismissed at %d%% of a 6000x6000 grid; stopped %d ms after Dismiss;"
                            + " next request done in %d ms%n",
                    job.percent(), stopMs, nextMs);
        }
    }

    @Test
    void anOgcApiJobCanBeDismissed() throws Exception {
        try (RunningServer server = new RunningServer(
                Published.catalog(), RunningServer.config(1, List.of()).withLimits(4L * 1024 * 1024, 40_000_000L))) {
            TestPoints points = new TestPoints(2000, 4);
            String body = "{\"inputs\":{\"data\":" + points.text()
                    + ",\"valueAttr\":\"value\",\"outputBBOX\":{\"bbox\":["
                    + TestPoints.MIN_X + "," + TestPoints.MIN_Y + "," + TestPoints.MAX_X + "," + TestPoints.MAX_Y
                    + "],\"crs\":\"" + TestPoints.CRS + "\"},\"outputWidth\":6000,\"outputHeight\":6000}}";
            Http.Reply created = Http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.ogcApi() + "/processes/" + ExecuteXml.PROCESS + "/execution"))
                    .header("Content-Type", "application/json")
                    .header("Prefer", "respond-async")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build());
            assertEquals(201, created.status(), created.text());
            Matcher m = Pattern.compile("\"jobID\":\"([0-9a-f-]+)\"").matcher(created.text());
            assertTrue(m.find(), created.text());
            Job job = server.server.jobs().find(m.group(1)).orElseThrow();
            for (int i = 0; i < 400 && job.state() != JobState.RUNNING; i++) {
                Thread.sleep(25);
            }
            Http.Reply deleted = Http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.ogcApi() + "/jobs/" + job.id()))
                            .DELETE()
                            .build());
            assertEquals(200, deleted.status(), deleted.text());
            assertTrue(deleted.text().contains("\"status\":\"dismissed\""), deleted.text());
            assertTrue(job.await(10, TimeUnit.SECONDS));
            Http.Reply results = Http.get(server.ogcApi() + "/jobs/" + job.id() + "/results");
            assertEquals(404, results.status(), results.text());
        }
    }
}
