package org.geointerp.bench;

import java.nio.file.Path;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.geointerp.engine.shepard.ShepardInterpolator;
import org.geointerp.engine.shepard.ShepardOptions;

/**
 * The Java side of {@code scripts/shepard_vs_gdal.sh}: writes the points for gdal_grid, then times our fit plus
 * grid (best of five after three warm-up runs; and the first run alone) for the full method, plain IDW, and the
 * full method with 100 random barrier lines, printing one line each:
 * {@code ours <case> <seconds> <cells/s> cpu <seconds> cold <seconds>}. Arguments: points, grid size, output
 * folder, and optionally the cases to run (comma separated, default {@code SYMAP,IDW,BARRIERS}).
 */
public final class ShepardPeerRun {

    private ShepardPeerRun() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int size = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        PointSet data = BenchData.uniformFranke(n, 42);
        BenchData.writeCsv(data, dir.resolve("points.csv"));
        GridSpec grid = new GridSpec(0, 0, 1, 1, size, size);
        java.util.List<String> cases = java.util.List.of((args.length > 3 ? args[3] : "SYMAP,IDW,BARRIERS").split(","));
        if (cases.contains("SYMAP")) {
            time("SYMAP", ShepardOptions.defaults(), null, data, grid);
        }
        if (cases.contains("IDW")) {
            time("IDW", ShepardOptions.defaults().withMode(ShepardOptions.Mode.IDW), null, data, grid);
        }
        if (cases.contains("BARRIERS")) {
            time("SYMAP+100barriers", ShepardOptions.defaults(), BenchData.randomLines(100, 0.1, 7), data, grid);
        }
    }

    /** Runs before the measured ones: the JIT keeps improving the grid loop for about three runs of this size. */
    private static final int WARM_UP = 3;

    private static final int MEASURED = 5;

    private static void time(
            String label,
            ShepardOptions o,
            org.geointerp.engine.barrier.BarrierSet barriers,
            PointSet data,
            GridSpec grid) {
        double cold = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int rep = 0; rep < WARM_UP + MEASURED; rep++) {
            long c0 = BenchData.processCpuNanos();
            long t0 = System.nanoTime();
            GridEvaluator.evaluate(new ShepardInterpolator(o, barriers).fit(data), grid, Progress.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            if (rep == 0) {
                cold = s;
            }
            if (rep >= WARM_UP && s < best) {
                best = s;
                bestCpu = (BenchData.processCpuNanos() - c0) / 1e9;
            }
        }
        // warm wall seconds (compared with gdal_grid), cells per second, CPU seconds of the whole process over that
        // run (all threads, the JIT and GC included: on a machine shared with other work the steadier number), and the
        // case's first run (for the first case that is a fresh JVM, what a one-off command line run sees)
        System.out.printf(
                "ours %s %.3f %.0f cpu %.3f cold %.3f%n", label, best, grid.cellCount() / best, bestCpu, cold);
    }
}
