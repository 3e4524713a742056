package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/** The cell-by-cell storage order of the fit: a permutation of the points that keeps neighbours together. */
class CellOrderTest {

    @Test
    void permutesThePointsAndKeepsNeighboursTogether() {
        Random r = new Random(2);
        int n = 50_000;
        double[][] axes = new double[3][n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                axes[a][i] = r.nextDouble() * (a + 1);
            }
            v[i] = i;
        }
        PointSet in = new PointSet(axes, v);
        PointSet out = CellOrder.apply(in, CellOrder.order(in));
        assertEquals(n, out.size());
        // every point once, with its own coordinates (the value is its input index)
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            int i = (int) out.values()[k];
            assertTrue(!seen[i], "point " + i + " twice");
            seen[i] = true;
            for (int a = 0; a < 3; a++) {
                assertEquals(axes[a][i], out.coordinate(a)[k], 0.0);
            }
        }
        // neighbours in storage are near in space: mean distance between consecutive points, against input order
        assertTrue(meanStep(out) < meanStep(in) / 5, "steps " + meanStep(out) + " against " + meanStep(in));
    }

    @Test
    void anAxisWithoutExtentOrdersByTheOthers() {
        // all x equal (points on a vertical line): ordered by y alone, the x cell is 0 for all
        int n = CellOrder.SMALL * 4;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(4);
        for (int i = 0; i < n; i++) {
            x[i] = 5;
            y[i] = r.nextDouble();
        }
        PointSet in = PointSet.of2D(x, y, new double[n]);
        PointSet out = CellOrder.apply(in, CellOrder.order(in));
        assertArrayEquals(x, out.x(), 0.0);
        // cells along y (sqrt(n / 8) of them over the range of y) come in increasing order
        int cells = (int) Math.floor(Math.sqrt(n / 8.0));
        double lo = in.range(1)[0];
        double width = in.range(1)[1] - lo;
        int previous = 0;
        for (int k = 0; k < n; k++) {
            int cell = (int) Math.min(cells - 1, (out.y()[k] - lo) / width * cells);
            assertTrue(cell >= previous, "at " + k + ": cell " + cell + " after " + previous);
            previous = cell;
        }
        assertEquals(cells - 1, previous);
    }

    @Test
    void smallSetsKeepTheirOrder() {
        PointSet in = PointSet.of2D(
                new double[CellOrder.SMALL - 1], new double[CellOrder.SMALL - 1], new double[CellOrder.SMALL - 1]);
        assertEquals(null, CellOrder.order(in));
        assertTrue(CellOrder.apply(in, null) == in);
    }

    private static double meanStep(PointSet p) {
        double sum = 0;
        for (int k = 1; k < p.size(); k++) {
            double d = 0;
            for (int a = 0; a < p.dimension(); a++) {
                double t = p.coordinate(a)[k] - p.coordinate(a)[k - 1];
                d += t * t;
            }
            sum += Math.sqrt(d);
        }
        return sum / (p.size() - 1);
    }
}
