package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.geointerp.server.core.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, finding 1: what the server keeps of a job and for how long. Synchronous results are
 * not kept; asynchronous ones are files in the job folder, served from there (other media types
 * made from the stored GeoTIFF), and removed by DELETE, by expiry (without any request) and by the
 * folder's size and count limits; a result larger than the whole folder fails its job.
 */
class JobStorageTest {
    /** A 200 x 200 float32 GeoTIFF: 160,000 bytes of cells plus its header. */
    private static final int SIDE = 200;

    @TempDir
    Path dir;

    private RunningServer start(ServerConfig.Builder config) throws Exception {
        return new RunningServer(Published.catalog(), config.jobDirectory(dir).build());
    }

    private static ServerConfig.Builder config() {
        return RunningServer.config(1, List.of()).toBuilder();
    }

    private List<Path> folders() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    /** Bytes in the job folder, as the disk counts them. */
    private long stored() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** Runs an asynchronous job to its successful end; its id. */
    private static String succeeded(RunningServer server, int points) throws Exception {
        JsonNode job = OgcJobs.start(server, SIDE, SIDE, points);
        assertEquals(
                "successful",
                OgcJobs.awaitEnd(OgcJobs.url(server, job)).path("status").asText());
        return job.path("jobID").asText();
    }

    @Test
    void synchronousResultsAreNotKept() throws Exception {
        try (RunningServer server = start(config())) {
            Http.Reply wps = Http.postXml(server.wps(), ExecuteXml.shepard(new TestPoints(30, 3), SIDE, SIDE));
            assertEquals(200, wps.status(), wps.text());
            JsonNode job = OgcJobs.start(server, SIDE, SIDE, 30);
            assertEquals(
                    "successful",
                    OgcJobs.awaitEnd(OgcJobs.url(server, job)).path("status").asText());
            assertEquals(1, server.server.jobs().all().size(), "only the asynchronous job is kept");
            assertEquals(1, folders().size());
        }
    }

    @Test
    void asynchronousResultsAreFilesThatDeleteRemoves() throws Exception {
        try (RunningServer server = start(config())) {
            JsonNode job = OgcJobs.start(server, SIDE, SIDE, 30);
            String url = OgcJobs.url(server, job);
            assertEquals("successful", OgcJobs.awaitEnd(url).path("status").asText());
            Path folder = dir.resolve(job.path("jobID").asText());
            Path tif = folder.resolve("result.tif");
            assertTrue(Files.isRegularFile(tif), "no stored GeoTIFF in " + folder);
            Http.Reply fetched = Http.get(url + "/results/result");
            assertEquals("image/tiff", fetched.contentType());
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(tif), fetched.body()), "not the stored file");
            // another media type is made from the stored GeoTIFF, and kept beside it
            Http.Reply asc = Http.get(url + "/results/result?f=asc");
            assertEquals(200, asc.status(), asc.text());
            String header = asc.text().toUpperCase(Locale.ROOT);
            assertTrue(header.matches("(?s)\\s*NCOLS\\s+" + SIDE + "\\s+NROWS\\s+" + SIDE + "\\s.*"), header);
            assertTrue(Files.isRegularFile(folder.resolve("result.asc")));
            assertTrue(stored() > SIDE * SIDE * 4L);
            assertEquals(200, OgcJobs.delete(url).status());
            assertFalse(Files.exists(folder), "DELETE left " + folder);
            assertEquals(0, stored());
        }
    }

    @Test
    void expiredJobsLeaveWithoutFurtherRequests() throws Exception {
        try (RunningServer server = start(config().retention(Duration.ofSeconds(1)))) {
            JsonNode job = OgcJobs.start(server, SIDE, SIDE, 30);
            String id = job.path("jobID").asText();
            assertEquals(
                    "successful",
                    OgcJobs.awaitEnd(OgcJobs.url(server, job)).path("status").asText());
            assertTrue(Files.isDirectory(dir.resolve(id)));
            for (int i = 0; i < 100 && server.server.jobs().find(id).isPresent(); i++) {
                Thread.sleep(100); // no request: the server's own timer expires it
            }
            assertTrue(server.server.jobs().find(id).isEmpty(), "expired job still kept");
            assertFalse(Files.exists(dir.resolve(id)), "expired job's results still on disk");
        }
    }

    @Test
    void theFolderStaysWithinItsSizeAndCountLimits() throws Exception {
        // one result's size on disk (compressed GeoTIFF: it depends on the surface), measured by a first server
        long one;
        try (RunningServer server = start(config())) {
            succeeded(server, 32);
            one = stored();
        }
        long limit = one * 7 / 2; // room for three results, not four
        try (RunningServer server = start(config().maxStoredBytes(limit))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = succeeded(server, 30 + i);
                ids.add(id);
                assertTrue(stored() <= limit, "over the limit after job " + i);
            }
            assertTrue(server.server.jobs().find(ids.get(0)).isEmpty(), "the oldest result was not dropped");
            assertTrue(server.server.jobs().find(ids.get(4)).isPresent(), "the newest result was dropped");
            assertEquals(3, folders().size(), folders().toString());
        }
        try (RunningServer server = start(config().maxRetainedJobs(2))) {
            for (int i = 0; i < 4; i++) {
                String id = succeeded(server, 30 + i);
            }
            assertTrue(
                    server.server.jobs().all().size() <= 2,
                    server.server.jobs().all().toString());
            assertTrue(folders().size() <= 2, folders().toString());
        }
    }

    @Test
    void aResultLargerThanTheWholeFolderFailsItsJob() throws Exception {
        try (RunningServer server = start(config().maxStoredBytes(10_000))) {
            JsonNode job = OgcJobs.start(server, SIDE, SIDE, 30);
            JsonNode status = OgcJobs.awaitEnd(OgcJobs.url(server, job));
            assertEquals("failed", status.path("status").asText(), status.toString());
            assertTrue(status.path("message").asText().contains("10000 bytes"), status.toString());
            assertTrue(folders().isEmpty(), folders().toString());
        }
    }
}
