package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, finding 5: a job that runs longer than the configured limit is stopped, ends as
 * failed with a message that says why, and frees its worker (one worker here: the next request
 * runs only if it was freed). Asynchronous and synchronous.
 */
class JobTimeLimitTest {
    @Test
    void aJobOverTheTimeLimitFailsAndFreesItsWorker() throws Exception {
        try (RunningServer server = new RunningServer(
                Published.catalog(),
                RunningServer.config(1, List.of()).toBuilder()
                        .maxGridCells(40_000_000L)
                        .jobTimeLimit(Duration.ofSeconds(1))
                        .build())) {
            long t0 = System.nanoTime();
            JsonNode job = OgcJobs.start(server, 6000, 6000, 2000);
            JsonNode status = OgcJobs.awaitEnd(OgcJobs.url(server, job));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("failed", status.path("status").asText(), status.toString());
            assertTrue(
                    status.path("message").asText().contains("ran longer than this server's limit of 1 s"),
                    status.toString());
            for (int i = 0; i < 200 && server.server.jobs().activeWorkers() > 0; i++) {
                Thread.sleep(50);
            }
            assertEquals(0, server.server.jobs().activeWorkers(), "the stopped job still holds the worker");
            Http.Reply next = Http.postXml(server.wps(), ExecuteXml.shepard(new TestPoints(30, 2), 40, 30));
            assertEquals(200, next.status(), next.text());
            System.out.printf("[time limit] 6000x6000 job failed %d ms after it was started (limit 1 s)%n", ms);

            Http.Reply sync = Http.postXml(server.wps(), ExecuteXml.shepard(new TestPoints(2000, 3), 6000, 6000));
            assertEquals(500, sync.status(), sync.text());
            assertTrue(
                    sync.text().contains("exceptionCode=\"NoApplicableCode\"")
                            && sync.text().contains("ran longer than this server's limit of 1 s"),
                    sync.text());
        }
    }
}
