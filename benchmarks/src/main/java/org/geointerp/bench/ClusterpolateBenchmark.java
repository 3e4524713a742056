package org.geointerp.bench;

import java.util.concurrent.TimeUnit;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.clusterpolate.Clusterpolator;
import org.geointerp.engine.clusterpolate.StandardKernel;
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

/**
 * Fit plus full two-band grid (value and membership), as a process call does, for the three cases of issue 3.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ClusterpolateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx8g"})
public class ClusterpolateBenchmark {

    @Param({"ARC", "UNIFORM_100K", "CLUSTERED_1M"})
    ClusterpolateCases scenario;

    @Param({"bump"})
    String kernel;

    private PointSet points;
    private GridSpec grid;
    private double radius;

    @Setup
    public void setup() {
        points = scenario.points();
        grid = scenario.grid();
        radius = scenario.radius();
    }

    @Benchmark
    public float[][] fitAndGrid() {
        return GridEvaluator.evaluate(
                new Clusterpolator(radius, StandardKernel.byName(kernel), 0).fit(points), grid, Progress.NONE);
    }
}
