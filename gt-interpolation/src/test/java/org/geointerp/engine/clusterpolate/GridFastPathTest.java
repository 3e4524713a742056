package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;

/** The row sweep (and the parallel float grid) against brute force over all 100,000 points. */
class GridFastPathTest {

    private static final int N = 100_000;

    /** 100,000 uniform points in the unit square; point 0 sits exactly on a cell centre of {@link #grid()}. */
    private static PointSet points() {
        Random r = new Random(20240611);
        double[] x = new double[N];
        double[] y = new double[N];
        double[] z = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            z[i] = Math.sin(7 * x[i]) * Math.cos(5 * y[i]) + r.nextGaussian() * 0.1;
        }
        GridSpec g = grid();
        x[0] = g.x(20);
        y[0] = g.y(17);
        return PointSet.of2D(x, y, z);
    }

    /** Reaches beyond the data by more than the radius, so the edges have cells with no point in range. */
    private static GridSpec grid() {
        return new GridSpec(-0.1, -0.08, 1.1, 1.12, 61, 47);
    }

    /** About 20 points per disc at this density. */
    private static final double RADIUS = Math.sqrt(20.0 / (Math.PI * N));

    @Test
    void sweepEqualsBruteForceForEveryKernel() {
        PointSet p = points();
        GridSpec g = grid();
        DoubleUnaryOperator cosine = u -> Math.cos(Math.PI / 2 * u);
        ClusterpolateKernel[] kernels = {
            StandardKernel.BUMP,
            StandardKernel.EPANECHNIKOV,
            StandardKernel.TRIWEIGHT,
            StandardKernel.GAUSSIAN,
            new UserKernel("cosine", cosine)
        };
        int empty = 0;
        for (ClusterpolateKernel kernel : kernels) {
            ClusterpolateSurface s = new Clusterpolator(RADIUS, kernel).fit(p);
            double[] value = new double[g.width() * g.height()];
            double[] membership = new double[value.length];
            ClusterpolateSurface.RowSweeper sweeper = s.rowSweeper();
            for (int row = 0; row < g.height(); row++) {
                sweeper.sweepRow(g, row, value, membership, row * g.width());
            }
            float[][] bands = GridEvaluator.evaluate(s, g, Progress.NONE);
            empty = 0;
            for (int row = 0; row < g.height(); row++) {
                for (int col = 0; col < g.width(); col++) {
                    int i = row * g.width() + col;
                    BruteForce.Cell b = BruteForce.at(p, RADIUS, kernel, g.x(col), g.y(row));
                    String where = kernel.kernelName() + " row " + row + " col " + col;
                    if (Double.isNaN(b.membership())) {
                        empty++;
                        assertTrue(Double.isNaN(value[i]) && Double.isNaN(membership[i]), where);
                        assertTrue(Float.isNaN(bands[0][i]) && Float.isNaN(bands[1][i]), where);
                        continue;
                    }
                    // the same neighbours and the same weights: membership is bit-identical; the value differs
                    // only by the order of summation
                    assertEquals(b.membership(), membership[i], 0.0, where);
                    assertEquals(b.value(), value[i], 1e-12, where);
                    assertEquals((float) b.membership(), bands[1][i], 0.0f, where);
                    assertEquals(b.value(), bands[0][i], 1e-6, where);
                }
            }
            // point 0 lies on this cell's centre
            assertEquals(1.0, membership[17 * g.width() + 20], 0.0, kernel.kernelName());
        }
        assertTrue(empty > 0, "the grid must have cells without neighbours");
    }

    @Test
    void pointQueryEqualsBruteForce() {
        PointSet p = points();
        ClusterpolateSurface s = new Clusterpolator(RADIUS, StandardKernel.BUMP).fit(p);
        Random r = new Random(3);
        double[] out = new double[2];
        for (int t = 0; t < 300; t++) {
            double x = r.nextDouble() * 1.2 - 0.1;
            double y = r.nextDouble() * 1.2 - 0.1;
            BruteForce.Cell b = BruteForce.at(p, RADIUS, StandardKernel.BUMP, x, y);
            s.evaluate(x, y, out);
            if (Double.isNaN(b.membership())) {
                assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]));
            } else {
                assertEquals(b.membership(), out[1], 0.0);
                assertEquals(b.value(), out[0], 1e-12);
            }
        }
    }
}
