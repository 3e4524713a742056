package org.geointerp.engine.purbf;

import java.util.function.Consumer;

/**
 * Settings of a partition-of-unity RBF fit. Immutable; change one setting with the {@code with...} methods.
 *
 * @param kernel the local RBF
 * @param shape the kernel's shape parameter; NaN for {@link Kernel#defaultShape()}
 * @param scale what the shape parameter is relative to
 * @param lambda smoothing, {@code >= 0}: added to the diagonal of each local matrix (whose diagonal is 1); 0 is exact
 *     interpolation; NaN lets each patch choose it from its data ({@link #automaticLambda()})
 * @param pointsPerPatch the target ratio n/d of data points to patches; NaN for the paper's {@code 2^(N+1)}
 * @param radiusFactor patch radius over lattice spacing; the paper's rule {@code sqrt(2) / D^(1/N)} is
 *     {@code sqrt(2)} times the spacing {@code 1/D^(1/N)}
 * @param fitRadiusRatio the local interpolant of a patch is fitted to the points within {@code fitRadiusRatio}
 *     times the patch radius ({@code >= 1}; 1 is the paper's rule). Larger values fit each patch to more points
 *     than its weight covers, which makes every local interpolant accurate across its whole weight support, also
 *     near the domain's boundary where the support would otherwise reach beyond the last data points. NaN for
 *     the default: 1.5 in 2D, 1 in 3D and above (there the solve cost, which grows as the ratio to the power 3N,
 *     would dominate)
 * @param patchSpacing the lattice spacing in coordinate units; NaN to derive it from the number of points (the
 *     paper's rule). When given, centres lie on multiples of the spacing, anchored at the coordinate origin, so
 *     two fits over overlapping parts of the data (map tiles) share their patches
 * @param minPointsPerPatch a patch holding fewer data points is grown to the distance of its
 *     {@code minPointsPerPatch}-th nearest point; 0 for the default {@code 2^(N+1)}
 * @param minFitPoints a patch whose fit radius holds fewer data points (a patch at the boundary, or any patch of a
 *     small data set) is fitted to its {@code minFitPoints} nearest points instead; its weight radius stays. 0 for
 *     none, {@link #AUTO_MIN_FIT_POINTS} for {@code 5 * 2^(N+1)} (40 in 2D, 80 in 3D: somewhat below the about 50 and
 *     95 points an interior patch holds with 8 points per patch). Not used with a given patch spacing (it would reach beyond a tile)
 * @param centreMargin lattice centres are kept when they lie within {@code centreMargin * radius} of the domain
 *     (0 is the paper's rule: inside the domain)
 * @param domain where the interpolant has values; null for the convex hull of the data
 * @param extrapolate evaluate everywhere, also outside the domain (patch centres still follow the domain)
 * @param boxMin lower corner of the box the automatic lattice covers; null for the data's bounding box
 * @param boxMax upper corner of that box; null for the data's bounding box
 * @param exactAtData with {@code lambda = 0}: a patch whose system is singular to rounding (a kernel too flat for
 *     the point spacing, as the default's on dense data) gets the flattest steeper kernel that solves it exactly
 *     (residual at most {@link #EXACT_TOLERANCE} of the patch's largest departure from its mean level) instead of
 *     a ridge, so that the surface passes through every data value; not steeper than the fit radius at scaled
 *     distance 2 (a patch that would need more, such as two points a rounding error apart, takes the ridge and is
 *     reported). Costs several factorisations per such patch; false by default, where the ridge keeps more
 *     accuracy between the points (docs/pu-rbf.md)
 */
public record PuRbfOptions(
        Kernel kernel,
        double shape,
        KernelScale scale,
        double lambda,
        double pointsPerPatch,
        double radiusFactor,
        double fitRadiusRatio,
        double patchSpacing,
        int minPointsPerPatch,
        int minFitPoints,
        double centreMargin,
        Domain domain,
        boolean extrapolate,
        double[] boxMin,
        double[] boxMax,
        boolean exactAtData) {

    /** The named settings, for front ends that offer them by name (process parameter {@code preset}). */
    public enum Preset {
        /** {@link #defaults()}: for field data, noisy or not; the kernel's shape per patch, smoothing per patch. */
        ROBUST,
        /** {@link #accurate()}: for smooth, noise-free data; exact, very accurate, amplifies noise. */
        ACCURATE,
        /** {@link #paper()}: the paper's setting (Wendland C2, delta 0.1 on the unit box). */
        PAPER;

        public PuRbfOptions options() {
            return switch (this) {
                case ROBUST -> defaults();
                case ACCURATE -> accurate();
                case PAPER -> paper();
            };
        }

        /**
         * The preset whose patches, fit sets and kernel scale {@code o} has (kernel, shape and lambda aside), or
         * null for none: what a fit reports so that its parameters reproduce it.
         */
        public static Preset of(PuRbfOptions o) {
            for (Preset p : values()) {
                PuRbfOptions q = p.options();
                if (q.scale() == o.scale()
                        && Double.compare(q.pointsPerPatch(), o.pointsPerPatch()) == 0
                        && q.radiusFactor() == o.radiusFactor()
                        && Double.compare(q.fitRadiusRatio(), o.fitRadiusRatio()) == 0
                        && Double.isNaN(o.patchSpacing())
                        && q.minPointsPerPatch() == o.minPointsPerPatch()
                        && q.minFitPoints() == o.minFitPoints()
                        && q.centreMargin() == o.centreMargin()) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * Largest residual {@link #exactAtData} accepts, relative to the patch's largest departure of a value from the
     * patch's mean (relative to the variation, not to an offset the values may share; and per patch, so that two
     * map tiles sharing a patch decide alike).
     */
    public static final double EXACT_TOLERANCE = 5e-9;

    public PuRbfOptions {
        if (kernel == null || scale == null) {
            throw new IllegalArgumentException("kernel, scale: must not be null");
        }
        if (!Double.isNaN(shape) && !(shape > 0 && Double.isFinite(shape))) {
            throw new IllegalArgumentException("shape: must be a positive number, got " + shape);
        }
        if (!Double.isNaN(lambda) && (!(lambda >= 0) || Double.isInfinite(lambda))) {
            throw new IllegalArgumentException(
                    "lambda: must be finite and >= 0 (or NaN: chosen per patch), got " + lambda);
        }
        if (!Double.isNaN(pointsPerPatch) && !(pointsPerPatch >= 1)) {
            throw new IllegalArgumentException("pointsPerPatch: must be >= 1, got " + pointsPerPatch);
        }
        if (!(radiusFactor > 0) || Double.isInfinite(radiusFactor)) {
            throw new IllegalArgumentException("radiusFactor: must be a positive number, got " + radiusFactor);
        }
        if (!Double.isNaN(fitRadiusRatio) && (!(fitRadiusRatio >= 1) || Double.isInfinite(fitRadiusRatio))) {
            throw new IllegalArgumentException("fitRadiusRatio: must be finite and >= 1, got " + fitRadiusRatio);
        }
        if (!Double.isNaN(patchSpacing) && !(patchSpacing > 0 && Double.isFinite(patchSpacing))) {
            throw new IllegalArgumentException("patchSpacing: must be a positive length, got " + patchSpacing);
        }
        if (minPointsPerPatch < 0) {
            throw new IllegalArgumentException("minPointsPerPatch: must be >= 0, got " + minPointsPerPatch);
        }
        if (minFitPoints < 0 && minFitPoints != AUTO_MIN_FIT_POINTS) {
            throw new IllegalArgumentException("minFitPoints: must be >= 0, got " + minFitPoints);
        }
        if (!(centreMargin >= 0) || Double.isInfinite(centreMargin)) {
            throw new IllegalArgumentException("centreMargin: must be finite and >= 0, got " + centreMargin);
        }
        if ((boxMin == null) != (boxMax == null) || (boxMin != null && boxMin.length != boxMax.length)) {
            throw new IllegalArgumentException("boxMin, boxMax: give both, with one value per axis");
        }
        if (exactAtData && lambda > 0) {
            throw new IllegalArgumentException("exactAtData: asks for a surface through the data, but lambda = "
                    + lambda + " asks for smoothing; use one of them");
        }
    }

    /** The paper's setting: Wendland C2 with {@code delta = 0.1} on distances in units of the lattice box. */
    public static PuRbfOptions paper() {
        Copy c = new Copy(accurate());
        c.kernel = Kernel.WENDLAND_C2;
        c.shape = 0.1;
        c.pointsPerPatch = Double.NaN;
        c.minFitPoints = 0;
        c.centreMargin = 0;
        return c.build();
    }

    /**
     * The default, for field data (issue 12): the inverse multiquadric with its shape relative to each patch
     * ({@link KernelScale#PATCH}, {@link Kernel#defaultPatchShape()} 0.7 of the patch's fit radius), so that the
     * local systems' conditioning depends on the arrangement of the points only, not on the unit, the offset or the
     * data's bounding box; and a smoothing chosen per patch from its data ({@code lambda} NaN: the smallest of 0,
     * 1e-6 .. 100 that minimises the patch's leave-one-out error, see {@link #automaticLambda()}). Noise-free data keep
     * {@code lambda = 0} and are interpolated; noisy data, and nearby samples with different readings, are smoothed
     * where they are. Patches, fit sets and centres as in {@link #accurate()}. On smooth data this is less accurate
     * than {@link #accurate()} (the kernel is steeper), on field data far more (docs/pu-rbf.md).
     */
    public static PuRbfOptions defaults() {
        Kernel k = Kernel.INVERSE_MULTIQUADRIC;
        return accurate().withKernel(k, Double.NaN, KernelScale.PATCH).withLambda(Double.NaN);
    }

    /**
     * The setting for smooth, noise-free data (the default before issue 12): the inverse multiquadric with shape 3
     * on the lattice box, exact ({@code lambda = 0}), 8 points per patch in every dimension, each patch fitted to the
     * points within its radius (the paper's rule) but to at least its {@code 5 * 2^(N+1)} nearest points, centres
     * within one radius of the domain. Chosen on the paper's test sets, where it has smaller errors than the paper
     * on all 60 numbers of Tables 1-6, and on 100,000 and 1,000,000 uniform points, where it is faster than the
     * earlier Wendland C4 default at about the same accuracy (the search is in docs/pu-rbf.md). Its local matrices
     * become numerically singular on dense 2D data (from about 1,000 points on the unit square); those patches take
     * the ridge fallback and are reported. On noisy data it is unusable: the flat kernel amplifies the noise (Meuse:
     * leave-one-out RMSE 10.9 against 0.45 for inverse distance weighting).
     */
    public static PuRbfOptions accurate() {
        return new PuRbfOptions(
                Kernel.INVERSE_MULTIQUADRIC,
                Double.NaN,
                KernelScale.BOX,
                0,
                8,
                Math.sqrt(2),
                1,
                Double.NaN,
                0,
                AUTO_MIN_FIT_POINTS,
                COVERING_MARGIN,
                null,
                false,
                null,
                null,
                false);
    }

    /**
     * The setting for a given patch spacing (map tiles): Wendland C4 with the kernel's shape relative to each patch
     * ({@link KernelScale#PATCH}, {@link Kernel#defaultPatchShape()}), so that nothing depends on the extent of the
     * data a tile sees, and patches fitted to the points within 1.5 times their radius in 2D. With a spacing,
     * patches holding too few points are dropped, not grown.
     */
    public static PuRbfOptions tiled(double patchSpacing) {
        Copy c = new Copy(accurate());
        c.kernel = Kernel.WENDLAND_C4;
        c.shape = c.kernel.defaultPatchShape();
        c.scale = KernelScale.PATCH;
        c.lambda = Double.NaN;
        c.pointsPerPatch = Double.NaN;
        c.fitRadiusRatio = Double.NaN;
        c.patchSpacing = patchSpacing;
        c.minFitPoints = 0;
        return c.build();
    }

    /** {@link #minFitPoints}: {@code 5 * 2^(N+1)} in dimension N. */
    public static final int AUTO_MIN_FIT_POINTS = -1;

    /**
     * The default centre margin, chosen so that every point of the domain is covered by a patch: such a point has a
     * lattice node within half a cell diagonal ({@code sqrt(N)/2} spacings), that node lies within that distance of
     * the domain and so is kept, and the patch radius exceeds it. With the automatic lattice (spacing
     * {@code L/(q-1)}, radius {@code sqrt(2) L/q}) this holds in 2D and 3D from 3 nodes per axis on.
     */
    public static final double COVERING_MARGIN = 1.0;

    /** The fit radius ratio in effect for points of dimension {@code dim}. */
    public double effectiveFitRadiusRatio(int dim) {
        return Double.isNaN(fitRadiusRatio) ? (dim <= 2 ? 1.5 : 1) : fitRadiusRatio;
    }

    /** The minimum number of points a patch is fitted to, in dimension {@code dim}; 0 for none. */
    public int effectiveMinFitPoints(int dim) {
        return minFitPoints == AUTO_MIN_FIT_POINTS ? 5 << (dim + 1) : minFitPoints;
    }

    /** The shape parameter in effect: the given one, else the kernel's default for the {@link #scale}. */
    public double effectiveShape() {
        if (!Double.isNaN(shape)) {
            return shape;
        }
        return scale == KernelScale.PATCH ? kernel.defaultPatchShape() : kernel.defaultShape();
    }

    /**
     * True when each patch chooses its own smoothing: {@code lambda} NaN and no {@link #exactAtData} (which asks for
     * {@code lambda = 0}). The choice minimises the patch's leave-one-out error in closed form (Rippa 1999), each
     * point weighted by the patch's partition-of-unity weight there, over 0 and the powers of ten from 1e-6 to 100; a
     * larger candidate must lower that error by 10 %, so noise-free data keep 0.
     */
    public boolean automaticLambda() {
        return Double.isNaN(lambda) && !exactAtData;
    }

    public PuRbfOptions withLambda(double l) {
        return with(c -> c.lambda = l);
    }

    public PuRbfOptions withExactAtData(boolean exact) {
        return with(c -> c.exactAtData = exact);
    }

    public PuRbfOptions withKernel(Kernel k, double s, KernelScale sc) {
        return with(c -> {
            c.kernel = k;
            c.shape = s;
            c.scale = sc;
        });
    }

    public PuRbfOptions withFitRadiusRatio(double ratio) {
        return with(c -> c.fitRadiusRatio = ratio);
    }

    public PuRbfOptions withMinFitPoints(int k) {
        return with(c -> c.minFitPoints = k);
    }

    public PuRbfOptions withPatchSpacing(double spacing) {
        return with(c -> c.patchSpacing = spacing);
    }

    public PuRbfOptions withPatches(double perPatch, double factor, int minPoints, double margin) {
        return with(c -> {
            c.pointsPerPatch = perPatch;
            c.radiusFactor = factor;
            c.minPointsPerPatch = minPoints;
            c.centreMargin = margin;
        });
    }

    public PuRbfOptions withDomain(Domain d, boolean extrap) {
        return with(c -> {
            c.domain = d;
            c.extrapolate = extrap;
        });
    }

    public PuRbfOptions withBox(double[] lo, double[] hi) {
        return with(c -> {
            c.boxMin = lo;
            c.boxMax = hi;
        });
    }

    /** These options with the settings {@code change} sets; the record's constructor checks them together. */
    private PuRbfOptions with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /**
     * A mutable copy of every setting, so that each {@code with...} method names only the settings it changes and
     * the record's constructor (which checks the settings together) is called in one place.
     */
    private static final class Copy {
        private Kernel kernel;
        private double shape;
        private KernelScale scale;
        private double lambda;
        private double pointsPerPatch;
        private double radiusFactor;
        private double fitRadiusRatio;
        private double patchSpacing;
        private int minPointsPerPatch;
        private int minFitPoints;
        private double centreMargin;
        private Domain domain;
        private boolean extrapolate;
        private double[] boxMin;
        private double[] boxMax;
        private boolean exactAtData;

        Copy(PuRbfOptions o) {
            kernel = o.kernel;
            shape = o.shape;
            scale = o.scale;
            lambda = o.lambda;
            pointsPerPatch = o.pointsPerPatch;
            radiusFactor = o.radiusFactor;
            fitRadiusRatio = o.fitRadiusRatio;
            patchSpacing = o.patchSpacing;
            minPointsPerPatch = o.minPointsPerPatch;
            minFitPoints = o.minFitPoints;
            centreMargin = o.centreMargin;
            domain = o.domain;
            extrapolate = o.extrapolate;
            boxMin = o.boxMin;
            boxMax = o.boxMax;
            exactAtData = o.exactAtData;
        }

        PuRbfOptions build() {
            return new PuRbfOptions(
                    kernel,
                    shape,
                    scale,
                    lambda,
                    pointsPerPatch,
                    radiusFactor,
                    fitRadiusRatio,
                    patchSpacing,
                    minPointsPerPatch,
                    minFitPoints,
                    centreMargin,
                    domain,
                    extrapolate,
                    boxMin,
                    boxMax,
                    exactAtData);
        }
    }
}
