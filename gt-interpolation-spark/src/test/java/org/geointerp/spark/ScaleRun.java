package org.geointerp.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.geointerp.output.GeoTiffEncoder;
import org.geointerp.output.GeoTiffOptions;
import org.geotools.coverage.grid.GridCoverage2D;

/**
 * The scale benchmark (run by {@code benchmarks/scripts/spark_scale.sh}, not a test): N uniform points with a smooth
 * value on a square, interpolated on Spark to a W x W grid, tiles written as GeoTIFFs and a VRT (or only computed),
 * reporting wall time (and each planning pass's), cells per second and the peak heap; and the single-machine
 * engine's rate on a window of the same data with the same density of points per cell (all cores), for the ratio:
 * fit and grid only, and with its grid written as a GeoTIFF the way Spark writes each tile (Spark's time includes
 * writing its tiles).
 *
 * <p>Arguments: {@code master points width method tileSize output|- engineFraction}.
 */
public final class ScaleRun {

    /** Side of the square the points cover, metres; the grid covers it exactly. */
    static final double SIDE = 100_000;

    public static void main(String[] args) throws Exception {
        String master = args[0];
        long n = Long.parseLong(args[1]);
        int width = Integer.parseInt(args[2]);
        String method = args[3];
        int tile = Integer.parseInt(args[4]);
        String output = args[5];
        int engineDivisor = Integer.parseInt(args[6]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        SparkSession spark = SedonaContext.create(SparkSession.builder()
                .master(master)
                .appName("geointerp scale")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "64")
                .getOrCreate());
        int partitions = (int) Math.max(4, n / 500_000);
        Dataset<Row> points = spark.range(0, n, 1, partitions)
                .selectExpr("rand(1) * " + SIDE + " AS x", "rand(2) * " + SIDE + " AS y")
                .selectExpr("x", "y", "cos(x / 7000) * sin(y / 4500) + 0.000002 * x AS value");
        InterpolationRequest request = InterpolationRequest.of(method)
                .withXYColumns("x", "y")
                .withValueColumn("value")
                .withGrid(0, 0, SIDE, SIDE, width, width)
                .withCrs("EPSG:32633")
                .withTileSize(tile);
        long t0 = System.nanoTime();
        TiledResult result = SparkInterpolation.interpolate(points, request);
        long planned = System.nanoTime();
        long pieces;
        if (output.equals("-")) {
            pieces = result.tiles().select("points").javaRDD().count();
        } else {
            pieces = TileWriter.write(result, output, "scale").tiles().size();
        }
        long t1 = System.nanoTime();
        double seconds = (t1 - t0) / 1e9;
        double cells = (double) width * width;
        System.out.println(String.format(
                Locale.ROOT,
                "spark %s: %d points -> %d x %d cells (%s, tiles %d, %d pieces on %d tasks, halos %.1f-%.1f m):"
                        + " %.1f s (planning %.1f s: %s), %.3g cells/s, peak heap %.2f GB; parameters %s",
                master,
                n,
                width,
                width,
                method,
                tile,
                pieces,
                result.partitions(),
                result.haloRange()[0],
                result.haloRange()[1],
                seconds,
                (planned - t0) / 1e9,
                result.planningTimes(),
                cells / seconds,
                peak.get() / 1e9,
                result.parameters()));
        result.release();

        if (engineDivisor > 0) {
            // the same data's lower-left window: 1/divisor^2 of the points and cells, same density, all cores
            double side = SIDE / engineDivisor;
            int w = width / engineDivisor;
            java.util.List<Row> window =
                    points.filter("x < " + side + " AND y < " + side).collectAsList();
            double[] x = new double[window.size()];
            double[] y = new double[window.size()];
            double[] z = new double[window.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = window.get(i).getDouble(0);
                y[i] = window.get(i).getDouble(1);
                z[i] = window.get(i).getDouble(2);
            }
            long e0 = System.nanoTime();
            Surface s = Methods.get(method)
                    .interpolator(result.parameters())
                    .fit(PointSet.of2D(x, y, z), Execution.defaults());
            GridSpec grid = new GridSpec(0, 0, side, side, w, w);
            float[][] bands = GridEvaluator.evaluate(s, grid, Execution.defaults());
            long e1 = System.nanoTime();
            // and its output written as Spark writes each tile (TileWriter: the same coverage, encoder and
            // compression), to a file beside the tiles when they are written; without overviews, which Spark's
            // tiles (1024 cells a side) do not get either
            String[] names = new String[s.bandCount()];
            for (int b = 0; b < names.length; b++) {
                names[b] = s.bandName(b);
            }
            GridCoverage2D coverage = new TileRasters(method, request.crs(), request.noData(), result.parameters())
                    .coverage(grid, bands, names);
            GeoTiffOptions d = GeoTiffOptions.defaults();
            byte[] tiff = GeoTiffEncoder.encode(
                    coverage, new GeoTiffOptions(d.layout(), d.tileSize(), Integer.MAX_VALUE, d.deflateLevel()));
            Path file =
                    output.equals("-") ? Files.createTempFile("scale-engine", ".tif") : Path.of(output, "engine.tif");
            Files.write(file, tiff);
            long e2 = System.nanoTime();
            if (output.equals("-")) {
                Files.delete(file);
            }
            double es = (e1 - e0) / 1e9;
            double ews = (e2 - e0) / 1e9;
            double rate = (double) w * w / es;
            double writtenRate = (double) w * w / ews;
            System.out.println(String.format(
                    Locale.ROOT,
                    "engine (one machine, all cores): %d points -> %d x %d cells: fit and grid %.1f s, %.3g cells/s,"
                            + " engine rate / spark rate = %.2f; with its GeoTIFF written (%.1f MB) %.1f s,"
                            + " %.3g cells/s, engine rate / spark rate = %.2f",
                    x.length,
                    w,
                    w,
                    es,
                    rate,
                    rate / (cells / seconds),
                    tiff.length / 1e6,
                    ews,
                    writtenRate,
                    writtenRate / (cells / seconds)));
        }
        sampler.interrupt();
        spark.stop();
    }
}
