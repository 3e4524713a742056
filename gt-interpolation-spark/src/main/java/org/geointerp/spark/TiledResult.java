package org.geointerp.spark;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The planned interpolation: the tiles (a lazy {@code Dataset<Row>}, computed when an action reads them), the
 * parameters every tile was fixed to, and what the planning found. The compact copy of the points the tiles read
 * ({@link PointChunk}s) is cached until {@link #release()}.
 */
public final class TiledResult {

    private final Dataset<Row> tiles;
    private final JavaRDD<PointChunk> cachedPoints;
    private final InterpolationRequest request;
    private final Map<String, String> fixed;
    private final PointStats stats;
    private final TilePlan plan;
    private final String planningTimes;

    TiledResult(
            Dataset<Row> tiles,
            JavaRDD<PointChunk> cachedPoints,
            InterpolationRequest request,
            Map<String, String> fixed,
            PointStats stats,
            TilePlan plan,
            String planningTimes) {
        this.tiles = tiles;
        this.cachedPoints = cachedPoints;
        this.request = request;
        this.fixed = Map.copyOf(fixed);
        this.stats = stats;
        this.plan = plan;
        this.planningTimes = planningTimes;
    }

    /**
     * One row per piece: {@code tile_col, tile_row, part} (0 for a whole tile, 1.. for the pieces of a tile split
     * because its halo held too many points), {@code col_offset, row_offset, width, height} (its cells within the
     * whole grid), {@code envelope} (a Sedona geometry), {@code raster} (a Sedona raster: the
     * {@code GridCoverage2D}), {@code points} (the points its task used, halo included) and {@code task} (the Spark
     * partition that computed it).
     */
    public Dataset<Row> tiles() {
        return tiles;
    }

    /** Every parameter the tiles used, by the processes' names, as text (derived ones included). */
    public Map<String, String> parameters() {
        return fixed;
    }

    public InterpolationRequest request() {
        return request;
    }

    /** How many rows were read, used and skipped, and why. */
    public String inputSummary() {
        return stats.summary();
    }

    public long pointsUsed() {
        return stats.used();
    }

    public int tileColumns() {
        return plan.tiles().columns();
    }

    public int tileRows() {
        return plan.tiles().rows();
    }

    /** Number of pieces (tiles, with split tiles counted by their pieces). */
    public int pieces() {
        return plan.pieces().length;
    }

    /** Number of Spark partitions (tasks) the tiles are computed in. */
    public int partitions() {
        return plan.partitions();
    }

    /** Smallest and largest halo of the tiles, in the grid's CRS units. */
    public double[] haloRange() {
        return plan.haloRange();
    }

    /** How long each planning pass took, for the scale benchmark's report. */
    String planningTimes() {
        return planningTimes;
    }

    TilePlan plan() {
        return plan;
    }

    /** Drops the cached copy of the points; the tiles can still be computed (from the input again). */
    public void release() {
        cachedPoints.unpersist();
    }
}
