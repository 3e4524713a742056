package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;

/** The grid row path and the N-D point path equal the slow per-point evaluation of {@link SlowReference}. */
class FastPathTest {

    @Test
    void gridRowPathEqualsSlowEvaluationOnHull() {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("disk", 706));
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.defaults());
        compareGrid(m, new GridSpec(-0.05, -0.02, 1.03, 1.05, 97, 83));
    }

    /**
     * From 1,024 points on the fit stores the points cell by cell ({@link CellOrder}); the slow evaluation reads
     * the patches through {@code points()} and {@code patchPoints()}, which must still agree (and stay in the
     * caller's order: the model's points are the input itself).
     */
    @Test
    void gridRowPathEqualsSlowEvaluationOnALargerSetStoredCellByCell() {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("disk", 1960));
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.defaults());
        assertTrue(pts.size() >= CellOrder.SMALL && m.points() == pts);
        compareGrid(m, new GridSpec(0, 0, 1, 1, 53, 47));
    }

    @Test
    void gridRowPathEqualsSlowEvaluationWithPaperSettingAndExtrapolation() {
        PointSet pts = PaperCases.frankeSet(PaperCases.points("triangle", 451));
        PuRbfModel m = PartitionOfUnityRbf.fit(pts, PuRbfOptions.paper().withDomain(null, true));
        compareGrid(m, new GridSpec(-0.1, -0.1, 1.1, 1.1, 61, 59));
    }

    private static void compareGrid(PuRbfModel m, GridSpec grid) {
        float[] got = GridEvaluator.evaluate(m.surface(), grid, Progress.NONE)[0];
        int inside = 0;
        for (int row = 0; row < grid.height(); row++) {
            for (int col = 0; col < grid.width(); col++) {
                double[] p = {grid.x(col), grid.y(row)};
                double want = m.extrapolate ? extrapolated(m, p) : SlowReference.value(m, p);
                float g = got[row * grid.width() + col];
                if (Double.isNaN(want)) {
                    assertTrue(Float.isNaN(g), "cell " + row + "," + col + " should be nodata, got " + g);
                } else {
                    inside++;
                    assertEquals(want, g, 1e-6 * Math.max(1, Math.abs(want)), "cell " + row + "," + col);
                }
            }
        }
        assertTrue(inside > grid.cellCount() / 3, "too few cells inside: " + inside);
    }

    private static double extrapolated(PuRbfModel m, double[] p) {
        PuRbfModel everywhere = m;
        double num = 0;
        double den = SlowReference.weightSum(everywhere, p);
        if (den == 0) {
            int nearest = 0;
            for (int j = 1; j < m.patchCount(); j++) {
                if (SlowReference.distance(p, m.centre(j)) < SlowReference.distance(p, m.centre(nearest))) {
                    nearest = j;
                }
            }
            return SlowReference.local(m, nearest, p);
        }
        for (int j = 0; j < m.patchCount(); j++) {
            double d = SlowReference.distance(p, m.centre(j));
            double r = m.radius(j);
            if (d < r) {
                num += Math.pow(1 - d / r, 4) * (4 * d / r + 1) * SlowReference.local(m, j, p);
            }
        }
        return num / den;
    }

    @Test
    void pointPathEqualsSlowEvaluationIn3D() {
        double[][] axes = PaperCases.points("cylinder", 786);
        PuRbfModel m = PartitionOfUnityRbf.fit(PaperCases.frankeSet(axes), PuRbfOptions.accurate());
        double[][] q = new double[3][500];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 500; i++) {
            for (int a = 0; a < 3; a++) {
                q[a][i] = -0.05 + 1.1 * random.nextDouble();
            }
        }
        double[] got = m.evaluate(q);
        int inside = 0;
        for (int i = 0; i < 500; i++) {
            double[] p = {q[0][i], q[1][i], q[2][i]};
            double want = SlowReference.value(m, p);
            if (Double.isNaN(want)) {
                assertTrue(Double.isNaN(got[i]), "point " + i);
            } else {
                inside++;
                assertEquals(want, got[i], 1e-12 * Math.max(1, Math.abs(want)), "point " + i);
            }
        }
        assertTrue(inside > 200, "too few points inside: " + inside);
    }
}
