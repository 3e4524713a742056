package org.geointerp.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.akima.AkimaInterpolator;
import org.geointerp.engine.akima.AkimaSurface;
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
 * Akima 761 on uniform random points with Franke's F1 as values: the fit (neighbours, local fits, derivative
 * weighting, triangulation) and the grid walk over [0, 1]^2, measured separately. The side-by-side comparison with
 * SciPy and GDAL is {@code scripts/akima_vs_peers.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx8g"})
public class AkimaBenchmark {

    @Param({"100000"})
    int points;

    @Param({"500"})
    int gridSize;

    private PointSet data;
    private AkimaSurface surface;
    private GridSpec grid;

    @Setup
    public void setup() {
        Random r = new Random(761);
        double[] x = new double[points];
        double[] y = new double[points];
        double[] z = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            z[i] = franke1(x[i], y[i]);
        }
        data = PointSet.of2D(x, y, z);
        surface = new AkimaInterpolator().fit(data);
        grid = new GridSpec(0, 0, 1, 1, gridSize, gridSize);
    }

    static double franke1(double x, double y) {
        return 0.75 * Math.exp(-((9 * x - 2) * (9 * x - 2) + (9 * y - 2) * (9 * y - 2)) / 4)
                + 0.75 * Math.exp(-((9 * x + 1) * (9 * x + 1)) / 49 - (9 * y + 1) / 10)
                + 0.5 * Math.exp(-((9 * x - 7) * (9 * x - 7) + (9 * y - 3) * (9 * y - 3)) / 4)
                - 0.2 * Math.exp(-(9 * x - 4) * (9 * x - 4) - (9 * y - 7) * (9 * y - 7));
    }

    @Benchmark
    public AkimaSurface fit() {
        return new AkimaInterpolator().fit(data);
    }

    @Benchmark
    public float[][] grid() {
        return GridEvaluator.evaluate(surface, grid, Progress.NONE);
    }
}
