package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the released clusterpolate package's own outputs: within 1e-12 where it found neighbours, NaN in
 * both bands exactly where it found none (it writes 0 there).
 */
class ReferenceAgreementTest {

    private static final double TOLERANCE = 1e-12;

    /** Largest absolute difference seen, value and membership; printed so the report can quote it. */
    private double maxError;

    private void check(double expectedValue, double expectedMembership, double value, double membership, String where) {
        if (expectedMembership == 0) {
            assertEquals(0.0, expectedValue, 0.0, "package writes 0 for no neighbours at " + where);
            assertTrue(Double.isNaN(value), "value must be NaN without neighbours at " + where + ", got " + value);
            assertTrue(Double.isNaN(membership), "membership must be NaN without neighbours at " + where);
            return;
        }
        assertEquals(expectedValue, value, TOLERANCE, "value at " + where);
        assertEquals(expectedMembership, membership, TOLERANCE, "membership at " + where);
        maxError = Math.max(
                maxError, Math.max(Math.abs(expectedValue - value), Math.abs(expectedMembership - membership)));
    }

    @Test
    void tinyCaseAtTheSameTargets() {
        ClusterpolateSurface s =
                new Clusterpolator(1.0, StandardKernel.BUMP).fit(ReferenceData.points("tiny_points.csv"));
        double[] out = new double[2];
        for (double[] row : ReferenceData.csv("tiny_expected.csv")) {
            s.evaluate(row[0], row[1], out);
            check(row[2], row[3], out[0], out[1], "(" + row[0] + ", " + row[1] + ")");
        }
        System.out.println("clusterpolate tiny: max abs error " + maxError);
    }

    @Test
    void demoAtTheSameTargetsByPointQuery() {
        Map<String, String> p = ReferenceData.params("demo_params.txt");
        assertEquals("bump", p.get("kernel"));
        ClusterpolateSurface s = new Clusterpolator(Double.parseDouble(p.get("radius")), StandardKernel.BUMP)
                .fit(ReferenceData.points("demo_points.csv"));
        List<double[]> expected = ReferenceData.csv("demo_expected.csv");
        assertEquals(Integer.parseInt(p.get("width")) * Integer.parseInt(p.get("height")), expected.size());
        double[] out = new double[2];
        for (double[] row : expected) {
            s.evaluate(row[2], row[3], out);
            check(row[4], row[5], out[0], out[1], "row " + (int) row[0] + " col " + (int) row[1]);
        }
        System.out.println("clusterpolate demo, point query: max abs error " + maxError);
    }

    /**
     * The same targets through the grid sweep: a grid whose pixel centres are the package's {@code linspace}
     * targets (half a step beyond each edge), evaluated in double precision.
     */
    @Test
    void demoThroughTheGridSweep() {
        Map<String, String> p = ReferenceData.params("demo_params.txt");
        int width = Integer.parseInt(p.get("width"));
        int height = Integer.parseInt(p.get("height"));
        double left = Double.parseDouble(p.get("left"));
        double right = Double.parseDouble(p.get("right"));
        double top = Double.parseDouble(p.get("top"));
        double bottom = Double.parseDouble(p.get("bottom"));
        double dx = (right - left) / (width - 1);
        double dy = (top - bottom) / (height - 1);
        GridSpec grid = new GridSpec(left - dx / 2, bottom - dy / 2, right + dx / 2, top + dy / 2, width, height);
        PointSet points = ReferenceData.points("demo_points.csv");
        ClusterpolateSurface s =
                new Clusterpolator(Double.parseDouble(p.get("radius")), StandardKernel.BUMP).fit(points);
        double[] value = new double[width * height];
        double[] membership = new double[width * height];
        ClusterpolateSurface.RowSweeper sweeper = s.rowSweeper();
        for (int row = 0; row < height; row++) {
            sweeper.sweepRow(grid, row, value, membership, row * width);
        }
        for (double[] e : ReferenceData.csv("demo_expected.csv")) {
            int i = (int) e[0] * width + (int) e[1];
            assertEquals(e[2], grid.x((int) e[1]), 1e-14, "grid centre x");
            assertEquals(e[3], grid.y((int) e[0]), 1e-14, "grid centre y");
            check(e[4], e[5], value[i], membership[i], "row " + (int) e[0] + " col " + (int) e[1]);
        }
        System.out.println("clusterpolate demo, grid sweep: max abs error " + maxError);
    }
}
