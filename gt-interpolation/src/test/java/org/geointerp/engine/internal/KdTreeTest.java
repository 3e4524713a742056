package org.geointerp.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query checked against brute force over all points. */
class KdTreeTest {

    private static PointSet random(int n, int dim, long seed, boolean clustered) {
        Random r = new Random(seed);
        double[][] c = new double[dim][n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < dim; a++) {
                // clustered: many exact ties and duplicates, which stress the median split
                c[a][i] = clustered ? Math.floor(r.nextDouble() * 7) / 7 : r.nextDouble();
            }
        }
        return new PointSet(c, new double[n]);
    }

    private static double[] bruteDistances(PointSet p, double[] q) {
        double[] d = new double[p.size()];
        for (int i = 0; i < p.size(); i++) {
            for (int a = 0; a < p.dimension(); a++) {
                double t = p.coordinate(a)[i] - q[a];
                d[i] += t * t;
            }
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 9, 100, 5000})
    void nearestMatchesBruteForce(int n) {
        for (int dim = 2; dim <= 3; dim++) {
            for (boolean clustered : new boolean[] {false, true}) {
                PointSet p = random(n, dim, n * 31L + dim, clustered);
                KdTree tree = new KdTree(p);
                KdTree.Searcher s = tree.searcher();
                Random r = new Random(7);
                for (int t = 0; t < 200; t++) {
                    double[] q = new double[dim];
                    for (int a = 0; a < dim; a++) q[a] = r.nextDouble() * 1.4 - 0.2;
                    double[] brute = bruteDistances(p, q);
                    double[] sorted = brute.clone();
                    Arrays.sort(sorted);
                    int k = 1 + r.nextInt(12);
                    int got = s.nearest(q, k);
                    assertEquals(Math.min(k, n), got);
                    for (int i = 0; i < got; i++) {
                        assertEquals(sorted[i], s.distanceSquared(i), 0.0);
                        assertEquals(brute[s.index(i)], s.distanceSquared(i), 0.0);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 5000})
    void withinMatchesBruteForceAtTheBoundary(int n) {
        PointSet p = random(n, 2, n, true);
        KdTree.Searcher s = new KdTree(p).searcher();
        Random r = new Random(3);
        for (int t = 0; t < 200; t++) {
            // query at a data point with radius equal to the distance to another data point: exact boundary ties
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            double[] q = {p.x()[i], p.y()[i]};
            double radius = Math.sqrt(bruteDistances(p, q)[j]);
            double[] brute = bruteDistances(p, q);
            for (boolean inclusive : new boolean[] {false, true}) {
                long expected = Arrays.stream(brute)
                        .filter(d -> inclusive ? d <= radius * radius : d < radius * radius)
                        .count();
                assertEquals(expected, s.within(q, radius, inclusive));
                for (int m = 1; m < s.count(); m++) {
                    assertTrue(s.distanceSquared(m - 1) <= s.distanceSquared(m));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 3000})
    void incrementalWalkVisitsAllInDistanceOrder(int n) {
        PointSet p = random(n, 3, n + 5, false);
        KdTree.Searcher s = new KdTree(p).searcher();
        double[] q = {0.3, 0.6, 0.1};
        double[] sorted = bruteDistances(p, q);
        Arrays.sort(sorted);
        s.startIncremental(q);
        boolean[] seen = new boolean[n];
        KdTree.Step step = new KdTree.Step();
        for (int m = 0; m < n; m++) {
            assertTrue(s.next(step));
            int idx = step.index();
            assertTrue(idx >= 0 && !seen[idx]);
            seen[idx] = true;
            assertEquals(sorted[m], step.distanceSquared(), 0.0);
        }
        assertFalse(s.next(step));
    }
}
