package org.geointerp.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body as the client sends it, without holding a thread while waiting for bytes:
 * a client that trickles its body (or never finishes it) costs a connection, not one of the
 * threads that answer everyone else. The continuation runs once the body is complete.
 *
 * <p>A body over the limit is read on to its end and dropped, up to the drain limit, so the client
 * sees the exception report rather than a reset connection; beyond that reading stops.
 */
final class BodyReader implements Runnable {
    private final Request request;
    private final long maxBody;
    private final long drainLimit;
    private final Consumer<byte[]> then;
    private final Consumer<Throwable> failed;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long total;

    private BodyReader(
            Request request, long maxBody, long drainLimit, Consumer<byte[]> then, Consumer<Throwable> failed) {
        this.request = request;
        this.maxBody = maxBody;
        this.drainLimit = drainLimit;
        this.then = then;
        this.failed = failed;
    }

    /**
     * Reads the body, then calls {@code then} with it, or with null when it is over {@code maxBody}
     * (declared or actual); {@code failed} gets a read failure (client gone, idle timeout).
     */
    static void read(
            Request request, long maxBody, long drainLimit, Consumer<byte[]> then, Consumer<Throwable> failed) {
        long declared = request.getLength();
        if (declared > drainLimit) {
            then.accept(null); // not worth reading: the connection is closed after the report
            return;
        }
        new BodyReader(request, maxBody, drainLimit, then, failed).run();
    }

    /** Reads what has arrived, then asks to be called again when more does. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                failed.accept(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            int n = buffer.remaining();
            if (total + n <= maxBody && request.getLength() <= maxBody) {
                byte[] part = new byte[n];
                buffer.get(part);
                bytes.writeBytes(part);
            }
            total += n;
            boolean last = chunk.isLast();
            chunk.release();
            if (last || total > drainLimit) {
                then.accept(total > maxBody || request.getLength() > maxBody ? null : bytes.toByteArray());
                return;
            }
        }
    }
}
