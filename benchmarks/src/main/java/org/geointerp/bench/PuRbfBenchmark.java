package org.geointerp.bench;

import java.util.concurrent.TimeUnit;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.purbf.PartitionOfUnityRbf;
import org.geointerp.engine.purbf.PuRbfOptions;
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
 * Partition-of-unity RBF fit plus evaluation, the speed cases with the default setting (Wendland C4):
 * 100,000 and 1,000,000 uniform points in the unit square (Franke's F1) to 500 x 500 and 2000 x 2000 grids, and
 * the paper's largest 3D case, 98,006 Halton points in the cylinder evaluated at the 40^3 grid reduced to it (the
 * paper: 209 s in Matlab). Time per run, fit included.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class PuRbfBenchmark {

    /** Uniform 2D points and a grid over the unit square. */
    @State(Scope.Benchmark)
    public static class Plane {
        @Param({"100000", "1000000"})
        int points;

        @Param({"500", "2000"})
        int size;

        PointSet data;
        GridSpec grid;

        @Setup
        public void setup() {
            data = BenchData.uniformFranke(points, 42);
            grid = new GridSpec(0, 0, 1, 1, size, size);
        }
    }

    /** The paper's largest 3D data set and its evaluation points. */
    @State(Scope.Benchmark)
    public static class Cylinder {
        PointSet data;
        double[][] eval;
        PuRbfOptions options;

        @Setup
        public void setup() {
            data = BenchData.haltonCylinder(125000);
            eval = BenchData.cylinderEvaluationPoints();
            options = PuRbfOptions.accurate()
                    .withDomain(BenchData.cylinder(), false)
                    .withBox(new double[] {0, 0, 0}, new double[] {1, 1, 1});
        }
    }

    @Benchmark
    public float[][] plane(Plane s) {
        return GridEvaluator.evaluate(
                PartitionOfUnityRbf.fit(s.data, PuRbfOptions.accurate()).surface(), s.grid, Progress.NONE);
    }

    @Benchmark
    public double[] cylinder(Cylinder s) {
        return PartitionOfUnityRbf.fit(s.data, s.options).evaluate(s.eval);
    }
}
