package org.geointerp.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where and how a fit or a grid evaluation runs: the fork-join pool and the number of threads it may use, and the
 * {@link Progress} that receives its progress and tells it to stop. The one concurrency idiom of the engines: every
 * parallel loop of a fit or an evaluation is a {@link #forEachBlock} of this object, which checks cancellation
 * before each block and reports the fraction of blocks done.
 *
 * <p>A server passes its own pool (and a parallelism per request) so that interpolation does not take the common
 * pool from everything else in the JVM; a Spark task passes a parallelism of 1. Immutable; the {@code with...}
 * methods return new instances.
 *
 * <pre>{@code
 * Execution run = Execution.of(progress).withPool(myPool).withParallelism(4);
 * Surface s = interpolator.fit(points, run);
 * float[][] bands = GridEvaluator.evaluate(s, grid, run);
 * }</pre>
 */
public final class Execution {

    private static final Execution DEFAULT = new Execution(null, 0, Progress.NONE, 0, 1);

    /** null: the common pool. */
    private final ForkJoinPool pool;
    /** 0: as many workers as the pool has threads (plus the caller, for the common pool). */
    private final int parallelism;

    private final Progress progress;
    /** This stage's share of the whole: fractions reported here map to {@code [from, to]} of {@link #progress}. */
    private final double from;

    private final double to;

    private Execution(ForkJoinPool pool, int parallelism, Progress progress, double from, double to) {
        this.pool = pool;
        this.parallelism = parallelism;
        this.progress = progress;
        this.from = from;
        this.to = to;
    }

    /** The common fork-join pool, all its threads, no progress, never cancelled. */
    public static Execution defaults() {
        return DEFAULT;
    }

    /** The common pool, reporting to {@code progress} (null: none). */
    public static Execution of(Progress progress) {
        return DEFAULT.withProgress(progress);
    }

    /** The same with another progress receiver (null: none); resets the stage to the whole range. */
    public Execution withProgress(Progress p) {
        return new Execution(pool, parallelism, p == null ? Progress.NONE : p, 0, 1);
    }

    /** The same on the caller's pool (null: the common pool). */
    public Execution withPool(ForkJoinPool p) {
        return new Execution(p, parallelism, progress, from, to);
    }

    /**
     * The same with at most {@code threads} threads working on one loop (0: as many as the pool offers).
     *
     * @throws IllegalArgumentException for a negative count
     */
    public Execution withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("parallelism: must be >= 0 (0 = all of the pool), got " + threads);
        }
        return new Execution(pool, threads, progress, from, to);
    }

    /**
     * A view for one stage of a longer computation: the stage reports fractions in [0, 1] of its own work, which
     * reach the receiver as {@code [from, to]} of this execution's range.
     */
    public Execution stage(double stageFrom, double stageTo) {
        if (!(0 <= stageFrom && stageFrom <= stageTo && stageTo <= 1)) {
            throw new IllegalArgumentException("stage: needs 0 <= from <= to <= 1, got " + stageFrom + ", " + stageTo);
        }
        double span = to - from;
        return new Execution(pool, parallelism, progress, from + stageFrom * span, from + stageTo * span);
    }

    /** The receiver of progress (the whole computation's, not scaled to this stage). */
    public Progress progress() {
        return progress;
    }

    /** Reports that {@code fraction} of this stage is done. */
    public void report(double fraction) {
        progress.progress(from + Math.max(0, Math.min(1, fraction)) * (to - from));
    }

    public boolean isCancelled() {
        return progress.isCancelled();
    }

    /**
     * Stops the computation if the caller asked for it.
     *
     * @param what names the computation in the exception's message, e.g. "Shepard fit"
     * @throws CancellationException when cancelled
     */
    public void checkCancelled(String what) {
        if (progress.isCancelled()) {
            throw new CancellationException(what + ": cancelled");
        }
    }

    /** How many threads a loop of {@code blocks} blocks uses. */
    int workers(int blocks) {
        int available;
        if (pool == null) {
            // the calling thread runs one task itself inside invokeAll, so parallelism + 1 threads can work: on two
            // cores the common pool has one worker, and without the caller's share the work would run on one core
            available = ForkJoinPool.getCommonPoolParallelism() + 1;
        } else {
            available = pool.getParallelism();
        }
        if (parallelism > 0) {
            available = Math.min(available, parallelism);
        }
        return Math.max(1, Math.min(blocks, available));
    }

    /** One block of work with the worker's own scratch state. */
    @FunctionalInterface
    public interface Block<S> {
        void run(S state, int block);
    }

    /**
     * Runs {@code body} for every block in {@code [0, blocks)} in parallel, each worker with its own
     * {@code state.get()} (its scratch space), taking blocks from a shared counter until none are left, so slow
     * blocks do not leave a thread idle. Before each block it checks cancellation; after each it reports the
     * fraction of blocks done. An exception thrown by a block ends the loop and reaches the caller.
     *
     * @param what names the loop in a cancellation's message
     * @throws CancellationException when cancelled
     */
    public <S> void forEachBlock(String what, int blocks, Supplier<? extends S> state, Block<? super S> body) {
        if (blocks <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int workers = workers(blocks);
        RecursiveAction[] tasks = new RecursiveAction[workers];
        for (int w = 0; w < workers; w++) {
            tasks[w] = new RecursiveAction() {
                @Override
                protected void compute() {
                    S s = state.get();
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        checkCancelled(what);
                        body.run(s, b);
                        report((double) done.incrementAndGet() / blocks);
                    }
                }
            };
        }
        run(tasks);
        checkCancelled(what);
    }

    /**
     * Starts {@code work} on this execution's pool and returns at once, for a step that runs beside the caller's
     * (Akima's triangulation beside its derivative fits). Collect the result with {@link #join}.
     */
    public <T> ForkJoinTask<T> fork(java.util.concurrent.Callable<T> work) {
        ForkJoinTask<T> task = ForkJoinTask.adapt(work);
        ForkJoinPool p = pool == null ? ForkJoinPool.commonPool() : pool;
        if (ForkJoinTask.getPool() == p) {
            task.fork();
        } else {
            p.execute(task);
        }
        return task;
    }

    /**
     * The result of a {@link #fork}ed task, waiting for it while checking cancellation every 20 ms; when cancelled,
     * the task is abandoned (it ends on its own) and the caller gets the cancellation at once.
     *
     * @throws CancellationException when cancelled
     */
    public <T> T join(ForkJoinTask<T> task, String what) {
        if (ForkJoinTask.inForkJoinPool()) {
            // a pool thread helps with the task (it may sit in this thread's own queue) rather than wait for it
            checkCancelled(what);
            return task.join();
        }
        while (true) {
            checkCancelled(what);
            try {
                return task.get(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: check cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(what + ": interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(what + ": " + cause, cause);
            }
        }
    }

    /** Runs the tasks to completion in this execution's pool; the calling thread helps where it can. */
    private void run(RecursiveAction[] tasks) {
        if (tasks.length == 1 && (pool == null || ForkJoinTask.getPool() == pool)) {
            tasks[0].invoke();
            return;
        }
        if (pool == null || ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(tasks);
            return;
        }
        // a thread outside the caller's pool: hand the whole loop to the pool and wait
        pool.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                ForkJoinTask.invokeAll(tasks);
            }
        });
    }
}
