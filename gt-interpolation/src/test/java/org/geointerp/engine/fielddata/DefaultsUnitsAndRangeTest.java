package org.geointerp.engine.fielddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.geointerp.engine.AutoTune;
import org.geointerp.engine.Execution;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two of issue 12's checks of what a user gets with no options, for every method of the registry: the same data in
 * metres (with a UTM-like offset) and in kilometres give the same surface, scaled, with the defaults and with
 * autoTune; and no default grid over the data's extent leaves {@code [min - range, max + range]} of the values, on
 * Meuse and every synthetic field case (noisy, clustered, near-duplicate readings).
 */
class DefaultsUnitsAndRangeTest {

    static Stream<Arguments> methods() {
        return Methods.all().stream().map(m -> Arguments.of(m.name()));
    }

    static Stream<Arguments> methodsAndCases() {
        return Methods.all().stream().flatMap(m -> FieldCases.NAMES.stream().map(c -> Arguments.of(m.name(), c)));
    }

    /** Compares the surfaces at random places of the case's box: equal where both have a value, NaN alike. */
    private static void assertSameSurface(Surface metres, Surface km, String what) {
        Random r = new Random(12);
        int compared = 0;
        for (int i = 0; i < 500; i++) {
            double x = 500_000 + 10_000 * r.nextDouble();
            double y = 5_700_000 + 10_000 * r.nextDouble();
            double va = metres.value(x, y);
            double vb = km.value(x / 1000, y / 1000);
            assertEquals(Double.isNaN(va), Double.isNaN(vb), what + " at " + x + ", " + y);
            if (!Double.isNaN(va)) {
                assertEquals(va, vb, 1e-9, what + " at " + x + ", " + y);
                compared++;
            }
        }
        assertTrue(compared > 300, what + ": only " + compared + " places with a value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void metresAndKilometresGiveTheSameSurface(String name) {
        InterpolationMethod method = Methods.get(name);
        PointSet m = FieldCases.stored("franke_noise0.05_utm").points();
        PointSet km = FieldCases.stored("franke_noise0.05_km").points();
        assertSameSurface(
                method.interpolator(Map.of()).fit(m),
                method.interpolator(Map.of()).fit(km),
                name + " defaults");
        AutoTune.Choice inM = AutoTune.tune(method, Map.of(), m, 1, Execution.defaults());
        AutoTune.Choice inKm = AutoTune.tune(method, Map.of(), km, 1, Execution.defaults());
        assertEquals(inM.chosen().keySet(), inKm.chosen().keySet(), name + ": autoTune chose differently");
        assertSameSurface(
                method.interpolator(inM.given()).fit(m),
                method.interpolator(inKm.given()).fit(km),
                name + " autoTune " + inM.chosen());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("methodsAndCases")
    void defaultGridStaysWithinARangeOfTheData(String name, String caseName) {
        PointSet p = FieldCases.byName(caseName).points();
        double minZ = p.minValue();
        double maxZ = p.maxValue();
        double[] xRange = p.range(0);
        double[] yRange = p.range(1);
        double minX = xRange[0];
        double maxX = xRange[1];
        double minY = yRange[0];
        double maxY = yRange[1];
        double range = maxZ - minZ;
        Surface s = Methods.get(name).interpolator(Map.of()).fit(p);
        int cells = 150;
        int valued = 0;
        for (int row = 0; row < cells; row++) {
            double y = minY + (row + 0.5) * (maxY - minY) / cells;
            for (int col = 0; col < cells; col++) {
                double x = minX + (col + 0.5) * (maxX - minX) / cells;
                double v = s.value(x, y);
                if (Double.isNaN(v)) {
                    continue;
                }
                valued++;
                assertTrue(
                        v >= minZ - range && v <= maxZ + range,
                        name + " on " + caseName + ": " + v + " at " + x + ", " + y + " outside [" + (minZ - range)
                                + ", " + (maxZ + range) + "]");
            }
        }
        assertTrue(valued > cells * cells / 4, name + " on " + caseName + ": only " + valued + " cells with a value");
    }
}
