package org.geointerp.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ParameterKind;
import org.geointerp.server.http.HttpReply;
import org.geotools.api.data.Parameter;

/**
 * What a successful job produced: in memory while the synchronous request that started it
 * answers (then the job is forgotten), or in the job folder when the results must outlive the
 * request (asynchronous jobs, outputs by reference).
 */
public final class JobResults {
    static final JobResults NONE = new JobResults(Map.of(), null, null);

    /** Every output (in memory), or the literal outputs only (stored). */
    private final Map<String, Object> values;

    private final ResultStore store;
    private final String jobId;

    private JobResults(Map<String, Object> values, ResultStore store, String jobId) {
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
        this.store = store;
        this.jobId = jobId;
    }

    static JobResults inMemory(Map<String, Object> values) {
        return new JobResults(values == null ? Map.of() : values, null, null);
    }

    static JobResults stored(ResultStore store, String jobId, Map<String, Object> literals) {
        return new JobResults(literals, store, jobId);
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
        if (store != null && ParameterKind.of(out.type).isComplex()) {
            return HttpReply.file(200, mediaType, file(out, mediaType));
        }
        OutputEncoder.Encoded e = OutputEncoder.encode(values.get(out.key), out, mediaType);
        return HttpReply.of(200, e.mediaType(), e.bytes());
    }

    /** The output in a media type it supports, in memory (for embedding in a response document). */
    public byte[] bytes(Parameter<?> out, String requested) {
        String mediaType = OutputEncoder.mediaTypeFor(out, requested);
        if (store != null && ParameterKind.of(out.type).isComplex()) {
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
