package org.geointerp.engine;

/**
 * One interpolation method with its options, ready to fit point sets: the engines' one front door. Every method
 * (Shepard, Akima, Clusterpolate, partition-of-unity RBF) implements it, the {@link Methods} registry builds one from
 * named parameter values, and the processes, the command line, cross-validation and the Spark module all fit
 * through it. Immutable and thread-safe: one interpolator may fit many point sets at once.
 *
 * <pre>{@code
 * Interpolator shepard = Methods.get("Shepard").interpolator(Map.of("maxNeighbours", 12));
 * Surface s = shepard.fit(PointSet.of2D(x, y, z));
 * double v = s.value(px, py);
 * }</pre>
 */
public interface Interpolator {

    /** The method's registry name, e.g. "Shepard" (the process name without its namespace). */
    String method();

    /**
     * Fits the method to {@code data}. Work is done here, not when the surface is evaluated: the returned surface
     * is ready for any number of evaluations on any thread.
     *
     * @param execution where the fit runs, where it reports progress and how it learns that it should stop
     * @throws IllegalArgumentException for data the method cannot fit; the message names the parameter
     * @throws java.util.concurrent.CancellationException when the execution's progress asks to stop
     */
    Surface fit(PointSet data, Execution execution);

    /** Fits on the common pool, without progress. */
    default Surface fit(PointSet data) {
        return fit(data, Execution.defaults());
    }
}
