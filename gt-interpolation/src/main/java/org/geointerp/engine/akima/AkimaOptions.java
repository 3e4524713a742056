package org.geointerp.engine.akima;

/**
 * Settings of Akima's TOMS 761 interpolation.
 *
 * @param extrapolate when true, values outside the triangulated area come from Appendix B's extrapolation
 *     polynomials (meant for the vicinity of the data); when false they are NaN
 * @param preset how the partial derivatives at the data points are estimated and which samples count as one
 *     location: {@link Preset#ROBUST} (the default, for field data) or {@link Preset#PAPER} (Akima's)
 * @param frame the frame of the whole data set when the points fitted are a part of it (a map tile and its halo);
 *     null to take the frame from the points fitted
 */
public record AkimaOptions(boolean extrapolate, Preset preset, DataFrame frame) {

    /**
     * Named settings. Both build the same triangulation and quintic patches (Akima 1978, 1996); they differ in the
     * primary estimates of the partial derivatives at the data points and in the merging of near-coincident samples
     * (docs/akima.md has the figures behind the choice).
     */
    public enum Preset {
        /**
         * For field data, noisy or not: each point's primary estimates from a least-squares quadratic through the
         * point and its 11 nearest neighbours (reproduces quadratics exactly, smooths noise instead of amplifying
         * it); samples closer than {@link AkimaInterpolator#NEAR_DUPLICATE} times the data's mean spacing are merged
         * into one location with their mean value (counted in the fit's summary).
         */
        ROBUST,
        /**
         * Akima's TOMS 761: interpolating cubics through each point and its 9 nearest neighbours (reproduces cubics,
         * Table I of the paper); only coincident samples merged. Amplifies noise and breaks on near-duplicates.
         */
        PAPER
    }

    public AkimaOptions {
        if (preset == null) {
            throw new IllegalArgumentException("preset: must be one of ROBUST, PAPER, got null");
        }
    }

    /** The default preset, without a fixed frame. */
    public AkimaOptions(boolean extrapolate) {
        this(extrapolate, Preset.ROBUST, null);
    }

    /** No extrapolation: cells outside the data's triangles have no value; {@link Preset#ROBUST}. */
    public static AkimaOptions defaults() {
        return new AkimaOptions(false);
    }

    /** Akima's own setting (TOMS 761), without extrapolation: what his Table I was computed with. */
    public static AkimaOptions paper() {
        return new AkimaOptions(false, Preset.PAPER, null);
    }

    public AkimaOptions withExtrapolate(boolean on) {
        return new AkimaOptions(on, preset, frame);
    }

    public AkimaOptions withPreset(Preset p) {
        return new AkimaOptions(extrapolate, p, frame);
    }

    /**
     * The same settings, fitting in the frame of a larger data set: a fit to a tile's points then makes the choices
     * a fit to all the points makes (the coordinate frame every computation runs in, the density the local fits'
     * condition test is scaled by and the near-duplicate tolerance is relative to), so the tile's surface is the
     * whole surface wherever the tile holds every point the surface depends on.
     */
    public AkimaOptions withFrame(DataFrame f) {
        return new AkimaOptions(extrapolate, preset, f);
    }

    /**
     * What Akima's fit takes from the whole data set: its bounding box (the frame's origin and scale) and its number
     * of distinct locations (the density of the local fits' condition test and of the near-duplicate tolerance).
     *
     * @param points distinct locations of the whole data set (coincident points counted once)
     */
    public record DataFrame(double minX, double minY, double maxX, double maxY, long points) {

        public DataFrame {
            if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))
                    || maxX < minX
                    || maxY < minY) {
                throw new IllegalArgumentException("frame: a finite bounding box is required, got [" + minX + ", "
                        + minY + ", " + maxX + ", " + maxY + "]");
            }
            if (points < 1) {
                throw new IllegalArgumentException("frame: at least one point is required, got " + points);
            }
        }
    }
}
