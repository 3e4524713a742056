package org.geointerp.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.sedona_sql.UDT.GeometryUDT;
import org.apache.spark.sql.sedona_sql.UDT.RasterUDT;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geotools.coverage.grid.GridCoverage2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import scala.Tuple2;

/**
 * What one Spark task does with its pieces: for each piece (its points arrive sorted by piece), order the points as
 * the input had them, fit the method with every parameter fixed, on one thread (Spark runs one task per core),
 * evaluate the piece's cells (a window of the whole grid, so the cells are the whole grid's), and wrap the bands as
 * a Sedona raster ({@code GridCoverage2D}). Akima's pieces are proved exact first ({@link TileFitter}).
 */
final class TileTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The schema of the tiles: one row per piece (a tile that was not split is one piece). */
    static final StructType SCHEMA = new StructType()
            .add("tile_col", DataTypes.IntegerType, false)
            .add("tile_row", DataTypes.IntegerType, false)
            .add("part", DataTypes.IntegerType, false)
            .add("col_offset", DataTypes.IntegerType, false)
            .add("row_offset", DataTypes.IntegerType, false)
            .add("width", DataTypes.IntegerType, false)
            .add("height", DataTypes.IntegerType, false)
            .add("envelope", new GeometryUDT(), false)
            .add("raster", new RasterUDT(), false)
            .add("points", DataTypes.LongType, false)
            .add("task", DataTypes.IntegerType, false);

    private final TileFitter fitter;
    private final TilePlan plan;
    private final TileRasters rasters;

    TileTask(TileFitter fitter, TilePlan plan, TileRasters rasters) {
        this.fitter = fitter;
        this.plan = plan;
        this.rasters = rasters;
    }

    /** The pieces of one partition, their blocks sorted by piece index. */
    Iterator<Row> run(Iterator<Tuple2<Integer, PointBlock>> blocks) {
        return new Iterator<>() {
            private Tuple2<Integer, PointBlock> pending = blocks.hasNext() ? blocks.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Row next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                int piece = pending._1();
                List<PointBlock> mine = new ArrayList<>();
                while (pending != null && pending._1() == piece) {
                    mine.add(pending._2());
                    pending = blocks.hasNext() ? blocks.next() : null;
                }
                return row(plan.piece(piece), PointBlock.points(mine));
            }
        };
    }

    /** The row of a piece no point reaches (its blocks never come through the shuffle). */
    Row emptyRow(Piece p) {
        return row(p, PointSet.of2D(new double[0], new double[0], new double[0]));
    }

    private Row row(Piece p, PointSet points) {
        TileGrid tiles = plan.tiles();
        GridSpec window = tiles.grid().window(p.colFrom(), p.rowFrom(), p.colTo(), p.rowTo());
        Execution one = Execution.defaults().withParallelism(1);
        TileFitter.Bands bands = fitter.evaluate(points, window, p, one);
        GridCoverage2D raster = rasters.coverage(window, bands.values(), bands.names());
        TaskContext context = TaskContext.get();
        return RowFactory.create(
                tiles.col(p.tile()),
                tiles.row(p.tile()),
                p.part(),
                p.colFrom(),
                p.rowFrom(),
                p.width(),
                p.height(),
                envelope(window, rasters.srid()),
                raster,
                (long) points.size(),
                context == null ? -1 : context.partitionId());
    }

    private static final GeometryFactory GF = new GeometryFactory();

    static Polygon envelope(GridSpec g, int srid) {
        Polygon p = GF.createPolygon(new Coordinate[] {
            new Coordinate(g.minX(), g.minY()),
            new Coordinate(g.maxX(), g.minY()),
            new Coordinate(g.maxX(), g.maxY()),
            new Coordinate(g.minX(), g.maxY()),
            new Coordinate(g.minX(), g.minY())
        });
        p.setSRID(srid);
        return p;
    }

    /** Splits a partition's points into blocks per piece (the map side of the shuffle). */
    static Iterator<Tuple2<Integer, PointBlock>> blocks(TilePlan plan, Iterator<PointChunk> chunks) {
        Map<Integer, PointBlock> open = new HashMap<>();
        List<Tuple2<Integer, PointBlock>> ready = new ArrayList<>();
        return new Iterator<>() {
            private boolean drained;

            @Override
            public boolean hasNext() {
                fill();
                return !ready.isEmpty();
            }

            @Override
            public Tuple2<Integer, PointBlock> next() {
                fill();
                if (ready.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return ready.remove(ready.size() - 1);
            }

            private void fill() {
                while (ready.isEmpty() && chunks.hasNext()) {
                    PointBlock c = chunks.next().points();
                    for (int i = 0; i < c.size; i++) {
                        double x = c.x[i];
                        double y = c.y[i];
                        double z = c.z[i];
                        long id = c.id[i];
                        plan.piecesHolding(x, y, piece -> {
                            PointBlock b = open.computeIfAbsent(piece, k -> new PointBlock());
                            b.add(x, y, z, id);
                            if (b.full()) {
                                ready.add(new Tuple2<>(piece, b));
                                open.remove(piece);
                            }
                        });
                    }
                }
                if (ready.isEmpty() && !chunks.hasNext() && !drained) {
                    drained = true;
                    open.forEach((piece, b) -> ready.add(new Tuple2<>(piece, b.trimmed())));
                    open.clear();
                }
            }
        };
    }
}
