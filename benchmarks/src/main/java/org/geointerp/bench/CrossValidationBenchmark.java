package org.geointerp.bench;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geointerp.engine.AutoTune;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.CrossValidationResult;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.testing.TestFunctions;
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
 * Cross-validation of 100,000 points (issue 12's speed target): leave-one-out of every point with each method's
 * defaults, through each method's shortcut ({@code CrossValidation.run}: the fit to all the data that fixes the
 * derived parameters, the fit the shortcut works on, and the predictions), and {@code AutoTune.tune} (each candidate
 * setting cross-validated on 2,000 sampled locations). Data: uniform points in the unit square, Franke's F1 plus
 * noise of 0.05, one point in a hundred a second reading at an earlier point's location.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar CrossValidationBenchmark}</pre>
 *
 * A quick run without JMH (one warm-up, then timed runs):
 * {@code java -cp benchmarks/target/benchmarks.jar org.geointerp.bench.CrossValidationBenchmark [points]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class CrossValidationBenchmark {

    @Param({"100000"})
    int points;

    @Param({"Shepard", "Clusterpolate", "PartitionOfUnityRBF", "Akima"})
    String method;

    private PointSet data;

    @Setup
    public void setup() {
        data = noisyWithRepeats(points, 42);
    }

    /** Leave-one-out of every point (Akima has no speed target: its shortcut is a local refit per point). */
    @Benchmark
    public CrossValidationResult leaveOneOut() {
        return CrossValidation.run(Methods.get(method), Map.of(), data, 0, 1, Execution.defaults());
    }

    @Benchmark
    public AutoTune.Choice autoTune() {
        return AutoTune.tune(Methods.get(method), Map.of(), data, 1, Execution.defaults());
    }

    /** Uniform points, Franke's F1 plus noise, every hundredth point a second reading at an earlier location. */
    static PointSet noisyWithRepeats(int n, long seed) {
        PointSet base = BenchData.uniformFranke(n, seed);
        Random r = new Random(seed + 1);
        double[] x = base.x().clone();
        double[] y = base.y().clone();
        double[] z = base.values().clone();
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % 100 == 0) {
                int j = r.nextInt(i);
                x[i] = x[j];
                y[i] = y[j];
                z[i] = TestFunctions.franke(x[i], y[i]);
            }
            z[i] += 0.05 * r.nextGaussian();
        }
        return PointSet.of2D(x, y, z);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String[] methods = args.length > 1
                ? args[1].split(",")
                : new String[] {"Shepard", "Clusterpolate", "PartitionOfUnityRBF", "Akima"};
        String what = args.length > 2 ? args[2] : "both";
        PointSet data = noisyWithRepeats(n, 42);
        for (String m : methods) {
            CrossValidationBenchmark b = new CrossValidationBenchmark();
            b.data = data;
            b.method = m;
            if (!what.equals("tune")) {
                for (int run = 0; run < 3; run++) {
                    long t0 = System.nanoTime();
                    CrossValidationResult r = b.leaveOneOut();
                    System.out.printf(
                            "%s leave-one-out of %d points: %.2f s, RMSE %.5f%n",
                            m, n, (System.nanoTime() - t0) / 1e9, r.summary().rmse());
                }
            }
            if (!what.equals("loo")) {
                for (int run = 0; run < 2; run++) {
                    long t0 = System.nanoTime();
                    AutoTune.Choice c = b.autoTune();
                    System.out.printf(
                            "%s autoTune of %d points: %.2f s, %s%n",
                            m, n, (System.nanoTime() - t0) / 1e9, c.describe());
                }
            }
        }
    }
}
