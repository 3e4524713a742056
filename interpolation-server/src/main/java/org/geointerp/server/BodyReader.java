package org.geointerp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.geointerp.server.http.RequestBody;

/**
 * Reads a request body as the client sends it, without holding a thread while waiting for bytes:
 * a client that trickles its body (or never finishes it) costs a connection, not one of the
 * threads that answer everyone else. The continuation runs once the body is complete.
 *
 * <p>A body over {@link #IN_MEMORY} bytes goes to a temporary file as it arrives, so that a large
 * one (a million points is some 170 MB of GeoJSON) is parsed as a stream, never held in the heap.
 *
 * <p>A body over the limit is read on to its end and dropped, up to the drain limit, so the client
 * sees the exception report rather than a reset connection; beyond that reading stops.
 */
final class BodyReader implements Runnable {
    static final int IN_MEMORY = 4 << 20;
    private final Request request;
    private final long maxBody;
    private final long drainLimit;
    private final Consumer<RequestBody> then;
    private final Consumer<Throwable> failed;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long total;
    private Path file;
    private FileChannel channel;

    private BodyReader(
            Request request, long maxBody, long drainLimit, Consumer<RequestBody> then, Consumer<Throwable> failed) {
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
            Request request, long maxBody, long drainLimit, Consumer<RequestBody> then, Consumer<Throwable> failed) {
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
        try {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    discardFile();
                    failed.accept(chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                int n = buffer.remaining();
                if (total + n <= maxBody && request.getLength() <= maxBody) {
                    keep(buffer);
                }
                total += n;
                boolean last = chunk.isLast();
                chunk.release();
                if (last || total > drainLimit) {
                    finish();
                    return;
                }
            }
        } catch (IOException e) {
            discardFile();
            failed.accept(e);
        }
    }

    private void keep(ByteBuffer buffer) throws IOException {
        if (channel == null && bytes.size() + buffer.remaining() > IN_MEMORY) {
            // owner-only file in the temporary folder; deleted once the request is answered
            file = Files.createTempFile("request-", ".body");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            channel.write(ByteBuffer.wrap(bytes.toByteArray()));
            bytes.reset();
        }
        if (channel != null) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } else {
            byte[] part = new byte[buffer.remaining()];
            buffer.get(part);
            bytes.writeBytes(part);
        }
    }

    private void finish() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (total > maxBody || request.getLength() > maxBody) {
            discardFile();
            then.accept(null);
        } else {
            then.accept(file != null ? RequestBody.spooled(file, total) : RequestBody.of(bytes.toByteArray()));
        }
    }

    private void discardFile() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
