package org.geointerp.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

class CoincidentPointsTest {

    /**
     * Groups by brute force (every pair compared, union of chains) and checks the merged set: same number of
     * points and groups, and each output point is its group's mean location and mean value, in first-member order.
     */
    @Test
    void mergesLikeAllPairsComparison() {
        Random r = new Random(11);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(4) == 0) {
                int j = r.nextInt(i); // a near copy of an earlier point, sometimes exact
                x[i] = x[j] + (r.nextBoolean() ? 0 : (r.nextDouble() - 0.5) * 1e-7);
                y[i] = y[j] + (r.nextBoolean() ? 0 : (r.nextDouble() - 0.5) * 1e-7);
            } else {
                x[i] = r.nextInt(200) * 0.5 - 50; // on a lattice: many equal x, distinct points
                y[i] = r.nextDouble();
            }
            z[i] = r.nextGaussian();
        }
        double tolerance = 1e-7;
        CoincidentPoints.Result merged = CoincidentPoints.merge(new PointSet(new double[][] {x, y}, z), tolerance);

        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(x[i] - x[j]) <= tolerance && Math.abs(y[i] - y[j]) <= tolerance) {
                    int gi = group[i];
                    int gj = group[j];
                    int low = Math.min(gi, gj);
                    for (int m = 0; m < n; m++) {
                        if (group[m] == gi || group[m] == gj) {
                            group[m] = low;
                        }
                    }
                }
            }
        }
        int out = 0;
        int groups = 0;
        for (int g = 0; g < n; g++) {
            double sx = 0;
            double sy = 0;
            double sz = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (group[i] == g) {
                    sx += x[i];
                    sy += y[i];
                    sz += z[i];
                    count++;
                }
            }
            if (count == 0) {
                continue;
            }
            groups += count > 1 ? 1 : 0;
            PointSet p = merged.points();
            assertEquals(sx / count, p.x()[out], 1e-12, "x of group " + g);
            assertEquals(sy / count, p.y()[out], 1e-12, "y of group " + g);
            assertEquals(sz / count, p.values()[out], 1e-12, "value of group " + g);
            out++;
        }
        assertEquals(out, merged.points().size());
        assertEquals(n - out, merged.mergedAway());
        assertEquals(groups, merged.groups());
    }
}
