package org.geointerp.testing;

import java.util.function.DoubleBinaryOperator;

/**
 * The test functions the papers measure with, written once for the tests and (through the test jar) the
 * benchmarks: Franke's six functions on the unit square as Akima (1996, Appendix C) lists them after Franke (1979),
 * Franke's 3D function of Cavoretto, De Rossi and Perracchione (Sect. 4), and the radical inverse behind their
 * Halton points.
 */
public final class TestFunctions {

    private TestFunctions() {}

    /** Franke's function F1 on the unit square. */
    public static double franke(double x, double y) {
        double u = 9 * x;
        double v = 9 * y;
        return 0.75 * Math.exp(-((u - 2) * (u - 2) + (v - 2) * (v - 2)) / 4)
                + 0.75 * Math.exp(-(u + 1) * (u + 1) / 49 - (v + 1) / 10)
                + 0.5 * Math.exp(-((u - 7) * (u - 7) + (v - 3) * (v - 3)) / 4)
                - 0.2 * Math.exp(-(u - 4) * (u - 4) - (v - 7) * (v - 7));
    }

    /** Franke's function in 3D on the unit cube (Cavoretto, De Rossi, Perracchione, Sect. 4). */
    public static double franke(double x, double y, double z) {
        double u = 9 * x;
        double v = 9 * y;
        double w = 9 * z;
        return 0.75 * Math.exp(-((u - 2) * (u - 2) + (v - 2) * (v - 2) + (w - 2) * (w - 2)) / 4)
                + 0.75 * Math.exp(-(u + 1) * (u + 1) / 49 - (v + 1) / 10 - (w + 1) / 10)
                + 0.5 * Math.exp(-((u - 7) * (u - 7) + (v - 3) * (v - 3) + (w - 5) * (w - 5)) / 4)
                - 0.2 * Math.exp(-(u - 4) * (u - 4) - (v - 7) * (v - 7) - (w - 5) * (w - 5));
    }

    /** Franke's six functions F1 .. F6 (Akima 1996, Appendix C): index 0 is {@link #franke(double, double)}. */
    public static DoubleBinaryOperator[] frankeFunctions() {
        return new DoubleBinaryOperator[] {
            TestFunctions::franke,
            (x, y) -> (Math.tanh(9 * y - 9 * x) + 1) / 9,
            (x, y) -> (1.25 + Math.cos(5.4 * y)) / (6 * (1 + (3 * x - 1) * (3 * x - 1))),
            (x, y) -> Math.exp(-81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) / 16) / 3,
            (x, y) -> Math.exp(-81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5)) / 4) / 3,
            (x, y) -> Math.sqrt(64 - 81 * ((x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5))) / 9 - 0.5,
        };
    }

    /**
     * The radical inverse r_b(i) of the Halton sequence, as an exact fraction rounded once to double: numerator and
     * denominator stay below 2^53, so both are exact doubles and the (correctly rounded) division rounds the exact
     * fraction once.
     */
    public static double radicalInverse(int i, int b) {
        long num = 0;
        long den = 1;
        while (i > 0) {
            num = num * b + i % b;
            den *= b;
            i /= b;
        }
        return (double) num / den;
    }
}
