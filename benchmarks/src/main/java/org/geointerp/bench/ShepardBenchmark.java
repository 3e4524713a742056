package org.geointerp.bench;

import java.util.concurrent.TimeUnit;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.shepard.ShepardInterpolator;
import org.geointerp.engine.shepard.ShepardOptions;
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
 * Shepard's fit plus grid evaluation: 100,000 uniform points in the unit square to a 2000 x 2000 grid (the issue's
 * benchmark), full SYMAP method and plain IDW,
 * without barriers and with 100 random barrier lines. Time per raster; cells per second = 4e6 / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class ShepardBenchmark {

    @Param({"100000"})
    int points;

    @Param({"2000"})
    int size;

    @Param({"SYMAP", "IDW"})
    ShepardOptions.Mode mode;

    @Param({"0", "100"})
    int barrierLines;

    private PointSet data;
    private GridSpec grid;

    @Setup
    public void setup() {
        data = BenchData.uniformFranke(points, 42);
        grid = new GridSpec(0, 0, 1, 1, size, size);
        barriers = barrierLines == 0 ? null : BenchData.randomLines(barrierLines, 0.1, 7);
    }

    private org.geointerp.engine.barrier.BarrierSet barriers;

    @Benchmark
    public float[][] fitAndGrid() {
        return GridEvaluator.evaluate(
                new ShepardInterpolator(ShepardOptions.defaults().withMode(mode), barriers).fit(data),
                grid,
                Progress.NONE);
    }
}
