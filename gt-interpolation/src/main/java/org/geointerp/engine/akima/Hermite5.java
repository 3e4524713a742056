package org.geointerp.engine.akima;

/**
 * The quintic on [0, 1] with given value, first and second derivative at both ends: with the lower three
 * coefficients fixed by the data at 0, the upper three follow from the residuals at 1.
 */
final class Hermite5 {

    private Hermite5() {}

    /**
     * Writes c3, c4, c5 of p(s) = c0 + c1 s + c2 s^2 + c3 s^3 + c4 s^4 + c5 s^5 to {@code out[off..off+2]}, given
     * c0, c1, c2 and p(1), p'(1), p''(1).
     */
    static void upper(double c0, double c1, double c2, double f1, double d1, double dd1, double[] out, int off) {
        double h1 = f1 - c0 - c1 - c2;
        double h2 = d1 - c1 - 2 * c2;
        double h3 = dd1 - 2 * c2;
        out[off] = 10 * h1 - 4 * h2 + 0.5 * h3;
        out[off + 1] = -15 * h1 + 7 * h2 - h3;
        out[off + 2] = 6 * h1 - 3 * h2 + 0.5 * h3;
    }
}
