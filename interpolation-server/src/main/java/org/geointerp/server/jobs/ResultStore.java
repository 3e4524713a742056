package org.geointerp.server.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geointerp.server.core.GeoJsonCodec;
import org.geointerp.server.core.MediaTypes;
import org.geointerp.server.core.OutputEncoder;
import org.geointerp.server.core.ParameterKind;
import org.geotools.api.data.Parameter;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.gce.geotiff.GeoTiffReader;

/**
 * The job folder: kept results on disk, one folder per job, so a finished job costs the heap a
 * few hundred bytes whatever its grid size. Each complex output is written in the media type
 * the client asked for and, when that is not it, in a lossless canonical form (GeoTIFF for
 * grids, GeoJSON for geometries) from which any other supported type is made on request.
 * Counts the bytes it holds; the {@link JobManager} keeps them under the configured limit.
 */
final class ResultStore implements AutoCloseable {
    /** Job folders are named by the job's UUID; nothing else in the folder is touched. */
    private static final Pattern JOB_FOLDER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;
    private final boolean temporary;
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, Long> byJob = new ConcurrentHashMap<>();

    /** @param root the folder to use, or null for a temporary one removed by {@link #close()} */
    ResultStore(Path root) throws IOException {
        this.temporary = root == null;
        this.root = temporary ? Files.createTempDirectory("interpolation-server-jobs") : Files.createDirectories(root);
        // jobs do not survive a restart: folders left by an earlier run are garbage
        try (DirectoryStream<Path> old = Files.newDirectoryStream(this.root)) {
            for (Path p : old) {
                if (JOB_FOLDER.matcher(p.getFileName().toString()).matches()) {
                    deleteTree(p);
                }
            }
        }
    }

    Path root() {
        return root;
    }

    long bytes() {
        return bytes.get();
    }

    /** Writes a finished job's outputs to its folder; literal outputs stay in memory (they are short). */
    JobResults write(Job job, Map<String, Object> values) throws IOException {
        Path dir = Files.createDirectories(root.resolve(job.id()));
        Map<String, Object> literals = new LinkedHashMap<>();
        Set<String> produced = new HashSet<>();
        for (Parameter<?> out : job.process().outputs().values()) {
            Object value = values.get(out.key);
            if (value != null) {
                produced.add(out.key);
            }
            if (!isStoredKind(out) || value == null) {
                literals.put(out.key, value);
                continue;
            }
            String asked =
                    OutputEncoder.mediaTypeFor(out, job.requestedMediaTypes().get(out.key));
            write(job.id(), dir, out, value, asked);
            String canonical = canonical(out);
            if (!canonical.equals(asked)) {
                write(job.id(), dir, out, value, canonical);
            }
        }
        return JobResults.stored(this, job.id(), literals, produced);
    }

    /** The stored file of an output in a media type it supports, made from the canonical form when missing. */
    Path file(String jobId, Parameter<?> out, String mediaType) throws IOException {
        Path dir = root.resolve(jobId);
        Path file = dir.resolve(name(out, mediaType));
        if (Files.exists(file)) {
            return file;
        }
        synchronized (this) {
            if (!Files.exists(file)) {
                write(jobId, dir, out, read(dir.resolve(name(out, canonical(out))), out), mediaType);
            }
        }
        return file;
    }

    /** Removes a job's folder and gives its bytes back. */
    void delete(String jobId) {
        Long held = byJob.remove(jobId);
        if (held != null) {
            bytes.addAndGet(-held);
        }
        try {
            deleteTree(root.resolve(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the results of job " + jobId, e);
        }
    }

    private void write(String jobId, Path dir, Parameter<?> out, Object value, String mediaType) throws IOException {
        byte[] encoded = OutputEncoder.encode(value, out, mediaType).bytes();
        Files.write(dir.resolve(name(out, mediaType)), encoded);
        byJob.merge(jobId, (long) encoded.length, Long::sum);
        bytes.addAndGet(encoded.length);
    }

    private static Object read(Path canonical, Parameter<?> out) throws IOException {
        if (ParameterKind.of(out.type) == ParameterKind.COVERAGE) {
            GeoTiffReader reader = new GeoTiffReader(canonical.toFile());
            try {
                GridCoverage2D coverage = reader.read(null);
                return coverage;
            } finally {
                reader.dispose();
            }
        }
        return GeoJsonCodec.readGeometry(Files.readString(canonical), out.key);
    }

    /**
     * Whether an output goes to the folder: grids and geometries do; literals and values of no protocol kind (the
     * echo process's JSON values, small by the body limit) stay in memory.
     */
    static boolean isStoredKind(Parameter<?> out) {
        ParameterKind kind = ParameterKind.of(out.type);
        return kind != null && kind.isComplex();
    }

    /** The lossless form every other media type of the output can be made from: its default (first) type. */
    private static String canonical(Parameter<?> out) {
        return ParameterKind.of(out.type).mediaTypes().get(0);
    }

    private static String name(Parameter<?> out, String mediaType) {
        return out.key + "." + MediaTypes.extension(mediaType);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(q);
                } catch (NoSuchFileException gone) {
                    // removed meanwhile
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (String id : byJob.keySet()) {
            delete(id);
        }
        if (temporary) {
            deleteTree(root);
        }
    }
}
