package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal names the parameter and the offending value. */
class BadInputTest {

    private static final PointSet ONE = PointSet.of2D(new double[] {0}, new double[] {0}, new double[] {1});

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-200, 1e200})
    void badRadius(double radius) {
        assertEquals(
                "radius: must be a finite number > 0 whose square is finite and > 0, got " + radius,
                message(() -> new Clusterpolator(radius, StandardKernel.BUMP)));
    }

    @Test
    void unknownKernelName() {
        assertEquals(
                "kernel: unknown kernel 'gauss'; known kernels: bump, epanechnikov, triweight, gaussian",
                message(() -> new Clusterpolator(1, "gauss", 0)));
        assertEquals(
                "kernel: unknown kernel 'null'; known kernels: bump, epanechnikov, triweight, gaussian",
                message(() -> StandardKernel.byName(null)));
    }

    @Test
    void nullKernel() {
        assertEquals(
                "kernel: must not be null; known kernels: bump, epanechnikov, triweight, gaussian",
                message(() -> new Clusterpolator(1, (ClusterpolateKernel) null)));
    }

    @Test
    void userKernelNotOneAtTheCentre() {
        assertEquals(
                "kernel: user kernel 'half' must have k(0) = 1, got k(0) = 0.5",
                message(() -> new UserKernel("half", u -> 0.5 * (1 - u))));
        assertEquals(
                "kernel: user kernel 'broken' must have k(0) = 1, got k(0) = NaN",
                message(() -> new UserKernel("broken", u -> Double.NaN)));
    }

    @Test
    void userKernelOutsideUnitInterval() {
        assertEquals(
                "kernel: user kernel 'dip' must give weights in [0, 1] for distances below the radius,"
                        + " got k(9.765625E-4) = -0.9990234375",
                message(() -> new UserKernel("dip", u -> u == 0 ? 1 : u - 1)));
        assertEquals(
                "kernel: user kernel 'hump' must give weights in [0, 1] for distances below the radius,"
                        + " got k(0.5) = 1.5",
                message(() -> new UserKernel("hump", u -> u == 0.5 ? 1.5 : 1 - u)));
    }

    @Test
    void emptyData() {
        PointSet empty = PointSet.of2D(new double[0], new double[0], new double[0]);
        assertEquals(
                "data: no points; clusterpolation needs at least one point",
                message(() -> new Clusterpolator(1, StandardKernel.BUMP).fit(empty)));
    }

    @Test
    void notTwoDimensional() {
        PointSet p3 = new PointSet(new double[][] {{0}, {0}, {0}}, new double[] {1});
        assertEquals(
                "data: clusterpolation is two-dimensional, got points of dimension 3",
                message(() -> new Clusterpolator(1, StandardKernel.BUMP).fit(p3)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
    void badMembershipThreshold(double t) {
        assertEquals(
                "membershipThreshold: must be in [0, 1], got " + t,
                message(() -> new Clusterpolator(1, StandardKernel.BUMP, t)));
    }

    @Test
    void nonFiniteInputIsRefusedByThePointSet() {
        assertEquals(
                "values[0]: not a finite number (NaN)",
                message(() -> PointSet.of2D(new double[] {0}, new double[] {0}, new double[] {Double.NaN})));
        new Clusterpolator(1, StandardKernel.BUMP).fit(ONE);
    }
}
