package org.geointerp.engine.akima;

/**
 * Settings of Akima's TOMS 761 interpolation.
 *
 * @param extrapolate when true, values outside the triangulated area come from Appendix B's extrapolation
 *     polynomials (meant for the vicinity of the data); when false they are NaN
 * @param frame the frame of the whole data set when the points fitted are a part of it (a map tile and its halo);
 *     null to take the frame from the points fitted
 */
public record AkimaOptions(boolean extrapolate, DataFrame frame) {

    /** Without a fixed frame. */
    public AkimaOptions(boolean extrapolate) {
        this(extrapolate, null);
    }

    /** No extrapolation: cells outside the data's triangles have no value. */
    public static AkimaOptions defaults() {
        return new AkimaOptions(false);
    }

    public AkimaOptions withExtrapolate(boolean on) {
        return new AkimaOptions(on, frame);
    }

    /**
     * The same settings, fitting in the frame of a larger data set: a fit to a tile's points then makes the choices
     * a fit to all the points makes (the coordinate frame every computation runs in, and the density the local
     * fits' condition test is scaled by), so the tile's surface is the whole surface wherever the tile holds every
     * point the surface depends on.
     */
    public AkimaOptions withFrame(DataFrame f) {
        return new AkimaOptions(extrapolate, f);
    }

    /**
     * What Akima's fit takes from the whole data set: its bounding box (the frame's origin and scale) and its number
     * of distinct locations (the density of the local fits' condition test).
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
