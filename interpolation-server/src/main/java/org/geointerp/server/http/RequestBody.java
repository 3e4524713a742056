package org.geointerp.server.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body: in memory when small, in a temporary file when large, so that a body of
 * hundreds of megabytes (a million points) is read by the services as a stream and never held
 * whole in the heap. The file is deleted when the request has been answered.
 */
public final class RequestBody implements AutoCloseable {
    private static final byte[] NONE = new byte[0];

    private final byte[] bytes;
    private final Path file;
    private final long length;

    private RequestBody(byte[] bytes, Path file, long length) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    public static RequestBody of(byte[] bytes) {
        return new RequestBody(bytes, null, bytes.length);
    }

    public static RequestBody empty() {
        return of(NONE);
    }

    /** A body the server wrote to this file (deleted by {@link #close}). */
    public static RequestBody spooled(Path file, long length) {
        return new RequestBody(null, file, length);
    }

    public long length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public InputStream open() {
        try {
            return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("request body unreadable", e);
        }
    }

    /** The whole body in memory: for the small bodies of requests that do not stream it. */
    public byte[] bytes() {
        if (file == null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("request body unreadable", e);
        }
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
