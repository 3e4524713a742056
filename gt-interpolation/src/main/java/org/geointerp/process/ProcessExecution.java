package org.geointerp.process;

import java.util.concurrent.Callable;
import org.geointerp.engine.Execution;

/**
 * The {@link Execution} (fork-join pool, parallelism) that processes run on in the current thread. GeoTools'
 * process API has no place for an executor, so a host that wants the interpolation off the common pool (the
 * standalone server with its own pool and a parallelism per request) wraps the call:
 * {@code ProcessExecution.call(Execution.defaults().withPool(pool).withParallelism(2), () -> process.execute(...))}.
 * Without that, processes run on the common pool.
 */
public final class ProcessExecution {

    private static final ThreadLocal<Execution> CURRENT = new ThreadLocal<>();

    private ProcessExecution() {}

    /** The execution set for this thread, or the default. */
    public static Execution current() {
        Execution e = CURRENT.get();
        return e != null ? e : Execution.defaults();
    }

    /** Runs {@code work} with {@code execution} as the processes' execution in this thread. */
    public static <T> T call(Execution execution, Callable<T> work) throws Exception {
        Execution before = CURRENT.get();
        CURRENT.set(execution);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
