package org.geointerp.server.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything an operator can limit or open up. The defaults are the safe choice: loopback
 * only, no remote references, bounded bodies, grids, queue, run time and result storage.
 * Build one with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * @param namespaces process namespaces published (GeoTools process names are "ns:local")
 * @param maxBodyBytes largest request body (and largest fetched reference) accepted
 * @param maxGridCells largest outputWidth x outputHeight accepted
 * @param workers processes running at once; further jobs wait in the queue
 * @param maxQueuedJobs jobs waiting beyond the running ones before ServerBusy
 * @param allowedReferencePrefixes http(s) URL prefixes an input reference may start with;
 *     empty means references are refused
 * @param retention how long finished jobs and their results are kept
 * @param maxRetainedJobs how many jobs are kept at most (oldest finished dropped first)
 * @param syncTimeout how long a synchronous request waits before it is cancelled
 * @param allowedHosts Host header names served (lower case, no port); empty: the bind
 *     address and localhost; "*": any
 * @param listAllJobs whether the OGC API job list shows every client's jobs (else each
 *     client sees its own)
 * @param jobTimeLimit how long a job may run before it is stopped and fails
 * @param jobDirectory where kept results are written, one folder per job; null: a temporary
 *     folder removed at shutdown
 * @param maxJobsPerClient jobs one client (address) may have waiting or running at once; 0: half
 *     of the workers and queue places together
 * @param echo whether OGC API publishes the "echo" process (for conformance suites and client tests)
 * @param maxStoredBytes how many bytes of kept results the job folder may hold (oldest
 *     finished jobs dropped first)
 * @param idleThreadTimeout how long an HTTP thread beyond the pool's minimum may stay idle: the
 *     threads a burst of requests started, and what they cache per thread, go after it
 */
public record ServerConfig(
        Set<String> namespaces,
        long maxBodyBytes,
        long maxGridCells,
        int workers,
        int maxQueuedJobs,
        List<String> allowedReferencePrefixes,
        Duration retention,
        int maxRetainedJobs,
        Duration syncTimeout,
        Set<String> allowedHosts,
        boolean listAllJobs,
        Duration jobTimeLimit,
        Path jobDirectory,
        long maxStoredBytes,
        int maxJobsPerClient,
        boolean echo,
        Duration idleThreadTimeout) {

    public static final long DEFAULT_MAX_BODY = 32L * 1024 * 1024;
    public static final long DEFAULT_MAX_CELLS = 25_000_000L;
    public static final long DEFAULT_MAX_STORED = 4L * 1024 * 1024 * 1024;
    public static final String ANY_HOST = "*";

    public ServerConfig {
        namespaces = Set.copyOf(namespaces);
        allowedReferencePrefixes = List.copyOf(allowedReferencePrefixes);
        allowedHosts = allowedHosts.stream().map(ServerConfig::hostName).collect(Collectors.toUnmodifiableSet());
        if (workers < 1
                || maxQueuedJobs < 0
                || maxBodyBytes < 1
                || maxGridCells < 1
                || maxRetainedJobs < 1
                || maxStoredBytes < 1
                || jobTimeLimit.isNegative()
                || jobTimeLimit.isZero()
                || idleThreadTimeout.isNegative()
                || idleThreadTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.namespaces = namespaces;
        b.maxBodyBytes = maxBodyBytes;
        b.maxGridCells = maxGridCells;
        b.workers = workers;
        b.maxQueuedJobs = maxQueuedJobs;
        b.allowedReferencePrefixes = allowedReferencePrefixes;
        b.retention = retention;
        b.maxRetainedJobs = maxRetainedJobs;
        b.syncTimeout = syncTimeout;
        b.allowedHosts = allowedHosts;
        b.listAllJobs = listAllJobs;
        b.jobTimeLimit = jobTimeLimit;
        b.jobDirectory = jobDirectory;
        b.maxStoredBytes = maxStoredBytes;
        b.maxJobsPerClient = maxJobsPerClient;
        b.echo = echo;
        b.idleThreadTimeout = idleThreadTimeout;
        return b;
    }

    public ServerConfig withNamespaces(Set<String> value) {
        return toBuilder().namespaces(value).build();
    }

    public ServerConfig withLimits(long body, long cells) {
        return toBuilder().maxBodyBytes(body).maxGridCells(cells).build();
    }

    public ServerConfig withWorkers(int value, int queued) {
        return toBuilder().workers(value).maxQueuedJobs(queued).build();
    }

    /** Jobs one client may have waiting or running at once. */
    public int effectiveMaxJobsPerClient() {
        return maxJobsPerClient > 0 ? maxJobsPerClient : Math.max(1, (workers + maxQueuedJobs) / 2);
    }

    public ServerConfig withEcho(boolean value) {
        return toBuilder().echo(value).build();
    }

    public ServerConfig withAllowedReferences(List<String> prefixes) {
        return toBuilder().allowedReferencePrefixes(prefixes).build();
    }

    /**
     * The Host header names served when listening on {@code bindHost}: the configured ones, or
     * by default the bind address and localhost (loopback names for a wildcard bind).
     */
    public Set<String> effectiveHosts(String bindHost) {
        if (!allowedHosts.isEmpty()) {
            return allowedHosts;
        }
        String bind = hostName(bindHost);
        boolean wildcard = bind.equals("0.0.0.0") || bind.equals("::") || bind.isEmpty();
        return wildcard ? Set.of("localhost", "127.0.0.1", "::1") : Set.of(bind, "localhost");
    }

    /** A host name as compared with Host headers: lower case, without IPv6 brackets. */
    public static String hostName(String host) {
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** Collects the settings; every one starts at its safe default. */
    public static final class Builder {
        private Set<String> namespaces = Set.of("interpolation");
        private long maxBodyBytes = DEFAULT_MAX_BODY;
        private long maxGridCells = DEFAULT_MAX_CELLS;
        private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int maxQueuedJobs = 64;
        private List<String> allowedReferencePrefixes = List.of();
        private Duration retention = Duration.ofMinutes(30);
        private int maxRetainedJobs = 500;
        private Duration syncTimeout = Duration.ofMinutes(10);
        private Set<String> allowedHosts = Set.of();
        private boolean listAllJobs;
        private Duration jobTimeLimit = Duration.ofMinutes(30);
        private Path jobDirectory;
        private long maxStoredBytes = DEFAULT_MAX_STORED;
        private int maxJobsPerClient;
        private boolean echo;
        private Duration idleThreadTimeout = Duration.ofSeconds(60);

        private Builder() {}

        public Builder idleThreadTimeout(Duration value) {
            idleThreadTimeout = value;
            return this;
        }

        public Builder namespaces(Set<String> value) {
            namespaces = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder maxGridCells(long value) {
            maxGridCells = value;
            return this;
        }

        public Builder workers(int value) {
            workers = value;
            return this;
        }

        public Builder maxQueuedJobs(int value) {
            maxQueuedJobs = value;
            return this;
        }

        public Builder allowedReferencePrefixes(List<String> value) {
            allowedReferencePrefixes = value;
            return this;
        }

        public Builder retention(Duration value) {
            retention = value;
            return this;
        }

        public Builder maxRetainedJobs(int value) {
            maxRetainedJobs = value;
            return this;
        }

        public Builder syncTimeout(Duration value) {
            syncTimeout = value;
            return this;
        }

        public Builder allowedHosts(Set<String> value) {
            allowedHosts = value;
            return this;
        }

        public Builder listAllJobs(boolean value) {
            listAllJobs = value;
            return this;
        }

        public Builder jobTimeLimit(Duration value) {
            jobTimeLimit = value;
            return this;
        }

        public Builder jobDirectory(Path value) {
            jobDirectory = value;
            return this;
        }

        public Builder maxJobsPerClient(int value) {
            maxJobsPerClient = value;
            return this;
        }

        public Builder echo(boolean value) {
            echo = value;
            return this;
        }

        public Builder maxStoredBytes(long value) {
            maxStoredBytes = value;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(
                    namespaces,
                    maxBodyBytes,
                    maxGridCells,
                    workers,
                    maxQueuedJobs,
                    allowedReferencePrefixes,
                    retention,
                    maxRetainedJobs,
                    syncTimeout,
                    allowedHosts,
                    listAllJobs,
                    jobTimeLimit,
                    jobDirectory,
                    maxStoredBytes,
                    maxJobsPerClient,
                    echo,
                    idleThreadTimeout);
        }
    }
}
