package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bounds, membership range, exactness of membership at data points, the strict radius, the threshold. */
class PropertiesTest {

    /** Clustered points with repeated values, which is where a weighted mean may round outside its inputs. */
    private static PointSet clustered(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int cluster = r.nextInt(4);
            x[i] = 0.2 + 0.2 * cluster + r.nextGaussian() * 0.03;
            y[i] = 0.3 + 0.1 * (cluster % 2) + r.nextGaussian() * 0.05;
            z[i] = cluster == 0 ? 0.1 : Math.round(r.nextGaussian() * 10) / 10.0;
        }
        return PointSet.of2D(x, y, z);
    }

    @ParameterizedTest
    @EnumSource(StandardKernel.class)
    void valuesWithinTheNeighboursRangeAndMembershipInUnitInterval(StandardKernel kernel) {
        PointSet p = clustered(2000, 11);
        double radius = 0.04;
        ClusterpolateSurface s = new Clusterpolator(radius, kernel).fit(p);
        GridSpec g = new GridSpec(0, 0, 1, 0.8, 120, 96);
        double[] value = new double[g.width()];
        double[] membership = new double[g.width()];
        ClusterpolateSurface.RowSweeper sweeper = s.rowSweeper();
        for (int row = 0; row < g.height(); row++) {
            sweeper.sweepRow(g, row, value, membership, 0);
            for (int col = 0; col < g.width(); col++) {
                BruteForce.Cell b = BruteForce.at(p, radius, kernel, g.x(col), g.y(row));
                if (Double.isNaN(b.membership())) {
                    // no neighbour, or (bump) only neighbours so close to the radius that their weight is 0
                    assertTrue(Double.isNaN(value[col]) && Double.isNaN(membership[col]));
                    continue;
                }
                String where = kernel + " row " + row + " col " + col + ": " + value[col];
                assertTrue(value[col] >= b.minZ() && value[col] <= b.maxZ(), where);
                assertTrue(membership[col] > 0 && membership[col] <= 1, where);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StandardKernel.class)
    void membershipIsExactlyOneAtDataPoints(StandardKernel kernel) {
        PointSet p = clustered(500, 5);
        ClusterpolateSurface s = new Clusterpolator(0.05, kernel).fit(p);
        double[] out = new double[2];
        for (int i = 0; i < p.size(); i++) {
            s.evaluate(p.x()[i], p.y()[i], out);
            assertEquals(1.0, out[ClusterpolateSurface.MEMBERSHIP], 0.0, "at data point " + i);
        }
    }

    /** A lone point's value comes back exactly where it lies; a point at exactly the radius is no neighbour. */
    @ParameterizedTest
    @EnumSource(StandardKernel.class)
    void radiusIsStrict(StandardKernel kernel) {
        // cell centres at x = 0, 1, 2, 3, 4 and y = 0 exactly
        GridSpec g = new GridSpec(-0.5, -0.5, 4.5, 0.5, 5, 1);
        PointSet one = PointSet.of2D(new double[] {0}, new double[] {0}, new double[] {7});
        ClusterpolateSurface s = new Clusterpolator(2.0, kernel).fit(one);
        float[][] bands = GridEvaluator.evaluate(s, g, Progress.NONE);
        assertEquals(7f, bands[0][0]);
        assertEquals(1f, bands[1][0]);
        assertTrue(bands[1][1] > 0 && bands[1][1] < 1);
        for (int col = 2; col < 5; col++) {
            assertTrue(Float.isNaN(bands[0][col]) && Float.isNaN(bands[1][col]), "col " + col);
        }
        assertTrue(Double.isNaN(s.value(2, 0)), "point query at exactly the radius");
        assertTrue(Double.isNaN(s.membership(0, 2)));
        assertEquals(7.0, s.value(0, 1.99), 0.0);
        if (kernel == StandardKernel.BUMP) {
            // exp(-s / (1 - s)) underflows to 0 this close to the radius: no positive weight, no value
            assertTrue(Double.isNaN(s.value(0, Math.nextDown(2.0))));
        } else {
            assertEquals(7.0, s.value(0, Math.nextDown(2.0)), 0.0);
        }

        // a second point at exactly the radius must not pull the value, even for the Gaussian (non-zero there)
        PointSet two = PointSet.of2D(new double[] {0, 3}, new double[] {0, 0}, new double[] {7, -100});
        ClusterpolateSurface s2 = new Clusterpolator(2.0, kernel).fit(two);
        assertEquals(7.0, s2.value(1, 0), 0.0);
        float[][] bands2 = GridEvaluator.evaluate(s2, g, Progress.NONE);
        assertEquals(7f, bands2[0][1]);
    }

    @ParameterizedTest
    @EnumSource(StandardKernel.class)
    void membershipThresholdDropsOnlyTheValue(StandardKernel kernel) {
        GridSpec g = new GridSpec(-0.5, -0.5, 4.5, 0.5, 5, 1);
        PointSet one = PointSet.of2D(new double[] {0}, new double[] {0}, new double[] {7});
        double atOne = new Clusterpolator(2.0, kernel).fit(one).membership(1, 0);
        ClusterpolateSurface s = new Clusterpolator(2.0, kernel, Math.nextUp(atOne)).fit(one);
        float[][] bands = GridEvaluator.evaluate(s, g, Progress.NONE);
        assertEquals(7f, bands[0][0]);
        assertTrue(Float.isNaN(bands[0][1]), "value below the threshold");
        assertEquals((float) atOne, bands[1][1], "membership is kept");
    }
}
