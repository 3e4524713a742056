package org.geointerp.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.clusterpolate.Clusterpolator;
import org.geointerp.engine.clusterpolate.StandardKernel;
import org.geointerp.engine.internal.KdTree;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.process.vector.HeatmapProcess;

/**
 * Times clusterpolation (fit + value and membership grid) and GeoTools' own HeatmapProcess on the same points and
 * grid in one JVM, for the three cases of issue 3, and sets ours beside the released clusterpolate package's times
 * stated in the issue (measured on this machine by the author; the package cannot be fetched here).
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.geointerp.bench.ClusterpolateVsHeatmap [CASE...]}
 */
public final class ClusterpolateVsHeatmap {

    /** The package's times from issue 3, in seconds, or NaN where the issue gives none. */
    private static double packageSeconds(ClusterpolateCases c) {
        switch (c) {
            case ARC:
                return 3.0;
            case UNIFORM_100K:
                return 2.6;
            default:
                return Double.NaN;
        }
    }

    /** Least warm-up time per task. */
    private static final long WARMUP_NANOS = 5_000_000_000L;

    private ClusterpolateVsHeatmap() {}

    public static void main(String[] args) {
        ClusterpolateCases[] cases = args.length == 0
                ? ClusterpolateCases.values()
                : Arrays.stream(args).map(ClusterpolateCases::valueOf).toArray(ClusterpolateCases[]::new);
        System.out.printf(
                Locale.ROOT,
                "%d cores, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "load average at start: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println("times in ms: median and least wall time of repeated runs, and process CPU time per run;"
                + " speed-up = package wall time / our median");
        System.out.printf(
                Locale.ROOT,
                "%-13s %9s %11s %9s %10s %9s %7s %7s %9s %7s %7s %9s %8s%n",
                "case",
                "points",
                "grid",
                "radius",
                "nbrs/cell",
                "ours med",
                "min",
                "cpu",
                "heat med",
                "min",
                "cpu",
                "package s",
                "speed-up");
        for (ClusterpolateCases c : cases) {
            run(c);
        }
    }

    private static void run(ClusterpolateCases c) {
        PointSet points = c.points();
        GridSpec grid = c.grid();
        double radius = c.radius();
        boolean large = grid.cellCount() > 1_000_000;
        int warmup = large ? 1 : 5;
        int timed = large ? 3 : 20;

        Timing ours = time(
                warmup,
                timed,
                () -> GridEvaluator.evaluate(
                        new Clusterpolator(radius, StandardKernel.BUMP).fit(points), grid, Progress.NONE));

        SimpleFeatureCollection features = HeatmapInput.features(points);
        int pixels = HeatmapInput.radiusPixels(radius, grid);
        Timing heatmap = time(warmup, timed, () -> new HeatmapProcess()
                .execute(
                        features,
                        pixels,
                        HeatmapInput.VALUE,
                        1,
                        HeatmapInput.envelope(grid),
                        grid.width(),
                        grid.height(),
                        null));

        double pkg = packageSeconds(c);
        System.out.printf(
                Locale.ROOT,
                "%-13s %9d %11s %9.5f %10.1f %9.1f %7.1f %7.1f %9.1f %7.1f %7.1f %9s %8s%n",
                c,
                points.size(),
                grid.width() + "x" + grid.height(),
                radius,
                neighboursPerCell(points, grid, radius),
                ours.medianMs(),
                ours.minMs(),
                ours.cpuMsPerRun(),
                heatmap.medianMs(),
                heatmap.minMs(),
                heatmap.cpuMsPerRun(),
                Double.isNaN(pkg) ? "-" : String.format(Locale.ROOT, "%.1f", pkg),
                Double.isNaN(pkg) ? "-" : String.format(Locale.ROOT, "%.0fx", pkg * 1000 / ours.medianMs()));
    }

    /** Wall and CPU time of repeated runs of one task. */
    record Timing(double medianMs, double minMs, double cpuMsPerRun) {}

    /**
     * Times {@code timed} runs after {@code warmup} untimed ones: median and least wall time, and the process CPU
     * time per run (all threads), which tells how much work a run is when other jobs share the machine.
     */
    private static Timing time(int warmup, int timed, Runnable task) {
        // at least `warmup` runs and at least WARMUP_NANOS, so the JIT has compiled the hot loops before timing
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmStart < WARMUP_NANOS; i++) {
            task.run();
        }
        double[] ms = new double[timed];
        long cpu0 = BenchData.processCpuNanos();
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double cpu = (BenchData.processCpuNanos() - cpu0) / 1e6 / timed;
        Arrays.sort(ms);
        return new Timing(ms[timed / 2], ms[0], cpu);
    }

    /** Mean number of points within the radius over 20,000 random cells that have at least one. */
    private static double neighboursPerCell(PointSet points, GridSpec grid, double radius) {
        KdTree.Searcher s = new KdTree(points).searcher();
        Random r = new Random(9);
        long sum = 0;
        int cells = 0;
        for (int i = 0; i < 20_000; i++) {
            int n = s.within(grid.x(r.nextInt(grid.width())), grid.y(r.nextInt(grid.height())), radius, false);
            if (n > 0) {
                sum += n;
                cells++;
            }
        }
        return cells == 0 ? 0 : (double) sum / cells;
    }
}
