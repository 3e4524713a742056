package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rounding to fewer mantissa bits against an independent computation in double precision. */
class MantissaRoundingTest {

    /**
     * The nearest float with {@code k} low mantissa bits zero, ties away from zero, computed in double: the spacing
     * of such values in x's binade is {@code q = ulp(x) * 2^k}, and {@code x / q} and the rounding are exact in
     * double because x has 24 significant bits.
     */
    static double nearestOnKeptBits(float x, int k) {
        double q = Math.scalb((double) Math.ulp(x), k);
        double m = Math.abs(x) / q;
        return Math.copySign(Math.floor(m + 0.5) * q, x);
    }

    private static float round(MantissaRounding r, float v) {
        return Float.intBitsToFloat(r.round(Float.floatToRawIntBits(v)));
    }

    @Test
    void everyNormalValueGoesToTheNearestOnTheKeptBitsWithinTheBound() {
        Random random = new Random(15);
        for (int k = 1; k <= MantissaRounding.MAX_DISCARDED_BITS; k++) {
            MantissaRounding r = new MantissaRounding(k, -9999f);
            double u = Math.scalb(1.0, k - 24); // half an ulp of the 24 - k kept bits, relative to 1
            // the sharp bound of rounding to nearest: the error reaches u 2^e only at x >= (1 + u) 2^e
            double bound = u / (1 + u);
            double worst = 0;
            for (int i = 0; i < 200_000; i++) {
                float x = Float.intBitsToFloat(random.nextInt());
                if (!Float.isFinite(x) || Math.abs(x) < Float.MIN_NORMAL || Math.abs(x) > 1e38f || x == -9999f) {
                    continue;
                }
                float got = round(r, x);
                assertEquals(nearestOnKeptBits(x, k), got, 0.0, "k=" + k + " x=" + x);
                double rel = Math.abs((double) got - x) / Math.abs(x);
                assertTrue(rel <= bound, "k=" + k + " x=" + x + " relative error " + rel);
                worst = Math.max(worst, rel);
            }
            assertTrue(worst > 0.95 * bound, "k=" + k + ": the bound is reached, not loose: " + worst);
        }
    }

    @Test
    void tiesGoAwayFromZeroAndCarryIntoTheExponent() {
        MantissaRounding r = new MantissaRounding(8, Float.NaN);
        float tie = 1f + 0x80 * Math.ulp(1f); // discarded bits exactly half
        assertEquals(1f + 0x100 * Math.ulp(1f), round(r, tie), 0f);
        assertEquals(-(1f + 0x100 * Math.ulp(1f)), round(r, -tie), 0f);
        assertEquals(2f, round(r, Math.nextDown(2f)), 0f, "all mantissa bits set round up to the next power of two");
        assertEquals(1f, round(r, 1f + 0x7F * Math.ulp(1f)), 0f, "below half rounds down");
    }

    @Test
    void specialValuesAndNoDataAreWrittenUnchanged() {
        float noData = -9999f;
        MantissaRounding r = new MantissaRounding(8, noData);
        // -9999 has 14 significant bits, so at 8 discarded bits its neighbour would round onto it and be masked
        float nearNoData = Math.nextUp(noData);
        float[] unchanged = {
            Float.NaN,
            Float.intBitsToFloat(0x7FC0_1234), // a NaN with a payload
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            0f,
            -0f,
            Float.MIN_VALUE,
            3 * Float.MIN_VALUE + Float.MIN_VALUE / 2, // subnormal
            Math.nextDown(Float.MIN_NORMAL),
            noData,
            nearNoData,
            Float.MAX_VALUE, // would round up to infinity
            -Float.MAX_VALUE
        };
        for (float v : unchanged) {
            assertEquals(Float.floatToRawIntBits(v), r.round(Float.floatToRawIntBits(v)), "unchanged: " + v);
        }
        assertEquals(1f, round(r, Math.nextUp(1f)), 0f, "a normal value is rounded");
        MantissaRounding coarse = new MantissaRounding(16, noData);
        assertEquals(-9984f, round(coarse, nearNoData), 0f, "at 16 bits -9999 is not on the grid: rounded as usual");
    }

    @Test
    void zeroBitsChangesNothing() {
        MantissaRounding r = new MantissaRounding(0, -9999f);
        Random random = new Random(2);
        for (int i = 0; i < 10_000; i++) {
            int bits = random.nextInt();
            assertEquals(bits, r.round(bits));
        }
    }

    @Test
    void badNumbersOfBitsAreRefusedNamingTheParameter() {
        for (int k : new int[] {-1, 23, 52}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeoTiffOptions.defaults()
                    .withDiscardedBits(k));
            assertEquals("discardedBits: must be 0 to 22 for float32 samples, got " + k, e.getMessage());
        }
        assertEquals(
                Math.scalb(1.0, -16),
                GeoTiffOptions.defaults().withDiscardedBits(8).relativeErrorBound());
        assertEquals(0.0, GeoTiffOptions.defaults().relativeErrorBound());
    }
}
