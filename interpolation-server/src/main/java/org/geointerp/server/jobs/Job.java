package org.geointerp.server.jobs;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.ProcessInfo;

/** One execution of a process, synchronous or not, and what it produced. */
public final class Job {
    private static final Logger LOG = Logger.getLogger(Job.class.getName());
    private final String id;
    private final JobRequest request;
    private final Instant created = Instant.now();
    final JobProgress progress = new JobProgress();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile JobState state = JobState.ACCEPTED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile Map<String, Object> results = Map.of();
    private volatile Throwable failure;
    private volatile Future<?> future;

    Job(String id, JobRequest request) {
        this.id = id;
        this.request = request;
    }

    void run() {
        synchronized (this) {
            if (state != JobState.ACCEPTED) {
                return; // dismissed while queued
            }
            state = JobState.RUNNING;
            started = Instant.now();
        }
        try {
            progress.started();
            Map<String, Object> out = request.process().create().execute(request.inputs(), progress);
            if (progress.isCanceled()) {
                finish(JobState.DISMISSED, null, null);
            } else {
                progress.complete();
                finish(JobState.SUCCESSFUL, out == null ? Map.of() : Collections.unmodifiableMap(out), null);
            }
        } catch (Throwable t) {
            if (!(t instanceof IllegalArgumentException || t instanceof org.geotools.process.ProcessException)) {
                // reported to the client without details (Failures): the log keeps them
                LOG.log(Level.WARNING, "job " + id + " (" + request.process().id() + ") failed", t);
            }
            finish(progress.isCanceled() ? JobState.DISMISSED : JobState.FAILED, null, t);
            if (t instanceof Error e && !(t instanceof OutOfMemoryError)) {
                throw e;
            }
        }
    }

    private void finish(JobState end, Map<String, Object> out, Throwable t) {
        synchronized (this) {
            if (state.finished()) {
                return;
            }
            results = out == null ? Map.of() : out;
            failure = t;
            finished = Instant.now();
            state = end;
        }
        done.countDown();
    }

    /**
     * Asks the process to stop (through its progress listener, then by interrupting it). The job
     * is dismissed at once; the worker is free when the process notices, and what it still
     * returns is dropped.
     */
    void cancel() {
        progress.setCanceled(true);
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        finish(JobState.DISMISSED, null, null);
    }

    void attach(Future<?> f) {
        this.future = f;
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    public String id() {
        return id;
    }

    public ProcessInfo process() {
        return request.process();
    }

    /** The client that started the job. */
    public String owner() {
        return request.owner();
    }

    public JobState state() {
        return state;
    }

    /** 0..100 as reported by the process. */
    public int percent() {
        return state == JobState.SUCCESSFUL ? 100 : (int) progress.getProgress();
    }

    public Instant created() {
        return created;
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    public Map<String, Object> results() {
        return results;
    }

    /** Media type the client asked for per output (absent: the output's default). */
    public Map<String, String> requestedMediaTypes() {
        return request.mediaTypes();
    }

    public Throwable failure() {
        return failure;
    }
}
