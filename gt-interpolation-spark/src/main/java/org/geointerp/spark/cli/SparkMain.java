package org.geointerp.spark.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geointerp.engine.Methods;
import org.geointerp.output.GeoTiffOptions;
import org.geointerp.spark.InterpolationRequest;
import org.geointerp.spark.SparkInterpolation;
import org.geointerp.spark.TileWriter;
import org.geointerp.spark.TiledResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark module's command line: reads points (CSV, GeoJSON, Parquet or GeoParquet, through Spark's and Sedona's
 * readers), interpolates them tile by tile and writes GeoTIFF tiles and a GDAL VRT. Runs under
 * {@code spark-submit} (which sets the master) or on its own with {@code --master local[*]}.
 */
@Command(
        name = "geointerp-spark",
        mixinStandardHelpOptions = true,
        version = "geointerp-spark 0.1.0",
        description = "Interpolates scattered points to GeoTIFF tiles and a GDAL VRT mosaic on Apache Spark with"
                + " Apache Sedona: Shepard, Akima, Clusterpolate or PU-RBF, tile by tile, equal to one machine's run.")
public final class SparkMain implements Callable<Integer> {

    @Parameters(
            index = "0",
            description = "Method: shepard, akima, clusterpolate or pu-rbf (or a registry name, e.g."
                    + " PartitionOfUnityRBF)")
    String method;

    @Option(
            names = {"-i", "--input"},
            required = true,
            description = "Points: a file or directory on any Hadoop file system")
    String input;

    @Option(
            names = "--format",
            description = "csv, geojson (a FeatureCollection), geojsonl (a feature per line), parquet or geoparquet;"
                    + " default from the input's extension")
    String format;

    @Option(names = "--x", description = "x column (CSV, Parquet); default x")
    String x;

    @Option(names = "--y", description = "y column (CSV, Parquet); default y")
    String y;

    @Option(
            names = "--geometry",
            description = "Geometry column (GeoJSON and GeoParquet: default geometry); points or centroids are used")
    String geometry;

    @Option(names = "--value", defaultValue = "value", description = "Value column (default ${DEFAULT-VALUE})")
    String value;

    @Option(
            names = "--bbox",
            required = true,
            split = ",",
            description = "Output envelope minX,minY,maxX,maxY in the grid's CRS (easting first)")
    double[] bbox;

    @Option(names = "--width", required = true, description = "Output width in cells")
    int width;

    @Option(names = "--height", required = true, description = "Output height in cells")
    int height;

    @Option(names = "--crs", description = "The grid's CRS, e.g. EPSG:32633; the points must be in it")
    String crs;

    @Option(names = "--points-crs", description = "The points' CRS when known; refused when it is not the grid's")
    String pointsCrs;

    @Option(
            names = "--tile-size",
            defaultValue = "512",
            description = "Cells per tile side (default ${DEFAULT-VALUE}, at most 4096)")
    int tileSize;

    @Option(names = "--halo", description = "Halo in CRS units for every tile (default: the method's reach)")
    Double halo;

    @Option(
            names = "--max-points-per-task",
            defaultValue = "1000000",
            description = "A tile whose halo holds more points is split (default ${DEFAULT-VALUE})")
    long maxPointsPerTask;

    @Option(names = "--nodata", defaultValue = "-9999", description = "Nodata value (default ${DEFAULT-VALUE})")
    double noData;

    @Option(
            names = {"-p", "--parameter"},
            description = "A method parameter by its process name, e.g. -p radius=250 -p slopes=false")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(
            names = {"-o", "--output"},
            required = true,
            description = "Output directory (any Hadoop file system) for the tiles and the VRT")
    String output;

    @Option(
            names = "--discard-lsb",
            defaultValue = "0",
            paramLabel = "BITS",
            description = "Lossy GeoTIFF precision, as GDAL's DISCARD_LSB: every value rounded to nearest with BITS of"
                    + " the 23 low mantissa bits discarded (0 to 22), relative error at most 2^-(24-BITS)"
                    + " (default ${DEFAULT-VALUE}: lossless)")
    int discardLsb;

    @Option(names = "--name", defaultValue = "surface", description = "File name prefix (default ${DEFAULT-VALUE})")
    String name;

    @Option(
            names = "--master",
            description = "Spark master when not run by spark-submit, e.g. local[*]; spark-submit's otherwise")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line; bad input prints one line naming the parameter, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        String registryName = registryName(method);
        if (bbox.length != 4) {
            throw new IllegalArgumentException("bbox: expected minX,minY,maxX,maxY, got " + bbox.length + " numbers");
        }
        try {
            GeoTiffOptions.defaults().withDiscardedBits(discardLsb); // refused before Spark starts
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("discardedBits:", "--discard-lsb:"), e);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("geointerp " + registryName);
        if (master != null) {
            builder.master(master);
        }
        SparkSession spark = SedonaContext.create(builder.getOrCreate());
        try {
            PointsInput points = PointsInput.read(spark, input, format, geometry);
            InterpolationRequest request = InterpolationRequest.of(registryName)
                    .withParameters(parameters)
                    .withValueColumn(value)
                    .withGrid(bbox[0], bbox[1], bbox[2], bbox[3], width, height)
                    .withCrs(crs)
                    .withPointsCrs(pointsCrs)
                    .withTileSize(tileSize)
                    .withNoData(noData)
                    .withMaxPointsPerTask(maxPointsPerTask);
            request = points.geometryColumn() != null
                    ? request.withGeometryColumn(points.geometryColumn())
                    : request.withXYColumns(x == null ? "x" : x, y == null ? "y" : y);
            if (halo != null) {
                request = request.withHalo(halo);
            }
            Dataset<Row> data = points.data();
            long start = System.nanoTime();
            TiledResult result = SparkInterpolation.interpolate(data, request);
            PrintWriter out = spec.commandLine().getOut();
            out.println(result.inputSummary());
            out.println("parameters: " + result.parameters());
            out.println(String.format(
                    Locale.ROOT,
                    "%d x %d tiles in %d pieces on %d tasks, halos %.6g - %.6g",
                    result.tileColumns(),
                    result.tileRows(),
                    result.pieces(),
                    result.partitions(),
                    result.haloRange()[0],
                    result.haloRange()[1]));
            TileWriter.Written written = TileWriter.write(result, output, name, discardLsb);
            result.release();
            out.println(String.format(
                    Locale.ROOT,
                    "wrote %d tiles and %s in %.1f s",
                    written.tiles().size(),
                    written.vrt(),
                    (System.nanoTime() - start) / 1e9));
            out.flush();
            return 0;
        } finally {
            if (master != null) {
                spark.stop();
            }
        }
    }

    /** The registry name of a method as typed: shepard, akima, clusterpolate, pu-rbf, or a registry name. */
    static String registryName(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "pu-rbf", "purbf", "pu_rbf" -> "PartitionOfUnityRBF";
            default -> Methods.get(typed).name();
        };
    }

    /** The methods the command knows, for messages. */
    static List<String> methods() {
        return Methods.names();
    }
}
