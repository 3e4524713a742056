package org.geointerp.engine.barrier;

/**
 * Iterates the grid cells a segment touches, row by row: {@code start(...)} then {@code next()} until -1. Mutable
 * and reused, so walking allocates nothing; one instance per thread.
 */
final class CellWalk {

    private final CellGrid grid;
    private double ax;
    private double ay;
    private double bx;
    private double by;
    private int nextRow;
    private int lastRow;
    private int row;
    private int col;
    private int lastCol;

    CellWalk(CellGrid grid) {
        this.grid = grid;
    }

    CellWalk start(double ax, double ay, double bx, double by) {
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        nextRow = grid.firstRow(ay, by);
        lastRow = grid.lastRow(ay, by);
        col = 1;
        lastCol = 0;
        return this;
    }

    /** The next cell index, or -1 when the segment's cells are exhausted. */
    int next() {
        while (col > lastCol) {
            if (nextRow > lastRow) {
                return -1;
            }
            row = nextRow++;
            long cols = grid.cols(row, ax, ay, bx, by);
            col = CellGrid.first(cols);
            lastCol = CellGrid.last(cols);
        }
        return row * grid.nx + col++;
    }
}
