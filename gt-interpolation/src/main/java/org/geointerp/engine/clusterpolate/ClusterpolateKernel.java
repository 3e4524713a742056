package org.geointerp.engine.clusterpolate;

/**
 * A radial kernel of clusterpolation, normalised to {@code k(0) = 1} and zero from the radius on.
 *
 * <p>Kernels take the squared distance {@code d2} and the squared radius {@code r2} rather than {@code d} and
 * {@code r}: the grid sweep and the kd-tree work on squared distances, so no kernel needs a square root, and each
 * built-in kernel needs one division per weight (the bump, for example, is {@code exp(-d2 / (r2 - d2))}). Only
 * {@code 0 <= d2 < r2} is ever passed in (points at {@code d >= r} are not neighbours), and the result must lie in
 * [0, 1] so that membership, the largest weight, does too.
 */
public interface ClusterpolateKernel {

    /** The name used in process parameters and on the command line, e.g. "bump". */
    String kernelName();

    /** The weight at squared distance {@code d2}, {@code 0 <= d2 < r2}. */
    double weight(double d2, double r2);

    /**
     * Replaces the squared distances {@code d2[from..to)} by their weights, in place. The grid sweep calls this once
     * per point and row rather than {@link #weight} once per cell, so the kernel is dispatched once per run of cells
     * and the loop inside stays monomorphic; built-in kernels override it with a tight loop.
     */
    default void weights(double[] d2, int from, int to, double r2) {
        for (int i = from; i < to; i++) {
            d2[i] = weight(d2[i], r2);
        }
    }
}
