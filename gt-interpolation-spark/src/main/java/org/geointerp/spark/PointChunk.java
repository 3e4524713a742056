package org.geointerp.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;

/**
 * A stretch of one input partition as read: its used points in arrays and the summary ({@link PointStats}) of all
 * its rows, skipped ones included. The chunks are what is cached: the summary pass reads and parses the input once
 * into them, and the density pass, the derived parameters' passes and the tiles' shuffle read their arrays, neither
 * the input again nor a row per point.
 */
final class PointChunk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Input rows per chunk: large enough that a chunk's arrays, not its objects, take the memory. */
    static final int ROWS = 1 << 16;

    private final PointBlock points;
    private final PointStats stats;

    PointChunk(PointBlock points, PointStats stats) {
        this.points = points;
        this.stats = stats;
    }

    /** The used points, in input order. */
    PointBlock points() {
        return points;
    }

    /** The summary of the chunk's rows. */
    PointStats stats() {
        return stats;
    }

    /** One used point, for the passes that need an element per point (sampling, distinct locations). */
    record Point(double x, double y, double z, long id) implements Serializable {}

    /** The used points one by one, in the order of the input (the order a sampler draws them in). */
    static JavaRDD<Point> eachPoint(JavaRDD<PointChunk> chunks) {
        return chunks.flatMap(c -> new Iterator<Point>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < c.points.size;
            }

            @Override
            public Point next() {
                if (i >= c.points.size) {
                    throw new NoSuchElementException();
                }
                PointBlock b = c.points;
                Point p = new Point(b.x[i], b.y[i], b.z[i], b.id[i]);
                i++;
                return p;
            }
        });
    }
}
