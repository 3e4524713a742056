package org.geointerp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry refuses what it cannot use with a message naming it, and reads text values as their types. */
class MethodRegistryTest {

    @Test
    void unknownMethodNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Methods.get("Kriging"));
        assertEquals(
                "method: unknown method 'Kriging'; known methods are [Shepard, Akima, Clusterpolate,"
                        + " PartitionOfUnityRBF]",
                e.getMessage());
    }

    @Test
    void unknownParameterIsNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Methods.get("Shepard").interpolator(Map.of("radiuss", "3")));
        assertEquals(
                "parameters: Shepard has no parameter 'radiuss'; it has [mode, minNeighbours, maxNeighbours, radius,"
                        + " direction, slopes, slopeScale, exponent, barriers]",
                e.getMessage());
    }

    @Test
    void valuesThatDoNotParseAreNamed() {
        assertEquals(
                "minNeighbours: '4.5' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> Methods.get("Shepard")
                                .interpolator(Map.of("minNeighbours", "4.5")))
                        .getMessage());
        assertEquals(
                "slopes: 'yes' is not true or false",
                assertThrows(IllegalArgumentException.class, () -> Methods.get("Shepard")
                                .interpolator(Map.of("slopes", "yes")))
                        .getMessage());
        assertEquals(
                "mode: 'KRIGE' is not one of [SYMAP, IDW]",
                assertThrows(IllegalArgumentException.class, () -> Methods.get("Shepard")
                                .interpolator(Map.of("mode", "KRIGE")))
                        .getMessage());
    }

    @Test
    void textValuesReachTheOptions() {
        var shepard = (org.geointerp.engine.shepard.ShepardInterpolator)
                Methods.get("shepard").interpolator(Map.of("mode", "idw", "maxNeighbours", "12", "radius", "2.5"));
        assertEquals(
                org.geointerp.engine.shepard.ShepardOptions.Mode.IDW,
                shepard.options().mode());
        assertEquals(12, shepard.options().maxNeighbours());
        assertEquals(2.5, shepard.options().radius());
    }

    @Test
    void summaryParametersReproduceTheFit() {
        // a fit's reported parameters, passed back, give the same surface: what cross-validation and tiles rely on
        java.util.Random r = new java.util.Random(3);
        double[] x = new double[200];
        double[] y = new double[200];
        double[] z = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            z[i] = x[i] * x[i] - y[i];
        }
        PointSet p = PointSet.of2D(x, y, z);
        for (InterpolationMethod m : Methods.all()) {
            Surface first = m.interpolator().fit(p);
            Surface again = m.interpolator(first.summary().parameters()).fit(p);
            for (int i = 0; i < 50; i++) {
                double px = r.nextDouble();
                double py = r.nextDouble();
                assertEquals(first.value(px, py), again.value(px, py), 0.0, m.name());
            }
        }
    }
}
