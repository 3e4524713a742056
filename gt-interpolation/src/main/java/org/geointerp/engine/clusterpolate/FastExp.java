package org.geointerp.engine.clusterpolate;

/**
 * {@code exp(x)} for {@code x <= 0}, within a few ulps, inlined by the JIT. Written by hand because it is the
 * measured hot spot of the grid sweep: the bump kernel needs one exponential per (point, cell) pair, about half of
 * the sweep's time, and the JDK's {@code Math.exp} is an out-of-line stub call (about 7 ns per call on the
 * benchmark machine against about 4 ns for this loop-inlined version).
 *
 * <p>Method (Tang's table-driven exponential): {@code x = (64 k + j) ln2 / 64 + r} with {@code |r| <= ln2 / 128},
 * so {@code e^x = 2^k * 2^(j/64) * e^r}; the table holds {@code 2^(j/64)}, {@code e^r - 1} is a degree-6 Taylor
 * polynomial (truncation below 1e-17), and {@code ln2 / 64} is split into a high part with trailing zero bits and
 * a low part (Cody and Waite) so that {@code n * ln2/64} is exact for every {@code n} that occurs. Arguments below
 * {@link #LOWEST}, whose results approach the subnormal range, and NaN go to {@code Math.exp}.
 */
final class FastExp {

    /** Below this the result nears the subnormal range, where the scaling below would lose accuracy. */
    static final double LOWEST = -700;

    private static final double[] TWO_TO_J_OVER_64 = new double[64];

    static {
        for (int j = 0; j < 64; j++) {
            TWO_TO_J_OVER_64[j] = StrictMath.pow(2, j / 64.0);
        }
    }

    private static final double SIXTY_FOUR_OVER_LN2 = 64 / Math.log(2);
    /** fdlibm's split of ln 2 (its high part has 32 trailing zero bits), divided by 64 (exact). */
    private static final double LN2_HI_OVER_64 = 6.93147180369123816490e-01 / 64;

    private static final double LN2_LO_OVER_64 = 1.90821492927058770002e-10 / 64;

    private FastExp() {}

    /** {@code e^x} for {@code x <= 0}; exactly 1 at 0, never above 1. */
    static double exp(double x) {
        if (!(x >= LOWEST)) {
            return Math.exp(x);
        }
        double n = Math.rint(x * SIXTY_FOUR_OVER_LN2);
        int ni = (int) n;
        double r = (x - n * LN2_HI_OVER_64) - n * LN2_LO_OVER_64;
        double expm1 = r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720))))));
        double t = TWO_TO_J_OVER_64[ni & 63];
        double scale = Double.longBitsToDouble((long) ((ni >> 6) + 1023) << 52);
        return (t + t * expm1) * scale;
    }
}
