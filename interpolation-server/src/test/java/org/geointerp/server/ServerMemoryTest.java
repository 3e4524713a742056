package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, finding 1: the server's heap does not grow with the jobs it has run. A 512 MB JVM
 * ({@link MemoryProbe}) runs 100 synchronous and 100 asynchronous Shepard requests of 1000 x 800
 * cells (a 3.1 MiB float grid each, 310 MiB for a hundred): synchronous results are not kept,
 * asynchronous ones live in the job folder and leave with DELETE.
 */
class ServerMemoryTest {
    private static final int REQUESTS = 100;
    /** Heap the server may hold above its warmed-up start: a few grids in flight, not a hundred. */
    private static final double SLACK_MIB = 48;

    @TempDir
    Path jobs;

    @Test
    void aHundredLargeSyncAndAsyncJobsLeaveTheHeapWhereItStarted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalTools.Result r = ExternalTools.run(
                List.of(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MemoryProbe.class.getName(),
                        jobs.toString(),
                        "1000",
                        "800",
                        String.valueOf(REQUESTS)),
                900);
        assertEquals(0, r.exit(), "the probe failed:\n" + r.err() + r.out());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode m = new ObjectMapper().readTree(last);
        System.out.println("[memory] 512 MB heap, " + REQUESTS + " sync + " + REQUESTS + " async 1000x800: " + m);
        assertEquals(0, m.path("failures").asInt(), m.toString());
        double base = m.path("baselineMiB").asDouble();
        assertTrue(m.path("afterSyncMiB").asDouble() < base + SLACK_MIB, "synchronous results kept: " + m);
        assertEquals(0, m.path("jobsAfterSync").asInt(), "synchronous jobs kept: " + m);
        assertTrue(m.path("afterAsyncMiB").asDouble() < base + SLACK_MIB, "asynchronous results in memory: " + m);
        assertEquals(REQUESTS, m.path("jobFolders").asInt(), "asynchronous results not in the job folder: " + m);
        assertTrue(m.path("afterDeleteMiB").asDouble() < base + SLACK_MIB, m.toString());
        assertEquals(0, m.path("jobFoldersAfterDelete").asInt(), "DELETE left results on disk: " + m);
        assertEquals(0, m.path("jobsAfterDelete").asInt(), m.toString());
    }
}
