package org.geointerp.output;

/**
 * Rounds float32 samples to fewer significant bits, as GDAL's GTiff creation option {@code DISCARD_LSB} does: the
 * {@code k} lowest of the 23 stored mantissa bits become zero, so the floating-point predictor turns them into runs
 * of zeros that DEFLATE packs, at the price of a bounded error.
 *
 * <p>Rounding is to nearest (ties away from zero) on the kept {@code 24 - k} significant bits: adding half of the
 * discarded range to the raw bits and clearing them carries into the exponent when the mantissa overflows, which
 * is the correct next power of two. A normal value {@code x} is written as {@code x'} with
 * {@code |x' - x| <= 2^-(24-k) * |x|}: the error is at most half a unit in the last kept place, {@code u 2^e} with
 * {@code u = 2^-(24-k)}, and {@code |x| >= 2^e} in its binade. (The sharp bound is {@code u / (1 + u)}: the error
 * reaches {@code u 2^e} only for {@code |x| >= (1 + u) 2^e}.)
 *
 * <p>Written unchanged, so the bound holds for every cell and nothing changes meaning: NaN, the infinities, the
 * nodata value (readers mask it by exact equality), zeros and subnormals (they have fewer significant bits, so the
 * relative bound would not hold), a value that would round onto the nodata value (it would be masked) and a value
 * that would round up to infinity.
 */
final class MantissaRounding {

    /** The most bits that may be discarded from a float32: one significant bit stays besides the implicit one. */
    static final int MAX_DISCARDED_BITS = 22;

    private static final int EXPONENT_MASK = 0x7F80_0000;

    private final int discarded;
    private final int half;
    private final int keep;
    private final int noDataBits;
    private final boolean hasNoData;

    /**
     * @param discarded the number of low mantissa bits discarded, 0 (nothing changes) to {@link #MAX_DISCARDED_BITS}
     * @param noData the nodata value as written (a float), never changed; NaN for none
     */
    MantissaRounding(int discarded, float noData) {
        this.discarded = checked(discarded);
        this.half = discarded == 0 ? 0 : 1 << (discarded - 1);
        this.keep = -(1 << discarded);
        this.hasNoData = !Float.isNaN(noData);
        this.noDataBits = Float.floatToRawIntBits(noData);
    }

    /** {@code k} if it is a valid number of discarded bits, else an IllegalArgumentException naming it. */
    static int checked(int k) {
        if (k < 0 || k > MAX_DISCARDED_BITS) {
            throw new IllegalArgumentException(
                    "discardedBits: must be 0 to " + MAX_DISCARDED_BITS + " for float32 samples, got " + k);
        }
        return k;
    }

    /** The relative error bound of {@code k} discarded bits: {@code 2^-(24-k)}, 0 for {@code k = 0}. */
    static double relativeErrorBound(int k) {
        return k == 0 ? 0 : Math.scalb(1.0, k - 24);
    }

    /** The raw bits of the sample {@code bits} (a float's raw int bits) as written. */
    int round(int bits) {
        if (discarded == 0) {
            return bits;
        }
        int exponent = bits & EXPONENT_MASK;
        if (exponent == 0 || exponent == EXPONENT_MASK || (hasNoData && bits == noDataBits)) {
            return bits; // zero, subnormal, infinity, NaN, nodata
        }
        int rounded = (bits + half) & keep;
        if ((rounded & EXPONENT_MASK) == EXPONENT_MASK || (hasNoData && rounded == noDataBits)) {
            return bits; // would overflow to infinity, or be read as nodata
        }
        return rounded;
    }
}
