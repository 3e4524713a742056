package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;

/** Bad or awkward input gets a clear message naming the parameter, or a documented fallback; never NaN inside. */
class DegenerateInputTest {

    @Test
    void fewerThanThreePointsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AkimaInterpolator()
                .fit(PointSet.of2D(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 2})));
        assertTrue(e.getMessage().startsWith("points:"), e.getMessage());
        assertTrue(e.getMessage().contains("got 2"), e.getMessage());
    }

    @Test
    void collinearPointsAreRefused() {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = 1000 + i * 3.0;
            y[i] = -50 + i * 1.5;
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new AkimaInterpolator().fit(PointSet.of2D(x, y, new double[20])));
        assertTrue(e.getMessage().startsWith("points:") && e.getMessage().contains("straight line"), e.getMessage());
    }

    @Test
    void threeDistinctLocationsAfterMergingAreTooFew() {
        double[] x = {0, 0, 1, 1};
        double[] y = {0, 0, 1, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AkimaInterpolator()
                .fit(PointSet.of2D(x, y, new double[] {1, 2, 3, 4})));
        assertTrue(e.getMessage().contains("distinct") && e.getMessage().contains("merging 2"), e.getMessage());
    }

    @Test
    void threePointsGiveThePlaneInsideTheirTriangle() {
        double[] x = {0, 10, 0};
        double[] y = {0, 0, 10};
        double[] z = {1, 21, 31}; // z = 1 + 2x + 3y
        AkimaSurface s = new AkimaInterpolator().fit(PointSet.of2D(x, y, z));
        assertEquals(1 + 2 * 2 + 3 * 3, s.value(2, 3), 1e-9);
        assertTrue(Double.isNaN(s.value(9, 9)), "outside the triangle, extrapolation off");
    }

    @Test
    void duplicatesAreMergedByAveragingTheirValues() {
        Random random = new Random(5);
        int n = 60;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        double[] z = new double[n + 1];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
            z[i] = x[i] * y[i];
        }
        // point n repeats point 0 with another value: the surface sees one point with the mean
        x[n] = x[0];
        y[n] = y[0];
        z[n] = z[0] + 2;
        AkimaSurface withDuplicate = new AkimaInterpolator().fit(PointSet.of2D(x, y, z));
        double[] zMerged = java.util.Arrays.copyOf(z, n);
        zMerged[0] = z[0] + 1;
        AkimaSurface merged = new AkimaInterpolator()
                .fit(PointSet.of2D(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), zMerged));
        assertEquals(z[0] + 1, withDuplicate.value(x[0], y[0]), 1e-12);
        for (int k = 0; k < 100; k++) {
            double px = random.nextDouble();
            double py = random.nextDouble();
            double a = withDuplicate.value(px, py);
            double b = merged.value(px, py);
            assertTrue(Double.isNaN(a) && Double.isNaN(b) || Math.abs(a - b) < 1e-12, "at " + px + ", " + py);
        }
    }

    @Test
    void aTightClusterAmongSparsePointsGivesNoNaNInside() {
        Random random = new Random(11);
        int sparse = 80;
        int cluster = 15;
        int n = sparse + cluster;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            boolean inCluster = i >= sparse;
            x[i] = inCluster ? 0.5 + random.nextDouble() * 1e-7 : random.nextDouble();
            y[i] = inCluster ? 0.5 + random.nextDouble() * 1e-7 : random.nextDouble();
            z[i] = FrankeData.FUNCTIONS[0].applyAsDouble(x[i], y[i]);
        }
        // Akima's setting keeps every cluster point (each local fit is solved in its own scaled coordinates)
        AkimaSurface s = new AkimaInterpolator(AkimaOptions.paper()).fit(PointSet.of2D(x, y, z));
        assertNoNaNInside(s);
        assertEquals(z[sparse], s.value(x[sparse], y[sparse]), 1e-9, "interpolates a cluster point");
        // the default takes a cluster far below a hundredth of the spacing for one location with the mean value
        AkimaSurface robust = new AkimaInterpolator().fit(PointSet.of2D(x, y, z));
        assertNoNaNInside(robust);
        assertEquals(cluster - 1, robust.nearDuplicatesMerged());
        double mean = java.util.Arrays.stream(z, sparse, n).average().orElseThrow();
        assertEquals(mean, robust.value(x[sparse], y[sparse]), 1e-6, "the cluster's mean");
    }

    @Test
    void latticeDataWithTiesGiveNoNaNInside() {
        double[][] xy = FrankeData.pointSet(2);
        double[] z = new double[xy[0].length];
        for (int i = 0; i < z.length; i++) {
            z[i] = FrankeData.FUNCTIONS[1].applyAsDouble(xy[0][i], xy[1][i]);
        }
        assertNoNaNInside(new AkimaInterpolator().fit(PointSet.of2D(xy[0], xy[1], z)));
    }

    @Test
    void gridCellsOutsideAreNaNWithoutAndFiniteWithExtrapolation() {
        double[][] xy = FrankeData.pointSet(3);
        double[] z = new double[xy[0].length];
        for (int i = 0; i < z.length; i++) {
            z[i] = FrankeData.FUNCTIONS[3].applyAsDouble(xy[0][i], xy[1][i]);
        }
        PointSet points = PointSet.of2D(xy[0], xy[1], z);
        GridSpec grid = new GridSpec(-0.2, -0.2, 1.2, 1.2, 70, 70);
        float[] plain = GridEvaluator.evaluate(new AkimaInterpolator().fit(points), grid, Progress.NONE)[0];
        float[] extrapolated = GridEvaluator.evaluate(new AkimaInterpolator(true).fit(points), grid, Progress.NONE)[0];
        int nan = 0;
        for (int c = 0; c < plain.length; c++) {
            assertFalse(Float.isNaN(extrapolated[c]), "extrapolation leaves no cell empty");
            if (Float.isNaN(plain[c])) {
                nan++;
            } else {
                assertEquals(plain[c], extrapolated[c], 0f, "inside, both agree");
            }
        }
        assertTrue(nan > 0 && nan < plain.length, nan + " empty cells");
    }

    private static void assertNoNaNInside(AkimaSurface s) {
        Mesh mesh = s.mesh();
        Frame f = s.frame();
        for (int t = 0; t < mesh.triangleCount(); t++) {
            double cu = 0;
            double cv = 0;
            for (int e = 0; e < 3; e++) {
                cu += mesh.u[mesh.tri[3 * t + e]] / 3;
                cv += mesh.v[mesh.tri[3 * t + e]] / 3;
            }
            double value = s.value(f.originX() + cu * f.scale(), f.originY() + cv * f.scale());
            assertTrue(Double.isFinite(value), "triangle " + t + " has value " + value);
        }
    }
}
