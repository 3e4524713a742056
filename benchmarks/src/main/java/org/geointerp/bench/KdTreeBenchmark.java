package org.geointerp.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.internal.KdTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** k-nearest queries per second on uniform 2D points: the inner loop of Shepard's grid walk. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class KdTreeBenchmark {

    @Param({"100000"})
    int points;

    @Param({"11"})
    int k;

    private KdTree.Searcher searcher;
    private final Random random = new Random(1);

    @Setup
    public void setup() {
        Random r = new Random(42);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
        }
        searcher = new KdTree(PointSet.of2D(x, y, new double[points])).searcher();
    }

    @Benchmark
    public int nearest() {
        return searcher.nearest(random.nextDouble(), random.nextDouble(), k);
    }
}
