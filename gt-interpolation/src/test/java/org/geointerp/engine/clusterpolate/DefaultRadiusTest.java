package org.geointerp.engine.clusterpolate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

class DefaultRadiusTest {

    /** For uniform points the disc of the default radius holds about 20 others: pi r^2 n = 20. */
    @Test
    void uniformPointsGetTwentyNeighbours() {
        int n = 20_000;
        Random r = new Random(4);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
        }
        double radius = DefaultRadius.of(PointSet.of2D(x, y, new double[n]));
        assertEquals(Math.sqrt(DefaultRadius.NEIGHBOURS / (Math.PI * n)), radius, 0.05 * radius);
    }

    /** Repeated measurements at one site do not count as neighbours, so they cannot shrink the radius to 0. */
    @Test
    void duplicatesAreSkipped() {
        double[] x = new double[60];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = i % 3;
            y[i] = 0;
        }
        // 20 readings at each of 3 sites 1 apart: counting the 19 repeats, the radius would be 0; without them the
        // neighbours (fewer than 20) are all at distance 1 from every site
        assertTrue(DefaultRadius.NEIGHBOURS < 20);
        assertEquals(1.0, DefaultRadius.of(PointSet.of2D(x, y, new double[60])), 0.0);
    }

    @Test
    void clusteredDataGetTheClustersScaleNotTheBoxes() {
        Random r = new Random(8);
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 2) * 1000 + r.nextDouble();
            y[i] = r.nextDouble();
        }
        double radius = DefaultRadius.of(PointSet.of2D(x, y, new double[n]));
        assertEquals(Math.sqrt(DefaultRadius.NEIGHBOURS / (Math.PI * n / 2)), radius, 0.1 * radius);
    }

    @Test
    void nothingToDeriveFrom() {
        assertEquals(
                "radius: cannot be derived from the data, all 3 points lie at one location; give a radius",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DefaultRadius.of(
                                        PointSet.of2D(new double[] {1, 1, 1}, new double[] {2, 2, 2}, new double[3])))
                        .getMessage());
        assertEquals(
                "radius: cannot be derived from the data, there is only one point; give a radius",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DefaultRadius.of(
                                        PointSet.of2D(new double[] {1}, new double[] {2}, new double[1])))
                        .getMessage());
    }
}
