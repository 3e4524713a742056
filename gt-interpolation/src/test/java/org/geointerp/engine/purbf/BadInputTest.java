package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Bad or awkward input gets a clear error or a documented, finite answer. */
class BadInputTest {

    @Test
    void tooFewPointsForTheDimensionIsRefused() {
        PointSet two = PointSet.of2D(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 2});
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PartitionOfUnityRbf.fit(two, PuRbfOptions.defaults()));
        assertTrue(e.getMessage().startsWith("points:"), e.getMessage());
        PointSet three3D = new PointSet(new double[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, new double[] {1, 2, 3});
        assertThrows(IllegalArgumentException.class, () -> PartitionOfUnityRbf.fit(three3D, PuRbfOptions.defaults()));
    }

    @Test
    void duplicatesThatLeaveTooFewDistinctPointsAreRefused() {
        PointSet dup = PointSet.of2D(new double[] {0, 0, 1, 1}, new double[] {0, 0, 1, 1}, new double[] {1, 2, 3, 4});
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PartitionOfUnityRbf.fit(dup, PuRbfOptions.defaults()));
        assertTrue(e.getMessage().contains("coincident"), e.getMessage());
    }

    @Test
    void coincidentPointsAreMergedToTheirMean() {
        double[][] axes = PaperCases.points("disk", 317);
        int n = axes[0].length;
        double[] x = java.util.Arrays.copyOf(axes[0], n + 1);
        double[] y = java.util.Arrays.copyOf(axes[1], n + 1);
        double[] v = PaperCases.franke(axes);
        v = java.util.Arrays.copyOf(v, n + 1);
        x[n] = x[7];
        y[n] = y[7];
        v[n] = v[7] + 0.2;
        PuRbfModel m = PartitionOfUnityRbf.fit(PointSet.of2D(x, y, v), PuRbfOptions.accurate());
        assertEquals(1, m.report().mergedAway());
        assertEquals(n, m.report().points());
        assertEquals(v[7] + 0.1, m.value(x[7], y[7]), 1e-8);
    }

    @Test
    void numericallySingularPatchFallsBackAndIsReported() {
        double[][] axes = PaperCases.points("hexagon", 300);
        int n = axes[0].length;
        double[] x = java.util.Arrays.copyOf(axes[0], n + 1);
        double[] y = java.util.Arrays.copyOf(axes[1], n + 1);
        double[] v = java.util.Arrays.copyOf(PaperCases.franke(axes), n + 1);
        // a distinct point 1e-14 away from another, with a different value: no exact interpolant in doubles
        x[n] = x[11] + 1e-14;
        y[n] = y[11];
        v[n] = v[11] + 1;
        PuRbfModel m = PartitionOfUnityRbf.fit(PointSet.of2D(x, y, v), PuRbfOptions.paper());
        assertTrue(m.report().hasFallbacks(), m.report().toString());
        // the two values 1 apart cannot both be met: the report says the surface may miss the data by about 0.5
        assertTrue(
                m.report().maxDataDeviation() > 0.1 && m.report().maxDataDeviation() < 2,
                m.report().toString());
        float[] grid = GridEvaluator.evaluate(m.surface(), new GridSpec(0, 0, 1, 1, 64, 64), Progress.NONE)[0];
        int values = 0;
        for (float g : grid) {
            if (!Float.isNaN(g)) {
                values++;
                assertTrue(Float.isFinite(g));
                assertTrue(Math.abs(g) < 10, "value " + g);
            }
        }
        assertTrue(values > 1000);
        assertTrue(Double.isFinite(m.value(x[11], y[11])));
    }

    @Test
    void pointsOutsideAUserDomainHaveNoValueUnlessExtrapolating() {
        GeometryFactory gf = new GeometryFactory();
        Polygon lShape = gf.createPolygon(new Coordinate[] {
            new Coordinate(0, 0),
            new Coordinate(1, 0),
            new Coordinate(1, 0.5),
            new Coordinate(0.5, 0.5),
            new Coordinate(0.5, 1),
            new Coordinate(0, 1),
            new Coordinate(0, 0)
        });
        PointSet pts = PaperCases.frankeSet(PaperCases.halton("hexagon", 900));
        PuRbfModel m = PartitionOfUnityRbf.fit(
                pts, PuRbfOptions.defaults().withDomain(new PolygonDomain(lShape, 1e-9), false));
        assertTrue(Double.isNaN(m.value(0.8, 0.8)));
        assertTrue(Double.isNaN(m.value(1.5, 0.2)));
        assertTrue(Double.isFinite(m.value(0.25, 0.75)));
        float[] grid = GridEvaluator.evaluate(m.surface(), new GridSpec(0, 0, 1, 1, 10, 10), Progress.NONE)[0];
        assertTrue(Float.isNaN(grid[0 * 10 + 9]), "top right cell is outside the L");
        assertFalse(Float.isNaN(grid[9 * 10 + 0]), "bottom left cell is inside the L");
        PuRbfModel everywhere =
                PartitionOfUnityRbf.fit(pts, PuRbfOptions.defaults().withDomain(new PolygonDomain(lShape, 1e-9), true));
        assertTrue(Double.isFinite(everywhere.value(0.8, 0.8)));
        assertTrue(Double.isFinite(everywhere.value(1.5, 0.2)));
    }

    @Test
    void domainOfWrongDimensionIsRefused() {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("pyramid", 335));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PartitionOfUnityRbf.fit(
                        pts, PuRbfOptions.defaults().withDomain(PaperCases.domain("triangle", 0), false)));
        assertTrue(e.getMessage().startsWith("domain:"), e.getMessage());
    }

    @Test
    void collinearPointsNeedADomain() {
        double[] x = {0, 1, 2, 3, 4};
        PointSet line = PointSet.of2D(x, x.clone(), new double[] {1, 2, 3, 4, 5});
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PartitionOfUnityRbf.fit(line, PuRbfOptions.defaults()));
        assertTrue(e.getMessage().contains("collinear"), e.getMessage());
    }

    @Test
    void invalidOptionsNameTheParameter() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> PuRbfOptions.defaults().withLambda(-1));
        assertTrue(e.getMessage().startsWith("lambda:"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> PuRbfOptions.defaults().withPatchSpacing(0));
        assertTrue(e.getMessage().startsWith("patchSpacing:"), e.getMessage());
    }
}
