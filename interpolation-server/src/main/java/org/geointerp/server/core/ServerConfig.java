package org.geointerp.server.core;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Everything an operator can limit or open up. The defaults are the safe choice: loopback
 * only, no remote references, bounded bodies, grids, queue and result retention.
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
        Duration syncTimeout) {

    public static final long DEFAULT_MAX_BODY = 32L * 1024 * 1024;
    public static final long DEFAULT_MAX_CELLS = 25_000_000L;

    public ServerConfig {
        namespaces = Set.copyOf(namespaces);
        allowedReferencePrefixes = List.copyOf(allowedReferencePrefixes);
        if (workers < 1 || maxQueuedJobs < 0 || maxBodyBytes < 1 || maxGridCells < 1 || maxRetainedJobs < 1) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(
                Set.of("interpolation"),
                DEFAULT_MAX_BODY,
                DEFAULT_MAX_CELLS,
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                64,
                List.of(),
                Duration.ofMinutes(30),
                500,
                Duration.ofMinutes(10));
    }

    public ServerConfig withNamespaces(Set<String> value) {
        return new ServerConfig(
                value,
                maxBodyBytes,
                maxGridCells,
                workers,
                maxQueuedJobs,
                allowedReferencePrefixes,
                retention,
                maxRetainedJobs,
                syncTimeout);
    }

    public ServerConfig withLimits(long body, long cells) {
        return new ServerConfig(
                namespaces,
                body,
                cells,
                workers,
                maxQueuedJobs,
                allowedReferencePrefixes,
                retention,
                maxRetainedJobs,
                syncTimeout);
    }

    public ServerConfig withWorkers(int value, int queued) {
        return new ServerConfig(
                namespaces,
                maxBodyBytes,
                maxGridCells,
                value,
                queued,
                allowedReferencePrefixes,
                retention,
                maxRetainedJobs,
                syncTimeout);
    }

    public ServerConfig withAllowedReferences(List<String> prefixes) {
        return new ServerConfig(
                namespaces,
                maxBodyBytes,
                maxGridCells,
                workers,
                maxQueuedJobs,
                prefixes,
                retention,
                maxRetainedJobs,
                syncTimeout);
    }
}
