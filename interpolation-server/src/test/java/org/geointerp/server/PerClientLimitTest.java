package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One client cannot take every worker and queue place: past its share its jobs are refused with
 * ServerBusy (503) while another client (127.0.0.2, still the loopback interface) is served.
 */
class PerClientLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SLOW = "{\"inputs\":{\"string\":\"x\",\"pause\":10}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aClientPastItsShareIsToldToWaitAndOthersAreServed() throws Exception {
        try (RunningServer server = new RunningServer(
                Published.catalog(),
                RunningServer.config(1, List.of()).toBuilder()
                        .maxQueuedJobs(8)
                        .maxJobsPerClient(2)
                        .echo(true)
                        .build())) {
            int port = server.server.port();
            InetAddress a = InetAddress.getLoopbackAddress();
            InetAddress b = InetAddress.getByName("127.0.0.2");
            List<String> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                RawHttp.Reply r = post(port, a);
                assertEquals(201, r.status(), r.body());
                started.add(JSON.readTree(r.body()).path("jobID").asText());
            }
            RawHttp.Reply third = post(port, a);
            assertEquals(503, third.status(), third.body());
            assertTrue(third.body().contains("ServerBusy"), third.body());
            RawHttp.Reply other = post(port, b);
            assertEquals(201, other.status(), other.body());
            started.add(JSON.readTree(other.body()).path("jobID").asText());
            // once a job of the first client is gone, it may start another
            RawHttp.Reply dismissed = RawHttp.send(a, port, "DELETE", "/ogcapi/jobs/" + started.get(0), Map.of(), null);
            assertEquals(200, dismissed.status(), dismissed.body());
            server.server.jobs().find(started.get(0)).orElseThrow().await(10, java.util.concurrent.TimeUnit.SECONDS);
            RawHttp.Reply again = post(port, a);
            assertEquals(201, again.status(), again.body());
            started.add(JSON.readTree(again.body()).path("jobID").asText());
            for (String id : started) {
                server.server.jobs().dismiss(id);
            }
        }
    }

    private static RawHttp.Reply post(int port, InetAddress from) throws Exception {
        return RawHttp.send(
                from,
                port,
                "POST",
                "/ogcapi/processes/echo/execution",
                Map.of("Content-Type", "application/json", "Prefer", "respond-async"),
                SLOW);
    }
}
