package org.geointerp.engine.barrier;

/**
 * Iterates the grid cells a segment touches: {@code start(...)} then {@code next()} until -1. A segment whose
 * bounding box covers at most four cells (the usual short Shepard segment) simply gets those cells, with no
 * division; a longer one is followed row by row. Mutable and reused, so walking allocates nothing; one instance
 * per thread.
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
    private boolean boxed;
    private int boxFirstCol;

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
        int firstCol = grid.firstCol(ax, bx);
        int endCol = grid.lastCol(ax, bx);
        boxed = (lastRow - nextRow + 1) * (endCol - firstCol + 1) <= 4;
        if (boxed) {
            boxFirstCol = firstCol;
            row = nextRow++;
            col = firstCol;
            lastCol = endCol;
        } else {
            col = 1;
            lastCol = 0;
        }
        return this;
    }

    /** The next cell index, or -1 when the segment's cells are exhausted. */
    int next() {
        if (boxed) {
            if (col > lastCol) {
                if (nextRow > lastRow) {
                    return -1;
                }
                row = nextRow++;
                col = boxFirstCol;
            }
            return row * grid.nx + col++;
        }
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
