package org.geointerp.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.geointerp.engine.PointSet;

/**
 * Interpolation of a Spark {@code Dataset<Row>} of points onto a grid, tile by tile: the Java (and through the JVM,
 * Scala and PySpark) entry point of the Spark module.
 *
 * <p>What happens:
 * <ol>
 *   <li>{@link InterpolationRequest#validate} checks the request against the schema: no job runs before that.</li>
 *   <li>One pass reads the input, once, into cached chunks of arrays ({@link PointChunk}) and summarises the
 *       points ({@link PointStats}: counts, bounding box, hull); one counts them, from the cache, on a coarse grid
 *       ({@link DensityGrid}).</li>
 *   <li>The parameters the method derives from all the data are derived once and fixed ({@link FixedParameters});
 *       each tile's halo follows from them ({@link Halos}); tiles whose halo holds too many points are split
 *       ({@link TilePlan}).</li>
 *   <li>The tiles are a lazy {@code Dataset<Row>} ({@link TileTask#SCHEMA}): each point is shuffled to every piece
 *       whose halo holds it, each task fits and evaluates its pieces with the engines ({@link TileFitter}).</li>
 * </ol>
 *
 * <pre>{@code
 * SparkSession spark = SedonaContext.create(SparkSession.builder().master("local[*]").getOrCreate());
 * Dataset<Row> points = spark.read().format("geoparquet").load("points.parquet");
 * TiledResult r = SparkInterpolation.interpolate(points, InterpolationRequest.of("Shepard")
 *         .withGeometryColumn("geometry").withValueColumn("elevation")
 *         .withGrid(500000, 4000000, 520000, 4020000, 20000, 20000).withCrs("EPSG:32633"));
 * r.tiles().show();                     // tile_col, tile_row, ..., envelope, raster
 * TileWriter.write(r, "hdfs:///out/elevation");   // GeoTIFF tiles and elevation.vrt
 * }</pre>
 */
public final class SparkInterpolation {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkInterpolation.class);

    /** The column the input's position goes in (dropped from the tiles). */
    static final String ID = "__geointerp_id";

    private SparkInterpolation() {}

    /**
     * Plans the interpolation of {@code points} and returns its tiles, still to be computed.
     *
     * @throws IllegalArgumentException naming the parameter, for a request that does not fit the schema or cannot
     *     be tiled exactly, before any job; for data the method cannot fit (no usable point, points on one line)
     *     after the summarising passes and before the tiles' job
     */
    public static TiledResult interpolate(Dataset<Row> points, InterpolationRequest request) {
        StructType schema = points.schema();
        request.validate(schema);
        SparkSession spark = points.sparkSession();
        Dataset<Row> withId = points.withColumn(ID, functions.monotonically_increasing_id());
        StructType idSchema = withId.schema();
        PointReader reader = new PointReader(
                index(idSchema, request.geometryColumn()),
                request.geometryColumn(),
                index(idSchema, request.xColumn()),
                index(idSchema, request.yColumn()),
                index(idSchema, request.valueColumn()),
                index(idSchema, ID),
                new TileRasters(request.method(), request.crs(), request.noData(), Map.of()).srid());
        // the summary's pass is the only one to read and parse the input: it caches chunks of arrays, and the later
        // passes loop over those arrays instead of converting a cached row per point each time
        JavaRDD<PointChunk> chunks = withId.javaRDD().mapPartitions(reader::chunks);
        chunks.persist(StorageLevel.MEMORY_AND_DISK());
        int parallelism = spark.sparkContext().defaultParallelism();

        long t0 = System.nanoTime();
        spark.sparkContext().setJobDescription("geointerp: summarise points");
        PointStats stats = chunks.treeAggregate(new PointStats(), (s, c) -> s.merge(c.stats()), PointStats::merge);
        if (stats.used() == 0) {
            chunks.unpersist();
            throw new IllegalArgumentException(request.valueColumn() + ": no usable point (" + stats.summary() + ")");
        }
        if (stats.outOfRange() > 0) {
            chunks.unpersist();
            throw new IllegalArgumentException(request.valueColumn() + ": " + stats.outOfRange() + " rows have a value"
                    + " beyond the 32-bit float range of the output rasters (+-" + Float.MAX_VALUE + "; values from "
                    + stats.minZ + " to " + stats.maxZ + "); rescale the values, e.g. to other units");
        }
        long t1 = System.nanoTime();
        spark.sparkContext().setJobDescription("geointerp: density grid");
        DensityGrid density = DensityGrid.count(chunks, stats, parallelism);
        long t2 = System.nanoTime();

        spark.sparkContext().setJobDescription("geointerp: derived parameters");
        PointSet all = FixedParameters.small(stats, request) ? FixedParameters.collect(chunks) : null;
        Map<String, String> fixed = FixedParameters.derive(request, stats, all, chunks);
        if (FixedParameters.needsSlopePass(fixed)) {
            double nu =
                    ShepardSlopes.slopeScale(chunks, stats, density, fixed, request.maxPointsPerTask(), parallelism);
            if (nu > 0) {
                fixed.put("slopeScale", InterpolationRequest.text(nu));
            }
        }
        TileFitter fitter = request.method().equals("Akima")
                ? AkimaTileFitter.of(fixed, stats, all, chunks)
                : new TileFitter(request.method(), fixed);

        long t3 = System.nanoTime();
        TileGrid tiles = new TileGrid(request.grid(), request.tileWidth(), request.tileHeight());
        double[] halos = Halos.of(request.method(), fixed, tiles, density, request.halo());
        if (fitter instanceof AkimaTileFitter akima && !Double.isNaN(request.halo())) {
            akima.checkHalos(tiles, halos, density);
        }
        TilePlan plan = TilePlan.of(tiles, halos, density, request.maxPointsPerTask(), parallelism);
        TileTask task =
                new TileTask(fitter, plan, new TileRasters(request.method(), request.crs(), request.noData(), fixed));
        spark.sparkContext().setJobDescription(null);
        String times = String.format(
                java.util.Locale.ROOT,
                "summary (reading the input) %.1f s, density grid %.1f s, parameters %.1f s, halos and plan %.1f s",
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                (System.nanoTime() - t3) / 1e9);
        LOG.info(String.format(
                "planned %s: %s; %d tiles in %d pieces on %d tasks, halos %s; %s",
                request.method(),
                stats.summary(),
                tiles.tileCount(),
                plan.pieces().length,
                plan.partitions(),
                java.util.Arrays.toString(plan.haloRange()),
                times));
        JavaRDD<Row> rows = PieceShuffle.blocks(chunks, plan).mapPartitions(task::run);
        Dataset<Row> tileRows = spark.createDataFrame(rows, TileTask.SCHEMA);
        return new TiledResult(tileRows, chunks, request, new LinkedHashMap<>(fixed), stats, plan, times);
    }

    private static int index(StructType schema, String name) {
        return name == null ? -1 : schema.fieldIndex(name);
    }
}
