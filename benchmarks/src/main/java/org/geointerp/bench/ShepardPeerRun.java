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
 * grid (best of three after a warm-up run) for each mode and prints one line per mode:
 * {@code ours <mode> <seconds> <cells/s>}.
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
        for (ShepardOptions.Mode mode : ShepardOptions.Mode.values()) {
            ShepardOptions o = ShepardOptions.defaults().withMode(mode);
            double best = Double.POSITIVE_INFINITY;
            for (int rep = 0; rep < 4; rep++) {
                long t0 = System.nanoTime();
                GridEvaluator.evaluate(new ShepardInterpolator(o).fit(data), grid, Progress.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                if (rep > 0) {
                    best = Math.min(best, s);
                }
            }
            System.out.printf("ours %s %.3f %.0f%n", mode, best, size * (double) size / best);
        }
    }
}
