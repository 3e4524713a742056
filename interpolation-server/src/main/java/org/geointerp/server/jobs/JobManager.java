package org.geointerp.server.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.geointerp.server.core.OwsException;

/**
 * Runs every execution, synchronous or asynchronous, on a fixed pool of workers with a bounded
 * queue, so a burst of requests cannot start more processes than the machine has room for; a
 * full queue is answered with ServerBusy. Finished jobs are kept for the retention time and
 * dropped oldest first beyond the configured count.
 */
public final class JobManager implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Duration retention;
    private final int maxRetained;

    public JobManager(int workers, int maxQueued, Duration retention, int maxRetained) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "wps-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(
                workers,
                workers,
                0L,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, maxQueued)),
                threads,
                new ThreadPoolExecutor.AbortPolicy());
        this.retention = retention;
        this.maxRetained = maxRetained;
    }

    /** Queues a job under a random (unguessable) id, or refuses it with ServerBusy. */
    public Job submit(JobRequest request) {
        evictExpired();
        Job job = new Job(UUID.randomUUID().toString(), request);
        jobs.put(job.id(), job);
        try {
            job.attach(pool.submit(job::run));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new OwsException(
                    OwsException.SERVER_BUSY,
                    null,
                    "all " + pool.getMaximumPoolSize() + " workers are busy and the queue is full; retry later");
        }
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    public List<Job> all() {
        List<Job> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(Job::created));
        return list;
    }

    /** The jobs a client started, oldest first. */
    public List<Job> ownedBy(String owner) {
        return all().stream().filter(j -> j.owner().equals(owner)).toList();
    }

    /** Cancels a job; its worker is free as soon as the process notices. */
    public Optional<Job> dismiss(String id) {
        Optional<Job> job = find(id);
        job.ifPresent(Job::cancel);
        return job;
    }

    /** Forgets a job: cancels it if it has not finished and drops its results. */
    public void remove(String id) {
        Job job = jobs.remove(id);
        if (job != null) {
            job.cancel();
        }
    }

    /** Workers currently running a process. */
    public int activeWorkers() {
        return pool.getActiveCount();
    }

    public int queued() {
        return pool.getQueue().size();
    }

    private void evictExpired() {
        Instant cutoff = Instant.now().minus(retention);
        jobs.values()
                .removeIf(j -> j.state().finished()
                        && j.finished() != null
                        && j.finished().isBefore(cutoff));
        if (jobs.size() >= maxRetained) {
            jobs.values().stream()
                    .filter(j -> j.state().finished())
                    .sorted(Comparator.comparing(Job::finished))
                    .limit(jobs.size() - maxRetained + 1L)
                    .map(Job::id)
                    .toList()
                    .forEach(jobs::remove);
        }
    }

    @Override
    public void close() {
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
    }
}
