package org.geointerp.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.purbf.PartitionOfUnityRbf;
import org.geointerp.engine.purbf.PuRbfModel;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geointerp.testing.TestFunctions;

/**
 * The Java side of {@code scripts/purbf_vs_scipy.sh}, the setting for smooth data ({@link PuRbfOptions#accurate()}, the
 * default before issue 12), fit included in every time.
 *
 * <pre>
 * PuRbfPeerRun plane N SIZE DIR   writes DIR/points_N.f64 (x, y, F1 as little-endian float64 triples) for SciPy,
 *                                 times our fit plus SIZE x SIZE grid over the unit square (cold run, then best
 *                                 of three), writes the grid as DIR/ours_N_SIZE.f32 (row 0 at the top, NaN
 *                                 outside the hull) and prints: ours plane N SIZE cold best rmse bestCpu
 *                                 (bestCpu: CPU seconds of all threads in the best run)
 * PuRbfPeerRun plane N SIZE DIR exact   the same with {@link PuRbfOptions#exactAtData}
 * PuRbfPeerRun plane N SIZE DIR robust  the same with the default ({@link PuRbfOptions#defaults()}: smoothing chosen
 *                                 per patch)
 * PuRbfPeerRun cylinder COUNT     the paper's 3D case from the first COUNT Halton points (125000 gives n = 98,006),
 *                                 evaluated at the 40^3 grid reduced to the cylinder; prints:
 *                                 ours cylinder n evalPoints cold best rmse maxError bestCpu
 * </pre>
 */
public final class PuRbfPeerRun {

    private PuRbfPeerRun() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 5 ? args[4] : "";
        if ((args.length == 4 || mode.equals("exact") || mode.equals("robust")) && args[0].equals("plane")) {
            plane(
                    Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]),
                    Path.of(args[3]),
                    mode.equals("robust")
                            ? PuRbfOptions.defaults()
                            : PuRbfOptions.accurate().withExactAtData(mode.equals("exact")));
        } else if (args.length == 2 && args[0].equals("cylinder")) {
            cylinder(Integer.parseInt(args[1]));
        } else {
            throw new IllegalArgumentException("usage: PuRbfPeerRun plane N SIZE DIR [exact|robust] | cylinder COUNT");
        }
    }

    private static void plane(int n, int size, Path dir, PuRbfOptions options) throws IOException {
        PointSet data = BenchData.uniformFranke(n, 42);
        writeF64(data, dir.resolve("points_" + n + ".f64"));
        GridSpec grid = new GridSpec(0, 0, 1, 1, size, size);
        float[][] out = new float[1][];
        double[] times = new double[4];
        double[] cpu = new double[times.length];
        for (int rep = 0; rep < times.length; rep++) {
            long c0 = BenchData.processCpuNanos();
            long t0 = System.nanoTime();
            out = GridEvaluator.evaluate(PartitionOfUnityRbf.fit(data, options).surface(), grid, Progress.NONE);
            times[rep] = (System.nanoTime() - t0) / 1e9;
            cpu[rep] = (BenchData.processCpuNanos() - c0) / 1e9;
        }
        double sum = 0;
        int count = 0;
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                float v = out[0][row * size + col];
                if (!Float.isNaN(v)) {
                    double e = v - TestFunctions.franke(grid.x(col), grid.y(row));
                    sum += e * e;
                    count++;
                }
            }
        }
        ByteBuffer b = ByteBuffer.allocate(4 * size * size).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : out[0]) {
            b.putFloat(v);
        }
        Files.write(dir.resolve("ours_" + n + "_" + size + ".f32"), b.array());
        System.out.printf(
                "ours plane %d %d %.3f %.3f %.3e %.3f%n",
                n, size, times[0], best(times), Math.sqrt(sum / count), cpu[bestRun(times)]);
    }

    private static void cylinder(int count) {
        PointSet data = BenchData.haltonCylinder(count);
        double[][] eval = BenchData.cylinderEvaluationPoints();
        PuRbfOptions options = PuRbfOptions.accurate()
                .withDomain(BenchData.cylinder(), false)
                .withBox(new double[] {0, 0, 0}, new double[] {1, 1, 1});
        double[] times = new double[4];
        double[] cpu = new double[times.length];
        double[] got = null;
        for (int rep = 0; rep < times.length; rep++) {
            long c0 = BenchData.processCpuNanos();
            long t0 = System.nanoTime();
            PuRbfModel model = PartitionOfUnityRbf.fit(data, options);
            got = model.evaluate(eval);
            times[rep] = (System.nanoTime() - t0) / 1e9;
            cpu[rep] = (BenchData.processCpuNanos() - c0) / 1e9;
        }
        double max = 0;
        double sum = 0;
        for (int i = 0; i < got.length; i++) {
            double e = Math.abs(got[i] - TestFunctions.franke(eval[0][i], eval[1][i], eval[2][i]));
            max = Math.max(max, e);
            sum += e * e;
        }
        System.out.printf(
                "ours cylinder %d %d %.3f %.3f %.3e %.3e %.3f%n",
                data.size(), got.length, times[0], best(times), Math.sqrt(sum / got.length), max, cpu[bestRun(times)]);
    }

    /** The best of the runs after the first (cold, JIT warming up). */
    private static double best(double[] times) {
        return times[bestRun(times)];
    }

    /** Index of the fastest run after the first. */
    private static int bestRun(double[] times) {
        int best = 1;
        for (int i = 2; i < times.length; i++) {
            if (times[i] < times[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void writeF64(PointSet p, Path file) throws IOException {
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < p.size(); i++) {
                b.clear();
                b.putDouble(p.x()[i]).putDouble(p.y()[i]).putDouble(p.values()[i]);
                out.write(b.array());
            }
        }
    }
}
