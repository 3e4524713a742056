package org.geointerp.engine.barrier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One BarrierSet shared by threads, one Query each: the same answers as one thread alone. */
class ConcurrentQueriesTest {

    @Test
    void queriesOnSeveralThreadsAgreeWithOneThread() throws Exception {
        BarrierSet set = BarrierSet.of(
                List.of(
                        StraightBarrierTest.wkt("LINESTRING (0.2 0.1, 0.5 0.9, 0.8 0.2)"),
                        StraightBarrierTest.wkt("POLYGON ((0.6 0.6, 0.7 0.6, 0.7 0.7, 0.6 0.7, 0.6 0.6))"),
                        StraightBarrierTest.wkt("LINESTRING (0 0.5, 0.4 0.5)")),
                new double[] {Double.NaN, Double.NaN, 0.1});
        Random r = new Random(5);
        double[] pairs = new double[4 * 4000];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = r.nextDouble();
        }
        double[] expected = run(set, pairs);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> results = pool.invokeAll(java.util.Collections.nCopies(4, () -> run(set, pairs)));
            for (Future<double[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double[] run(BarrierSet set, double[] pairs) {
        BarrierSet.Query q = set.query();
        double[] out = new double[pairs.length / 4];
        for (int k = 0; k < out.length; k++) {
            q.near(pairs[4 * k], pairs[4 * k + 1], 0.3);
            out[k] = q.detour(pairs[4 * k], pairs[4 * k + 1], pairs[4 * k + 2], pairs[4 * k + 3], 2);
        }
        return out;
    }
}
