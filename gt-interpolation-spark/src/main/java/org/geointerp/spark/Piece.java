package org.geointerp.spark;

import java.io.Serializable;

/**
 * The unit of work of one task: a tile, or a part of a tile split because its halo held too many points (skew).
 * Columns and rows are the whole grid's; the halo box is the piece's envelope grown by its tile's halo.
 *
 * @param index position in the plan; the shuffle key
 * @param tile the tile it belongs to
 * @param part 0 for a whole tile, else 1.. for its pieces
 * @param estimatedPoints an upper bound on the points in the halo box, from the density grid
 * @param partition the Spark partition (task) that computes it
 */
record Piece(
        int index,
        int tile,
        int part,
        int colFrom,
        int rowFrom,
        int colTo,
        int rowTo,
        double halo,
        double minX,
        double minY,
        double maxX,
        double maxY,
        long estimatedPoints,
        int partition)
        implements Serializable {

    /** Whether (x, y) lies in the halo box (boundary included). */
    boolean holds(double x, double y) {
        return x >= minX - halo && x <= maxX + halo && y >= minY - halo && y <= maxY + halo;
    }

    Piece withPartition(int p) {
        return new Piece(
                index, tile, part, colFrom, rowFrom, colTo, rowTo, halo, minX, minY, maxX, maxY, estimatedPoints, p);
    }

    int width() {
        return colTo - colFrom;
    }

    int height() {
        return rowTo - rowFrom;
    }
}
