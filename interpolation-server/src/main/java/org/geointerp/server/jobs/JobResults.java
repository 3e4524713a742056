package org.geointerp.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.http.HttpReply;
import org.geotools.api.data.Parameter;

/**
 * What a successful job produced: in memory while the synchronous request that started it
 * answers (then the job is forgotten), or in the job folder when the results must outlive the
 * request (asynchronous jobs, outputs by reference).
 */
public final class JobResults {
    static final JobResults NONE = new JobResults(Map.of(), Set.of(), null, null);

    /** Every output (in memory), or the literal outputs only (stored). */
    private final Map<String, Object> values;

    /** The outputs the process produced (a value that is not null), in memory or stored. */
    private final Set<String> produced;

    private final ResultStore store;
    private final String jobId;

    private JobResults(Map<String, Object> values, Set<String> produced, ResultStore store, String jobId) {
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
        this.produced = Set.copyOf(produced);
        this.store = store;
        this.jobId = jobId;
    }

    static JobResults inMemory(Map<String, Object> values) {
        Map<String, Object> all = values == null ? Map.of() : values;
        return new JobResults(all, nonNull(all), null, null);
    }

    static JobResults stored(ResultStore store, String jobId, Map<String, Object> literals, Set<String> produced) {
        return new JobResults(literals, produced, store, jobId);
    }

    private static Set<String> nonNull(Map<String, Object> values) {
        Set<String> keys = new HashSet<>();
        values.forEach((k, v) -> {
            if (v != null) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** Whether there are no results (a job that did not succeed, or one not finished). */
    public boolean isEmpty() {
        return produced.isEmpty();
    }

    /** Whether the process produced this output (a value that is not null). */
    public boolean contains(String key) {
        return produced.contains(key);
    }

    /** Whether the results are in the job folder (and stay fetchable until the job is removed). */
    public boolean stored() {
        return store != null;
    }

    /** A literal output's value (or, in memory, any output's object). */
    public Object value(String key) {
        return values.get(key);
    }

    /** The output in a media type it supports, as a reply body: the stored file, or encoded from memory. */
    public HttpReply reply(Parameter<?> out, String requested) {
        String mediaType = OutputEncoder.mediaTypeFor(out, requested);
        if (store != null && ResultStore.isStoredKind(out)) {
            return HttpReply.file(200, mediaType, file(out, mediaType));
        }
        OutputEncoder.Encoded e = OutputEncoder.encode(values.get(out.key), out, mediaType);
        return HttpReply.of(200, e.mediaType(), e.bytes());
    }

    /** The output in a media type it supports, in memory (for embedding in a response document). */
    public byte[] bytes(Parameter<?> out, String requested) {
        String mediaType = OutputEncoder.mediaTypeFor(out, requested);
        if (store != null && ResultStore.isStoredKind(out)) {
            try {
                return Files.readAllBytes(file(out, mediaType));
            } catch (IOException e) {
                throw unreadable(out, e);
            }
        }
        return OutputEncoder.encode(values.get(out.key), out, mediaType).bytes();
    }

    private Path file(Parameter<?> out, String mediaType) {
        try {
            return store.file(jobId, out, mediaType);
        } catch (IOException e) {
            throw unreadable(out, e);
        } catch (UncheckedIOException e) {
            throw unreadable(out, e.getCause());
        }
    }

    private OwsException unreadable(Parameter<?> out, IOException e) {
        return new OwsException(
                OwsException.NO_SUCH_JOB,
                "jobID",
                "the results of job " + jobId + " are gone (the job was removed)",
                e);
    }
}
