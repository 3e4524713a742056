package org.geointerp.server.jobs;

import java.io.IOException;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ServerConfig;

/**
 * Runs every execution, synchronous or asynchronous, on a fixed pool of workers with a bounded
 * queue, so a burst of requests cannot start more processes than the machine has room for; a
 * full queue is answered with ServerBusy. A job that runs longer than the time limit is stopped
 * and fails. Kept results go to the job folder; finished jobs are dropped after the retention
 * time (checked on a timer), and oldest first beyond the configured count or folder size.
 */
public final class JobManager implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JobManager.class.getName());

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<Consumer<String>> removalListeners = new CopyOnWriteArrayList<>();
    private final ResultStore store;
    private final Duration retention;
    private final int maxRetained;
    private final long maxStoredBytes;
    private final Duration timeLimit;
    private final int maxPerClient;

    public JobManager(ServerConfig config) throws IOException {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "wps-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(
                config.workers(),
                config.workers(),
                0L,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.maxQueuedJobs())),
                threads,
                new ThreadPoolExecutor.AbortPolicy());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wps-jobs-timer");
            t.setDaemon(true);
            return t;
        });
        this.store = new ResultStore(config.jobDirectory());
        this.retention = config.retention();
        this.maxRetained = config.maxRetainedJobs();
        this.maxStoredBytes = config.maxStoredBytes();
        this.timeLimit = config.jobTimeLimit();
        long sweep = Math.max(100, Math.min(60_000, retention.toMillis() / 4));
        timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
        this.maxPerClient = config.effectiveMaxJobsPerClient();
    }

    /** Queues a job under a random (unguessable) id, or refuses it with ServerBusy. */
    public Job submit(JobRequest request) {
        evictExpired();
        Job job = new Job(UUID.randomUUID().toString(), request, this::keep);
        synchronized (this) {
            // one client cannot take every worker and queue place: the others still get a turn
            long open = jobs.values().stream()
                    .filter(j -> j.owner().equals(request.owner()) && !j.state().finished())
                    .count();
            if (open >= maxPerClient) {
                throw new OwsException(
                        OwsException.SERVER_BUSY,
                        null,
                        "this client has " + open + " jobs waiting or running, the most one client may have;"
                                + " retry when one has finished");
            }
            jobs.put(job.id(), job);
        }
        try {
            job.attach(pool.submit(() -> runLimited(job)));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new OwsException(
                    OwsException.SERVER_BUSY,
                    null,
                    "all " + pool.getMaximumPoolSize() + " workers are busy and the queue is full; retry later");
        }
        return job;
    }

    /** Runs a job on this worker, stopping it when it runs over the time limit. */
    private void runLimited(Job job) {
        ScheduledFuture<?> limit = timer.schedule(
                () -> job.stop("job " + job.id() + " ran longer than this server's limit of " + timeLimit.toSeconds()
                        + " s and was stopped"),
                timeLimit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            job.run();
        } finally {
            limit.cancel(false);
        }
    }

    /**
     * Writes a finished job's results to the job folder, then drops the oldest finished jobs
     * until the folder is within its size limit; a result larger than the whole limit fails its job.
     */
    private JobResults keep(Job job, Map<String, Object> values) throws IOException {
        JobResults kept;
        try {
            kept = store.write(job, values);
        } catch (IOException | RuntimeException e) {
            store.delete(job.id());
            throw e;
        }
        while (store.bytes() > maxStoredBytes) {
            Optional<Job> oldest = jobs.values().stream()
                    .filter(j -> j != job && j.state().finished() && j.results().stored())
                    .min(Comparator.comparing(Job::finished));
            if (oldest.isEmpty()) {
                store.delete(job.id());
                throw new OwsException(
                        OwsException.FILE_SIZE_EXCEEDED,
                        null,
                        "the results of job " + job.id() + " are larger than this server's result storage of "
                                + maxStoredBytes + " bytes");
            }
            remove(oldest.get().id());
        }
        return kept;
    }

    /**
     * Waits for a synchronous job. One still running after the timeout is removed, and the
     * client is told how to run it asynchronously instead.
     */
    public void awaitSync(Job job, Duration timeout, String advice) {
        try {
            if (!job.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                remove(job.id());
                throw new OwsException(
                        OwsException.NO_APPLICABLE_CODE,
                        null,
                        "process " + job.process().id() + " did not finish within " + timeout.toSeconds() + " s; "
                                + advice);
            }
        } catch (InterruptedException e) {
            remove(job.id());
            Thread.currentThread().interrupt();
            throw new OwsException(OwsException.NO_APPLICABLE_CODE, null, "request interrupted");
        }
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

    /** Forgets a job: cancels it if it has not finished and deletes its results. */
    public void remove(String id) {
        Job job = jobs.remove(id);
        if (job != null) {
            job.cancel();
            try {
                store.delete(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job " + id + ": results not deleted", e);
            }
            removalListeners.forEach(l -> l.accept(id));
        }
    }

    /** Called with the id of every job removed (by DELETE, expiry or the limits). */
    public void onRemoval(Consumer<String> listener) {
        removalListeners.add(listener);
    }

    /** Workers currently running a process. */
    public int activeWorkers() {
        return pool.getActiveCount();
    }

    public int queued() {
        return pool.getQueue().size();
    }

    /** Bytes of results in the job folder. */
    public long storedBytes() {
        return store.bytes();
    }

    private void sweep() {
        try {
            evictExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "expiring jobs failed", e);
        }
    }

    private void evictExpired() {
        Instant cutoff = Instant.now().minus(retention);
        for (Job j : List.copyOf(jobs.values())) {
            if (j.state().finished() && j.finished() != null && j.finished().isBefore(cutoff)) {
                remove(j.id());
            }
        }
        if (jobs.size() >= maxRetained) {
            jobs.values().stream()
                    .filter(j -> j.state().finished())
                    .sorted(Comparator.comparing(Job::finished))
                    .limit(jobs.size() - maxRetained + 1L)
                    .map(Job::id)
                    .toList()
                    .forEach(this::remove);
        }
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
        store.close();
    }
}
