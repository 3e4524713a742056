package org.geointerp.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs numbered blocks of work in parallel on the common fork-join pool. Each worker makes one piece of scratch
 * state and takes blocks from a shared counter until none are left, so slow blocks (cells near barriers) do not
 * leave a core idle. Exceptions thrown by a block end the run and reach the caller.
 */
public final class Blocks {

    private Blocks() {}

    /** One block of work with the worker's own scratch state. */
    @FunctionalInterface
    public interface Body<S> {
        void run(S state, int block);
    }

    /** Runs {@code body} for every block in {@code [0, blocks)}, each worker with its own {@code state.get()}. */
    public static <S> void run(int blocks, Supplier<? extends S> state, Body<? super S> body) {
        AtomicInteger next = new AtomicInteger();
        // the calling thread runs one task itself inside invokeAll, so parallelism + 1 threads can work: on two
        // cores the common pool has one worker, and without the caller's share the work would run on one core
        int workers = Math.max(1, Math.min(blocks, ForkJoinPool.getCommonPoolParallelism() + 1));
        RecursiveAction[] tasks = new RecursiveAction[workers];
        for (int w = 0; w < workers; w++) {
            tasks[w] = new RecursiveAction() {
                @Override
                protected void compute() {
                    S s = state.get();
                    for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                        body.run(s, b);
                    }
                }
            };
        }
        if (workers == 1) {
            tasks[0].invoke();
        } else {
            RecursiveAction.invokeAll(tasks);
        }
    }
}
