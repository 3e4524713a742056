package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelTest {

    @ParameterizedTest
    @EnumSource(StandardKernel.class)
    void normalisedDecreasingAndInUnitInterval(StandardKernel kernel) {
        for (double r2 : new double[] {1, 0.04, 1e6}) {
            assertEquals(1.0, kernel.weight(0, r2), 0.0);
            double previous = 1;
            double[] batch = new double[1000];
            for (int i = 0; i < batch.length; i++) {
                double d2 = r2 * i / 1000.0;
                double k = kernel.weight(d2, r2);
                assertTrue(k >= 0 && k <= previous, kernel + " at d2 = " + d2 + ": " + k);
                previous = k;
                batch[i] = d2;
            }
            kernel.weights(batch, 0, batch.length, r2);
            for (int i = 0; i < batch.length; i++) {
                assertEquals(kernel.weight(r2 * i / 1000.0, r2), batch[i], 0.0, "batch and single evaluation agree");
            }
        }
        assertSame(kernel, StandardKernel.byName(" " + kernel.kernelName().toUpperCase() + " "));
    }

    /** The package's formula, {@code e * exp(-1 / (1 - (d/r)^2))}, to rounding. */
    @Test
    void bumpIsThePackagesBump() {
        double r = 0.2;
        for (int i = 0; i < 1000; i++) {
            double d = r * i / 1000.0;
            double q = d / r;
            double pkg = Math.E * Math.exp(-1 / (1 - q * q));
            assertEquals(pkg, StandardKernel.BUMP.weight(d * d, r * r), 4e-15, "d = " + d);
        }
    }

    @Test
    void textbookShapes() {
        assertEquals(0.75, StandardKernel.EPANECHNIKOV.weight(0.25, 1), 0.0);
        assertEquals(0.421875, StandardKernel.TRIWEIGHT.weight(1, 4), 0.0);
        assertEquals(Math.exp(-4.5), StandardKernel.GAUSSIAN.weight(9, 9), 0.0);
    }

    /** A user kernel given like the package's: its k(0) rounds to 1 + 2e-16 and is rescaled to exactly 1. */
    @Test
    void userKernelIsRescaledToOneAtTheCentre() {
        UserKernel bump = new UserKernel("package-bump", u -> Math.E * Math.exp(-1 / (1 - u * u)));
        assertEquals(1.0, bump.weight(0, 1), 0.0);
        assertEquals(StandardKernel.BUMP.weight(0.36, 1), bump.weight(0.36, 1), 1e-15);
        assertEquals("package-bump", bump.kernelName());
    }
}
