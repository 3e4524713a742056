package org.geointerp.engine.clusterpolate;

import java.util.function.DoubleUnaryOperator;

/**
 * A kernel supplied through the Java API as a function of the normalised distance {@code u = d / r} in [0, 1),
 * the form the clusterpolate package's kernel factories use. It is checked once, on construction, on a fine set of
 * distances: {@code k(0)} must be 1 (to {@link #CENTRE_TOLERANCE}, so a formula that rounds to
 * 1.0000000000000002 such as the package's own bump is accepted) and every sampled weight must be finite and in
 * [0, 1]. Weights are then divided by {@code k(0)} and clamped to [0, 1], so membership is exactly 1 at data
 * points and never leaves [0, 1] even between the samples.
 */
public final class UserKernel implements ClusterpolateKernel {

    /** How far {@code k(0)} may be from 1: a few rounding errors of a closed formula, nothing more. */
    public static final double CENTRE_TOLERANCE = 1e-12;

    /** Number of sample distances in [0, 1) checked on construction. */
    private static final int SAMPLES = 1024;

    private final String name;
    private final DoubleUnaryOperator ofDistance;
    private final double centre;

    /**
     * @param name a short name for messages and metadata
     * @param ofNormalisedDistance {@code k(u)} for {@code u = d / r} in [0, 1)
     * @throws IllegalArgumentException if {@code k(0) != 1} or a sampled weight is not in [0, 1]
     */
    public UserKernel(String name, DoubleUnaryOperator ofNormalisedDistance) {
        if (ofNormalisedDistance == null) {
            throw new IllegalArgumentException("kernel: the kernel function must not be null");
        }
        this.name = name == null || name.isBlank() ? "user" : name.strip();
        this.ofDistance = ofNormalisedDistance;
        double k0 = ofNormalisedDistance.applyAsDouble(0);
        if (!(Math.abs(k0 - 1) <= CENTRE_TOLERANCE)) {
            throw new IllegalArgumentException(
                    "kernel: user kernel '" + this.name + "' must have k(0) = 1, got k(0) = " + k0);
        }
        this.centre = k0;
        for (int i = 1; i < SAMPLES; i++) {
            double u = (double) i / SAMPLES;
            double k = ofNormalisedDistance.applyAsDouble(u);
            if (!(k >= 0 && k <= k0)) {
                throw new IllegalArgumentException("kernel: user kernel '" + this.name
                        + "' must give weights in [0, 1] for distances below the radius, got k(" + u + ") = " + k);
            }
        }
    }

    @Override
    public String kernelName() {
        return name;
    }

    @Override
    public double weight(double d2, double r2) {
        double k = ofDistance.applyAsDouble(Math.sqrt(d2 / r2)) / centre;
        // clamped because only samples were checked; NaN (a broken function) counts as no weight
        return k >= 1 ? 1 : (k > 0 ? k : 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
