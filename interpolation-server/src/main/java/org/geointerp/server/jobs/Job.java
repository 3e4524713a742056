package org.geointerp.server.jobs;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.server.core.OwsException;
import org.geointerp.server.core.ProcessInfo;
import org.geotools.process.ProcessException;

/**
 * One execution of a process, synchronous or not, and what it produced. Holds its inputs only
 * until the process has run, and its results in memory only when no one needs them after the
 * request that started it (else in the job folder, see {@link ResultStore}).
 */
public final class Job {
    private static final Logger LOG = Logger.getLogger(Job.class.getName());

    /** Where a finished job's results go when they must outlive its request. */
    interface ResultSink {
        JobResults keep(Job job, Map<String, Object> results) throws IOException;
    }

    private final String id;
    private final ProcessInfo process;
    private final Map<String, String> requestedMediaTypes;
    private final String owner;
    private final boolean keepResults;
    private final ResultSink sink;
    private final Instant created = Instant.now();
    final JobProgress progress = new JobProgress();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Map<String, Object> inputs;
    private volatile JobState state = JobState.ACCEPTED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile JobResults results = JobResults.NONE;
    private volatile Throwable failure;
    private volatile Future<?> future;

    Job(String id, JobRequest request, ResultSink sink) {
        this.id = id;
        this.process = request.process();
        this.requestedMediaTypes = request.mediaTypes();
        this.owner = request.owner();
        this.keepResults = request.keepResults();
        this.inputs = request.inputs();
        this.sink = sink;
    }

    void run() {
        Map<String, Object> in;
        synchronized (this) {
            if (state != JobState.ACCEPTED) {
                return; // dismissed while queued
            }
            state = JobState.RUNNING;
            started = Instant.now();
            in = inputs;
            inputs = null; // the process holds them while it runs; the job no longer needs them
        }
        try {
            progress.started();
            Map<String, Object> out = process.create().execute(in, progress);
            in = null;
            if (state.finished()) {
                return; // dismissed or stopped meanwhile: what it returned is dropped
            }
            JobResults kept = keepResults ? sink.keep(this, out == null ? Map.of() : out) : JobResults.inMemory(out);
            progress.complete();
            finish(JobState.SUCCESSFUL, kept, null);
        } catch (Throwable t) {
            if (!(t instanceof IllegalArgumentException
                    || t instanceof ProcessException
                    || t instanceof OwsException)) {
                // reported to the client without details (Failures): the log keeps them
                LOG.log(Level.WARNING, "job " + id + " (" + process.id() + ") failed", t);
            }
            finish(progress.isCanceled() ? JobState.DISMISSED : JobState.FAILED, null, t);
            if (t instanceof Error e && !(t instanceof OutOfMemoryError)) {
                throw e;
            }
        }
    }

    /** @return whether this call finished the job (false: it had finished already) */
    private boolean finish(JobState end, JobResults out, Throwable t) {
        synchronized (this) {
            if (state.finished()) {
                return false;
            }
            results = out == null ? JobResults.NONE : out;
            failure = t;
            finished = Instant.now();
            state = end;
            inputs = null;
        }
        done.countDown();
        return true;
    }

    /**
     * Asks the process to stop (through its progress listener, then by interrupting it). The job
     * is dismissed at once; the worker is free when the process notices, and what it still
     * returns is dropped.
     */
    void cancel() {
        interrupt();
        finish(JobState.DISMISSED, null, null);
    }

    /** Stops a job that ran over its time limit: it fails with that reason. */
    void stop(String reason) {
        if (state == JobState.RUNNING) {
            interrupt();
            finish(JobState.FAILED, null, new OwsException(OwsException.NO_APPLICABLE_CODE, null, reason));
        }
    }

    private void interrupt() {
        progress.setCanceled(true);
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
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
        return process;
    }

    /** The client that started the job. */
    public String owner() {
        return owner;
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

    /** Warnings the process raised (records it skipped, fallbacks it took), in the order raised. */
    public List<String> warnings() {
        return progress.warnings();
    }

    /** A status line for the client: the text, followed by the warnings when there are any. */
    public String message(String text) {
        List<String> w = warnings();
        return w.isEmpty() ? text : text + "; warnings: " + String.join(" | ", w);
    }

    /** What the job produced (nothing unless it succeeded). */
    public JobResults results() {
        return results;
    }

    /** Media type the client asked for per output (absent: the output's default). */
    public Map<String, String> requestedMediaTypes() {
        return requestedMediaTypes;
    }

    public Throwable failure() {
        return failure;
    }
}
