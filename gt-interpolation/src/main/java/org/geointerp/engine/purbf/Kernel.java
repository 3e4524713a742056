package org.geointerp.engine.purbf;

/**
 * Radial basis functions for the local interpolants, all normalised to {@code phi(0) = 1} so that a smoothing
 * parameter {@code lambda} added to the diagonal means the same for every kernel. Each is evaluated at the scaled
 * distance {@code t = shape * r / length}, where {@code length} is set by {@link KernelScale}.
 *
 * <p>All four are strictly positive definite in dimensions 1 to 3 (the Wendland functions by construction, the
 * Gaussian and the inverse multiquadric in every dimension), so the local matrices admit a Cholesky factorisation.
 */
public enum Kernel {

    /** Wendland's C2 function {@code (1 - t)_+^4 (4t + 1)}: the paper's choice (Cavoretto et al., Sect. 4). */
    WENDLAND_C2(0.1, 0.05) {
        @Override
        public double value(double t) {
            if (t >= 1) {
                return 0;
            }
            double u = 1 - t;
            double u2 = u * u;
            return u2 * u2 * (4 * t + 1);
        }
    },

    /** Wendland's C4 function {@code (1 - t)_+^6 (35 t^2 + 18 t + 3) / 3}: smoother, one order more accurate. */
    WENDLAND_C4(0.5, 0.1) {
        @Override
        public double value(double t) {
            if (t >= 1) {
                return 0;
            }
            double u = 1 - t;
            double u3 = u * u * u;
            return u3 * u3 * ((35 * t + 18) * t + 3) / 3;
        }
    },

    /** The Gaussian {@code exp(-t^2)}. */
    GAUSSIAN(10, 0.7) {
        @Override
        public double value(double t) {
            return Math.exp(-t * t);
        }

        @Override
        public double ofSquared(double t2) {
            return Math.exp(-t2);
        }
    },

    /** The inverse multiquadric {@code 1 / sqrt(1 + t^2)}. */
    INVERSE_MULTIQUADRIC(3, 0.7) {
        @Override
        public double value(double t) {
            return 1 / Math.sqrt(1 + t * t);
        }

        @Override
        public double ofSquared(double t2) {
            return 1 / Math.sqrt(1 + t2);
        }

        @Override
        void ofSquared(double[] a, int from, int to, double scale2) {
            // the same formula as above, written out so that C2 vectorises the loop (square root and division
            // four at a time): 5.2 -> 2.7 us for the 1,225 entries of a 50-point patch matrix
            for (int j = from; j < to; j++) {
                a[j] = 1 / Math.sqrt(1 + scale2 * a[j]);
            }
        }

        @Override
        void addRow(double[] acc, double[] xs, int from, int to, double px, double dy2, double scale2, double c) {
            // written out for C2's vectoriser, as above; c * (1 / ...) rounds as the point path does
            for (int col = from; col < to; col++) {
                double dx = xs[col] - px;
                acc[col] += c * (1 / Math.sqrt(1 + scale2 * (dx * dx + dy2)));
            }
        }
    };

    private final double defaultShape;
    private final double defaultPatchShape;

    Kernel(double defaultShape, double defaultPatchShape) {
        this.defaultShape = defaultShape;
        this.defaultPatchShape = defaultPatchShape;
    }

    /** The kernel at scaled distance {@code t >= 0}. */
    public abstract double value(double t);

    /**
     * The kernel at the square {@code t2} of the scaled distance: the hot loops have squared distances, and the
     * Gaussian and the inverse multiquadric need no square root of them (a third of an IMQ evaluation).
     */
    public double ofSquared(double t2) {
        return value(Math.sqrt(t2));
    }

    /**
     * Replaces each squared distance {@code a[j]}, {@code from <= j < to}, by the kernel at the squared scaled
     * distance {@code scale2 * a[j]}: the local matrices are filled a row at a time.
     */
    void ofSquared(double[] a, int from, int to, double scale2) {
        for (int j = from; j < to; j++) {
            a[j] = ofSquared(scale2 * a[j]);
        }
    }

    /**
     * Adds {@code c} times the kernel at the point {@code (px, py)} to {@code acc[col]} for the points
     * {@code (xs[col], y)}, {@code from <= col < to}, with {@code dy2 = (y - py)^2} and distances scaled by
     * {@code sqrt(scale2)}: a grid row's chord of one patch term.
     */
    void addRow(double[] acc, double[] xs, int from, int to, double px, double dy2, double scale2, double c) {
        for (int col = from; col < to; col++) {
            double dx = xs[col] - px;
            acc[col] += c * ofSquared(scale2 * (dx * dx + dy2));
        }
    }

    /**
     * The default shape parameter, meant with {@link KernelScale#BOX} (distances in units of the longest side of
     * the lattice box). Small values make the kernels flat over a patch: on smooth data a flat kernel behaves like
     * a high-degree local polynomial, which is why these defaults are small. C2's is the paper's; the others were
     * chosen on the paper's test sets (docs/pu-rbf.md). The Gaussian and the inverse multiquadric get flat
     * matrices sooner: with many points per patch some patches then need the ridge fallback.
     */
    public double defaultShape() {
        return defaultShape;
    }

    /**
     * The default shape parameter with {@link KernelScale#PATCH} (distances in units of each patch's fit radius),
     * used with a given patch spacing. The Wendland functions are well conditioned even when flat over a patch;
     * the Gaussian and the inverse multiquadric are infinitely smooth, so their matrices become singular to
     * rounding much sooner and need a steeper kernel. Chosen on the paper's 2D test sets with a spacing of twice
     * the mean point distance: the flattest values without fallbacks (docs/pu-rbf.md).
     */
    public double defaultPatchShape() {
        return defaultPatchShape;
    }
}
