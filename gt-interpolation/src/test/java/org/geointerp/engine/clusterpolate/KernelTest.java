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
        assertEquals(1.0, kernel.weight(0), 0.0);
        double previous = 1;
        double[] batch = new double[1000];
        for (int i = 0; i < batch.length; i++) {
            double s = i / 1000.0;
            double k = kernel.weight(s);
            assertTrue(k >= 0 && k <= previous, kernel + " at s = " + s + ": " + k);
            previous = k;
            batch[i] = s;
        }
        kernel.weights(batch, 0, batch.length);
        for (int i = 0; i < batch.length; i++) {
            assertEquals(kernel.weight(i / 1000.0), batch[i], 0.0, "batch and single evaluation agree");
        }
        assertSame(kernel, StandardKernel.byName(" " + kernel.kernelName().toUpperCase() + " "));
    }

    /** The package's formula, {@code e * exp(-1 / (1 - (d/r)^2))}, to rounding. */
    @Test
    void bumpIsThePackagesBump() {
        for (int i = 0; i < 1000; i++) {
            double u = i / 1000.0;
            double s = u * u;
            double pkg = Math.E * Math.exp(-1 / (1 - s));
            assertEquals(pkg, StandardKernel.BUMP.weight(s), 4e-15, "u = " + u);
        }
    }

    @Test
    void textbookShapes() {
        assertEquals(0.75, StandardKernel.EPANECHNIKOV.weight(0.25), 0.0);
        assertEquals(0.421875, StandardKernel.TRIWEIGHT.weight(0.25), 0.0);
        assertEquals(Math.exp(-4.5), StandardKernel.GAUSSIAN.weight(1), 0.0);
    }

    /** A user kernel given like the package's: its k(0) rounds to 1 + 2e-16 and is rescaled to exactly 1. */
    @Test
    void userKernelIsRescaledToOneAtTheCentre() {
        UserKernel bump = new UserKernel("package-bump", u -> Math.E * Math.exp(-1 / (1 - u * u)));
        assertEquals(1.0, bump.weight(0), 0.0);
        assertEquals(StandardKernel.BUMP.weight(0.36), bump.weight(0.36), 1e-15);
        assertEquals("package-bump", bump.kernelName());
    }
}
