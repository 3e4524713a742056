package org.geointerp.engine.akima;

/**
 * Settings of Akima's TOMS 761 interpolation.
 *
 * @param extrapolate when true, values outside the triangulated area come from Appendix B's extrapolation
 *     polynomials (meant for the vicinity of the data); when false they are NaN
 */
public record AkimaOptions(boolean extrapolate) {

    /** No extrapolation: cells outside the data's triangles have no value. */
    public static AkimaOptions defaults() {
        return new AkimaOptions(false);
    }

    public AkimaOptions withExtrapolate(boolean on) {
        return new AkimaOptions(on);
    }
}
