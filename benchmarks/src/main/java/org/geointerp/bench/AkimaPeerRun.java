package org.geointerp.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.akima.AkimaInterpolator;
import org.geointerp.engine.akima.AkimaSurface;

/**
 * Side-by-side driver for {@code scripts/akima_vs_peers.sh}: reads points (little-endian float64 triples x, y, z),
 * fits Akima, evaluates a width x height grid over [minX, maxX] x [minY, maxY] (cell centres at pixel centres) and
 * writes it as little-endian float32, row 0 at the top. Prints the wall-clock time of fit and grid separately, and
 * the CPU time the whole process spent meanwhile (all threads: the work on every core, the just-in-time compiler and
 * the garbage collector), which is less disturbed than wall time by other programs on the machine. Then repeats the
 * fit and grid three times in the warm JVM and prints the best of those too ({@code warm}).
 *
 * <p>Usage: {@code AkimaPeerRun points.f64 minX minY maxX maxY width height out.f32}
 */
public final class AkimaPeerRun {

    private AkimaPeerRun() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 8) {
            System.err.println("usage: AkimaPeerRun points.f64 minX minY maxX maxY width height out.f32");
            System.exit(2);
        }
        double[][] xyz = read(Path.of(args[0]));
        GridSpec grid = new GridSpec(
                Double.parseDouble(args[1]),
                Double.parseDouble(args[2]),
                Double.parseDouble(args[3]),
                Double.parseDouble(args[4]),
                Integer.parseInt(args[5]),
                Integer.parseInt(args[6]));
        long c0 = BenchData.processCpuNanos();
        long t0 = System.nanoTime();
        AkimaSurface surface = new AkimaInterpolator().fit(PointSet.of2D(xyz[0], xyz[1], xyz[2]));
        long t1 = System.nanoTime();
        float[] values = GridEvaluator.evaluate(surface, grid, Progress.NONE)[0];
        long t2 = System.nanoTime();
        long c2 = BenchData.processCpuNanos();
        write(Path.of(args[7]), values);
        // then the same work again in the now warm JVM (as in a server, or the Shepard and PU-RBF peer runs):
        // best of three after the first run, with the CPU time of that best run
        double warm = Double.POSITIVE_INFINITY;
        double warmCpu = Double.NaN;
        for (int rep = 0; rep < WARM_RUNS; rep++) {
            long wc = BenchData.processCpuNanos();
            long w0 = System.nanoTime();
            GridEvaluator.evaluate(
                    new AkimaInterpolator().fit(PointSet.of2D(xyz[0], xyz[1], xyz[2])), grid, Progress.NONE);
            double s = (System.nanoTime() - w0) / 1e9;
            if (s < warm) {
                warm = s;
                warmCpu = (BenchData.processCpuNanos() - wc) / 1e9;
            }
        }
        System.out.printf(
                "akima fit %.3f s, grid %.3f s, total %.3f s, cpu %.3f s, warm %.3f s, warm cpu %.3f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, (c2 - c0) / 1e9, warm, warmCpu);
    }

    /** Timed runs after the first (fresh JVM) one. */
    private static final int WARM_RUNS = 3;

    private static double[][] read(Path file) throws IOException {
        long bytes = java.nio.file.Files.size(file);
        int n = (int) (bytes / 24);
        double[][] xyz = new double[3][n];
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(new FileInputStream(file.toFile()), 1 << 20))) {
            byte[] record = new byte[24];
            ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                in.readFully(record);
                xyz[0][i] = b.getDouble(0);
                xyz[1][i] = b.getDouble(8);
                xyz[2][i] = b.getDouble(16);
            }
        }
        return xyz;
    }

    private static void write(Path file, float[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(b);
        }
    }
}
