package org.geointerp.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Turns the caller's rows into what every later step reads: chunks of used points ({@link PointChunk}: x, y, value
 * and id in arrays) with the summary of the rows they came from. The rules
 * are the processes' ({@code PointFeatures}): a row with a null or NaN value or without geometry is counted by why
 * (never silently dropped) and left out of the fit, another geometry than a point is used by
 * its centroid (and counted). A geometry whose SRID is set and differs from the grid's is an error: Sedona's
 * {@code ST_Transform} reprojects before interpolation.
 *
 * <p>{@code id} is the row's position in the input ({@code monotonically_increasing_id}): each tile orders its
 * points by it, so that a tile sees its points in the order a single run over the whole input sees them (Akima's
 * choice among equal estimates follows that order).
 */
final class PointReader implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int POINT = 0;
    static final int CENTROID = 1;
    static final int NULL_VALUE = 2;
    static final int NAN_VALUE = 3;
    static final int NO_GEOMETRY = 4;

    private final int geometry;
    private final int xColumn;
    private final int yColumn;
    private final int value;
    private final int id;
    /** The EPSG code geometries with an SRID must have; 0 when the grid has no EPSG code. */
    private final int srid;

    private final String geometryName;

    /**
     * @param geometry index of the Sedona geometry column, or -1 when x and y columns are used
     */
    PointReader(int geometry, String geometryName, int xColumn, int yColumn, int value, int id, int srid) {
        this.geometry = geometry;
        this.geometryName = geometryName;
        this.xColumn = xColumn;
        this.yColumn = yColumn;
        this.value = value;
        this.id = id;
        this.srid = srid;
    }

    /**
     * Reads a partition's rows into chunks of at most {@link PointChunk#ROWS} rows each: the used points in arrays
     * and the summary of every row read. Rows are read as the chunks are asked for, so a partition is never held
     * as rows.
     */
    Iterator<PointChunk> chunks(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public PointChunk next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                PointBlock used = new PointBlock(PointChunk.ROWS);
                PointStats stats = new PointStats();
                double[] xyz = new double[3];
                for (int n = 0; n < PointChunk.ROWS && rows.hasNext(); n++) {
                    Row r = rows.next();
                    long rowId = r.getLong(id);
                    if (rowId >= 1L << 53) {
                        // monotonically_increasing_id puts the partition in the upper bits; tiles sort ids as
                        // doubles
                        throw new IllegalArgumentException(
                                "points: more than 2^20 input partitions; coalesce the input first");
                    }
                    int status = parse(r, xyz);
                    stats.add(status, xyz[0], xyz[1], xyz[2]);
                    if (status <= CENTROID) {
                        used.add(xyz[0], xyz[1], xyz[2], rowId);
                    }
                }
                // the chunk is cached: its summary keeps only its hull's vertices, its arrays only its points
                return new PointChunk(used.trimmed(), stats.reduced());
            }
        };
    }

    /** Puts the row's x, y and value in {@code xyz} (NaN where there is none) and returns its status. */
    int parse(Row r, double[] xyz) {
        double x = Double.NaN;
        double y = Double.NaN;
        int status = POINT;
        if (geometry >= 0) {
            Geometry g = r.isNullAt(geometry) ? null : (Geometry) r.get(geometry);
            if (g == null || g.isEmpty()) {
                status = NO_GEOMETRY;
            } else {
                if (srid != 0 && g.getSRID() != 0 && g.getSRID() != srid) {
                    throw new IllegalArgumentException(geometryName + ": a geometry has SRID " + g.getSRID()
                            + " but the grid is in EPSG:" + srid + "; reproject with ST_Transform first");
                }
                Point p = g instanceof Point point ? point : g.getCentroid();
                status = g instanceof Point ? POINT : CENTROID;
                x = p.getX();
                y = p.getY();
            }
        } else if (r.isNullAt(xColumn) || r.isNullAt(yColumn)) {
            status = NO_GEOMETRY;
        } else {
            x = ((Number) r.get(xColumn)).doubleValue();
            y = ((Number) r.get(yColumn)).doubleValue();
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                status = NO_GEOMETRY;
            }
        }
        double z = Double.NaN;
        if (status <= CENTROID) {
            if (r.isNullAt(value)) {
                status = NULL_VALUE;
            } else {
                z = ((Number) r.get(value)).doubleValue();
                // NaN is skipped and counted; an infinite value is kept so that the summary refuses it with the
                // values beyond float32's range (PointStats#outOfRange), as the processes do
                if (Double.isNaN(z)) {
                    status = NAN_VALUE;
                }
            }
        }
        xyz[0] = x;
        xyz[1] = y;
        xyz[2] = z;
        return status;
    }
}
