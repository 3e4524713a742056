package org.geointerp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slow clients do not starve the others: 200 connections trickle a request body a byte at a time
 * and 50 more trickle their headers, while normal requests are answered as usual (issue: 220
 * such connections once made the server stop answering for as long as they were held). All on
 * 127.0.0.1, bounded in count and time.
 */
class SlowClientsTest {
    private static final int BODY_TRICKLERS = 200;
    private static final int HEADER_TRICKLERS = 50;
    private static final int ROUNDS = 8;

    @Test
    void trickledBodiesAndHeadersDoNotDelayOtherClients() throws Exception {
        try (RunningServer server = new RunningServer(Published.catalog(), RunningServer.config(2, List.of()))) {
            String caps = server.wps() + "?service=WPS&request=GetCapabilities";
            assertEquals(200, Http.get(caps).status()); // warm up
            List<Socket> slow = new ArrayList<>();
            try {
                int port = server.server.port();
                for (int i = 0; i < BODY_TRICKLERS + HEADER_TRICKLERS; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                    s.setSoTimeout(1);
                    String start = i < BODY_TRICKLERS
                            ? "POST /wps HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                    + "\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<"
                            : "GET /wps?service=WPS&request=GetCapabilities HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                    + "\r\nX-Slow: ";
                    s.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    slow.add(s);
                }
                long[] latencies = new long[ROUNDS];
                int cut = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    cut = trickle(slow);
                    long t0 = System.nanoTime();
                    Http.Reply r = Http.get(caps);
                    latencies[round] = (System.nanoTime() - t0) / 1_000_000;
                    assertEquals(200, r.status(), r.text());
                    Thread.sleep(250);
                }
                long[] sorted = latencies.clone();
                Arrays.sort(sorted);
                System.out.printf(
                        "[slow clients] %d body and %d header tricklers held; GetCapabilities meanwhile in %s ms"
                                + " (median %d, max %d); %d of the slow connections closed by the server%n",
                        BODY_TRICKLERS,
                        HEADER_TRICKLERS,
                        Arrays.toString(latencies),
                        sorted[ROUNDS / 2],
                        sorted[ROUNDS - 1],
                        cut);
                assertTrue(sorted[ROUNDS - 1] < 1000, "a normal request waited " + sorted[ROUNDS - 1] + " ms");
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    /** Sends one more byte on every slow connection; returns how many the server has closed. */
    private static int trickle(List<Socket> slow) {
        int closed = 0;
        for (Socket s : slow) {
            try {
                OutputStream out = s.getOutputStream();
                out.write('x');
                out.flush();
                if (s.getInputStream().available() > 0 || readsEnd(s)) {
                    closed++;
                }
            } catch (IOException e) {
                closed++;
            }
        }
        return closed;
    }

    private static boolean readsEnd(Socket s) {
        try {
            return s.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
