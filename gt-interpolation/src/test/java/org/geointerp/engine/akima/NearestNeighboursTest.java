package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.geointerp.engine.Execution;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * The grid search and the kd-tree search give the same neighbours, in the same order, as sorting all points by
 * (distance, original index): on uniform points, on Franke's sets (DPS2 is a lattice full of exact ties), and on a
 * tight cluster among sparse points (where the grid is unbalanced and the fit uses the kd-tree).
 */
class NearestNeighboursTest {

    private static final int K = 11;

    @Test
    void gridAndTreeAgreeWithSortingAllPoints() {
        Random random = new Random(3);
        for (int n : new int[] {4, 13, 500, 1500}) {
            double[][] xy = new double[2][n];
            for (int i = 0; i < n; i++) {
                xy[0][i] = random.nextDouble() * 3;
                xy[1][i] = random.nextDouble();
            }
            check(xy, "uniform " + n);
        }
        for (int dps = 1; dps <= 3; dps++) {
            check(FrankeData.pointSet(dps), "DPS" + dps);
        }
        int n = 400;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            boolean inCluster = i % 4 == 0;
            xy[0][i] = inCluster ? 0.5 + random.nextDouble() * 1e-6 : random.nextDouble();
            xy[1][i] = inCluster ? 0.5 + random.nextDouble() * 1e-6 : random.nextDouble();
        }
        check(xy, "cluster");
        Frame f = Frame.of(xy[0], xy[1]);
        CellGrid grid = CellGrid.of(f.us(xy[0]), f.vs(xy[1]));
        assertFalse(grid.balanced(), "a quarter of the points in one cell: the fit uses the kd-tree");
    }

    private static void check(double[][] xy, String label) {
        Frame frame = Frame.of(xy[0], xy[1]);
        OrderedPoints points =
                OrderedPoints.of(frame, PointSet.of2D(xy[0], xy[1], new double[xy[0].length]), Execution.defaults());
        CellGrid grid = CellGrid.of(points.u(), points.v());
        assertNotNull(grid, label);
        NearestNeighbours fromGrid = NearestNeighbours.of(points, K, grid, Execution.defaults());
        NearestNeighbours fromTree = NearestNeighbours.of(points, K, null, Execution.defaults());
        int n = points.size();
        int k = Math.min(K, n - 1);
        assertEquals(k, fromGrid.k(), label);
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int[] expected = bySorting(points, i, k);
            int[] grid1 = new int[k];
            int[] tree1 = new int[k];
            for (int j = 0; j < k; j++) {
                grid1[j] = fromGrid.get(i, j);
                tree1[j] = fromTree.get(i, j);
            }
            assertArrayEquals(expected, grid1, label + ": grid, point " + i);
            assertArrayEquals(expected, tree1, label + ": kd-tree, point " + i);
            closest = Math.min(closest, distanceSquared(points, i, expected[0]));
        }
        assertEquals(closest, fromGrid.closestPairSquared(), 0.0, label);
        assertEquals(closest, fromTree.closestPairSquared(), 0.0, label);
        assertTrue(closest > 0, label);
    }

    private static int[] bySorting(OrderedPoints points, int i, int k) {
        int[] rank = points.original();
        return IntStream.range(0, points.size())
                .filter(p -> p != i)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(p -> distanceSquared(points, i, p))
                        .thenComparingInt(p -> rank[p]))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double distanceSquared(OrderedPoints points, int a, int b) {
        double du = points.u()[a] - points.u()[b];
        double dv = points.v()[a] - points.v()[b];
        return du * du + dv * dv;
    }

    @Test
    void sortingIsByOriginalIndexOnTies() {
        // the unit square's corners and centre, given in two input orders: ties are broken by the input index
        double[] x = {0, 1, 0, 1, 0.5};
        double[] y = {0, 0, 1, 1, 0.5};
        Frame frame = Frame.of(x, y);
        OrderedPoints points = OrderedPoints.of(frame, PointSet.of2D(x, y, new double[5]), Execution.defaults());
        NearestNeighbours nn = NearestNeighbours.of(points, 4, Execution.defaults());
        int centre = Arrays.stream(IntStream.range(0, 5).toArray())
                .filter(p -> points.original()[p] == 4)
                .findFirst()
                .getAsInt();
        int[] originals = IntStream.range(0, 4)
                .map(j -> points.original()[nn.get(centre, j)])
                .toArray();
        assertArrayEquals(new int[] {0, 1, 2, 3}, originals);
    }
}
