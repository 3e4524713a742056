package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written exponential against {@code StrictMath.exp} over the whole range the kernels use. */
class FastExpTest {

    /** Relative error bound: 4 ulps of 1 (about 8.9e-16). */
    private static final double TOLERANCE = 4 * Math.ulp(1.0);

    private static void check(double x) {
        double expected = StrictMath.exp(x);
        double got = FastExp.exp(x);
        // subnormal results (x below about -708, handed to Math.exp) have an absolute precision of MIN_VALUE
        double tolerance = Math.max(TOLERANCE * expected, 4 * Double.MIN_VALUE);
        assertTrue(Math.abs(got - expected) <= tolerance, "exp(" + x + "): " + got + " vs " + expected);
        assertTrue(got <= 1, "exp(" + x + ") = " + got + " above 1");
    }

    @Test
    void withinFourUlpsEverywhere() {
        Random r = new Random(12);
        for (int i = 0; i < 1_000_000; i++) {
            check(-r.nextDouble() * 750);
            check(-r.nextDouble() * 2);
            check(-r.nextDouble() * 1e-6);
        }
        // table and range boundaries: multiples of ln2 / 64 and their neighbours
        for (int n = 0; n < 64 * 1011; n += 7) {
            double x = -n * Math.log(2) / 64;
            check(x);
            check(Math.nextUp(x) > 0 ? x : Math.nextUp(x));
            check(Math.nextDown(x));
        }
        check(FastExp.LOWEST);
        check(Math.nextDown(FastExp.LOWEST));
    }

    @Test
    void exactAtZeroAndLimits() {
        assertEquals(1.0, FastExp.exp(0), 0.0);
        assertEquals(1.0, FastExp.exp(-0.0), 0.0);
        assertEquals(0.0, FastExp.exp(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(0.0, FastExp.exp(-800), 0.0);
        assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
    }
}
