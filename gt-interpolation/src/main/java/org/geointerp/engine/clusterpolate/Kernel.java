package org.geointerp.engine.clusterpolate;

/**
 * A radial kernel of clusterpolation, normalised to {@code k(0) = 1} and zero from the radius on.
 *
 * <p>Kernels take the squared normalised distance {@code s = d^2 / r^2} rather than {@code d}: the grid sweep
 * and the kd-tree already work on squared distances, so every built-in kernel is evaluated without a square root.
 * Only {@code 0 <= s < 1} is ever passed in (points at {@code d >= r} are not neighbours), and the result must lie
 * in [0, 1] so that membership, the largest weight, does too.
 */
public interface Kernel {

    /** The name used in process parameters and on the command line, e.g. "bump". */
    String kernelName();

    /** The weight at squared normalised distance {@code s}, {@code 0 <= s < 1}. */
    double weight(double s);

    /**
     * Replaces {@code s[from..to)} by the weights, in place. The grid sweep calls this once per point and row
     * rather than {@link #weight} once per cell, so the kernel is dispatched once per chord of cells and the loop
     * inside stays monomorphic; built-in kernels override it with a tight loop.
     */
    default void weights(double[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = weight(s[i]);
        }
    }
}
