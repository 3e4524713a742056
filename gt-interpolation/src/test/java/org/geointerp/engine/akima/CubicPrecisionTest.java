package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * "It has the accuracy of a cubic polynomial in most cases": data sampled from a random cubic on random point sets
 * of 30 to 10,000 points must be reproduced inside the data area to 1e-9 relative (to the largest |value| of the
 * data), with Akima's setting ({@link AkimaOptions.Preset#PAPER}). Reports the fraction of sets where that holds and
 * requires at least 95 %. The default ({@link AkimaOptions.Preset#ROBUST}: least-squares quadratics for the
 * derivatives) reproduces quadratics instead, on every set.
 */
class CubicPrecisionTest {

    private static final int SETS = 40;

    @Test
    void robustDefaultReproducesQuadraticsOnEverySet() {
        Random random = new Random(762);
        StringBuilder misses = new StringBuilder();
        for (int set = 0; set < SETS; set++) {
            int n = (int) Math.round(Math.exp(Math.log(30) + random.nextDouble() * Math.log(10_000.0 / 30)));
            double worst = worstRelativeError(random, n, AkimaOptions.defaults(), 2);
            if (!(worst <= 1e-9)) {
                misses.append(String.format(" n=%d:%.2e", n, worst));
            }
        }
        assertTrue(misses.length() == 0, "quadratics not reproduced:" + misses);
    }

    @Test
    void reproducesCubicsOnMostRandomSets() {
        Random random = new Random(761);
        int exact = 0;
        StringBuilder misses = new StringBuilder();
        for (int set = 0; set < SETS; set++) {
            int n = (int) Math.round(Math.exp(Math.log(30) + random.nextDouble() * Math.log(10_000.0 / 30)));
            double worst = worstRelativeError(random, n, AkimaOptions.paper(), 3);
            if (worst <= 1e-9) {
                exact++;
            } else {
                misses.append(String.format(" n=%d:%.2e", n, worst));
            }
        }
        double fraction = (double) exact / SETS;
        System.out.printf(
                "cubic precision: %d of %d random sets (%.1f %%) reproduced to 1e-9;%s%n",
                exact, SETS, 100 * fraction, misses.length() == 0 ? " no misses" : " misses" + misses);
        assertTrue(fraction >= 0.95, "only " + exact + " of " + SETS + " sets reproduced a cubic:" + misses);
    }

    /** Largest relative error of the surface against the cubic at random locations inside the data area. */
    private static double worstRelativeError(Random random, int n, AkimaOptions options, int degree) {
        double[] c = new double[10];
        for (int k = 0; k < 10; k++) {
            c[k] = random.nextGaussian();
        }
        if (degree < 3) {
            java.util.Arrays.fill(c, 6, 10, 0.0);
        }
        // a random rectangle somewhere, so the frame normalisation is exercised too
        double x0 = random.nextGaussian() * 1000;
        double y0 = random.nextGaussian() * 1000;
        double w = Math.exp(random.nextGaussian() * 3);
        double h = w * (0.3 + random.nextDouble());
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            x[i] = x0 + w * random.nextDouble();
            y[i] = y0 + h * random.nextDouble();
            z[i] = cubic(c, (x[i] - x0) / w, (y[i] - y0) / w);
            scale = Math.max(scale, Math.abs(z[i]));
        }
        AkimaSurface s = new AkimaInterpolator(options).fit(PointSet.of2D(x, y, z));
        double worst = 0;
        for (int probe = 0; probe < 400; probe++) {
            double px = x0 + w * random.nextDouble();
            double py = y0 + h * random.nextDouble();
            double value = s.value(px, py);
            if (!Double.isNaN(value)) {
                worst = Math.max(worst, Math.abs(value - cubic(c, (px - x0) / w, (py - y0) / w)) / scale);
            }
        }
        return worst;
    }

    private static double cubic(double[] c, double s, double t) {
        return c[0]
                + c[1] * s
                + c[2] * t
                + c[3] * s * s
                + c[4] * s * t
                + c[5] * t * t
                + c[6] * s * s * s
                + c[7] * s * s * t
                + c[8] * s * t * t
                + c[9] * t * t * t;
    }
}
