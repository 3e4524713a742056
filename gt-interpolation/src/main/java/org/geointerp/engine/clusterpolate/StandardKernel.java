package org.geointerp.engine.clusterpolate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The built-in kernels, all with {@code k(0) = 1} exactly and {@code 0 <= k <= 1} for {@code d < r}. Below,
 * {@code s = (d/r)^2 = d2 / r2}.
 */
public enum StandardKernel implements ClusterpolateKernel {

    /**
     * The clusterpolate package's default: {@code e * exp(-1 / (1 - s))}. Computed as the equal
     * {@code exp(-d2 / (r2 - d2))} (the exponents differ by exactly 1, and {@code s / (1 - s) = d2 / (r2 - d2)}):
     * the package's form rounds to 1.0000000000000002 at {@code d = 0}, which would put membership above 1; this
     * one is exactly 1 there and never above, needs one division instead of two, and {@code r2 - d2} is exact near
     * the radius. The exponential is {@link FastExp}, within a few ulps of {@code Math.exp}. It agrees with the
     * package's to a few ulps.
     */
    BUMP("bump") {
        @Override
        public double weight(double d2, double r2) {
            return FastExp.exp(-d2 / (r2 - d2));
        }

        @Override
        public void weights(double[] d2, int from, int to, double r2) {
            for (int i = from; i < to; i++) {
                double v = d2[i];
                d2[i] = FastExp.exp(-v / (r2 - v));
            }
        }
    },

    /** Epanechnikov's parabola {@code 1 - s}, scaled to 1 at the centre. */
    EPANECHNIKOV("epanechnikov") {
        @Override
        public double weight(double d2, double r2) {
            return (r2 - d2) / r2;
        }

        @Override
        public void weights(double[] d2, int from, int to, double r2) {
            for (int i = from; i < to; i++) {
                d2[i] = (r2 - d2[i]) / r2;
            }
        }
    },

    /** The triweight {@code (1 - s)^3}, scaled to 1 at the centre; smooth (C2) at the radius. */
    TRIWEIGHT("triweight") {
        @Override
        public double weight(double d2, double r2) {
            double t = (r2 - d2) / r2;
            return t * t * t;
        }

        @Override
        public void weights(double[] d2, int from, int to, double r2) {
            for (int i = from; i < to; i++) {
                double t = (r2 - d2[i]) / r2;
                d2[i] = t * t * t;
            }
        }
    },

    /**
     * A Gaussian with standard deviation {@code r / 3}, cut off at the radius: {@code exp(-4.5 s)}. At the radius
     * it has fallen to {@code exp(-4.5) ~ 0.011}, so the surface has a small step there (as every truncated
     * Gaussian does).
     */
    GAUSSIAN("gaussian") {
        @Override
        public double weight(double d2, double r2) {
            return FastExp.exp(-HALF_INVERSE_SIGMA_SQUARED * (d2 / r2));
        }

        @Override
        public void weights(double[] d2, int from, int to, double r2) {
            for (int i = from; i < to; i++) {
                d2[i] = FastExp.exp(-HALF_INVERSE_SIGMA_SQUARED * (d2[i] / r2));
            }
        }
    };

    /** {@code 1 / (2 sigma^2)} in units of the radius, for {@code sigma = r / 3}. */
    private static final double HALF_INVERSE_SIGMA_SQUARED = 4.5;

    private final String kernelName;

    StandardKernel(String kernelName) {
        this.kernelName = kernelName;
    }

    @Override
    public String kernelName() {
        return kernelName;
    }

    @Override
    public String toString() {
        return kernelName;
    }

    /** The kernel called {@code name} (case-insensitive, surrounding blanks ignored). */
    public static StandardKernel byName(String name) {
        if (name != null) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            for (StandardKernel k : values()) {
                if (k.kernelName.equals(key)) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("kernel: unknown kernel '" + name + "'; known kernels: " + names());
    }

    /** The known names, comma-separated, for messages and parameter descriptions. */
    public static String names() {
        return Arrays.stream(values()).map(k -> k.kernelName).collect(Collectors.joining(", "));
    }
}
