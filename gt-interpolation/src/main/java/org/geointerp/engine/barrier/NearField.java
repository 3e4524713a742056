package org.geointerp.engine.barrier;

/**
 * Answers "does any barrier segment come within r of (x, y)?". A chessboard distance transform of the grid gives,
 * per cell, how many cells away the nearest cell listing a segment is, so far from the barriers the answer is one
 * array read; close to them the few cells within r are searched exactly.
 */
final class NearField {

    private final CellGrid grid;
    private final SegmentTable[] tables;
    /** Chessboard distance, in cells, to the nearest cell that lists a segment of any table. */
    private final int[] ring;

    NearField(CellGrid grid, SegmentTable... tables) {
        this.grid = grid;
        this.tables = tables;
        int nx = grid.nx;
        int ny = grid.ny;
        ring = new int[grid.cellCount()];
        int far = nx + ny;
        for (int cell = 0; cell < ring.length; cell++) {
            boolean occupied = false;
            for (SegmentTable t : tables) {
                occupied |= !t.cellEmpty(cell);
            }
            ring[cell] = occupied ? 0 : far;
        }
        // two raster passes of the 8-neighbour chessboard transform (exact for this metric)
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                int d = ring[r * nx + c];
                if (c > 0) {
                    d = Math.min(d, ring[r * nx + c - 1] + 1);
                }
                if (r > 0) {
                    for (int cc = Math.max(0, c - 1); cc <= Math.min(nx - 1, c + 1); cc++) {
                        d = Math.min(d, ring[(r - 1) * nx + cc] + 1);
                    }
                }
                ring[r * nx + c] = d;
            }
        }
        for (int r = ny - 1; r >= 0; r--) {
            for (int c = nx - 1; c >= 0; c--) {
                int d = ring[r * nx + c];
                if (c < nx - 1) {
                    d = Math.min(d, ring[r * nx + c + 1] + 1);
                }
                if (r < ny - 1) {
                    for (int cc = Math.max(0, c - 1); cc <= Math.min(nx - 1, c + 1); cc++) {
                        d = Math.min(d, ring[(r + 1) * nx + cc] + 1);
                    }
                }
                ring[r * nx + c] = d;
            }
        }
    }

    boolean near(double x, double y, double r) {
        if (!(r >= 0) || grid.outside(x - r, y - r, x + r, y + r)) {
            return false;
        }
        // A segment listed k cells away is at least (k - 1) cells away (less the listing margin). For a point
        // beyond the envelope the bound still holds: projecting it onto the envelope only brings it closer.
        int k = ring[grid.row(y) * grid.nx + grid.col(x)];
        if ((k - 1.01) * grid.size > r) {
            return false;
        }
        double r2 = r * r;
        for (int row = grid.row(y - r), rowEnd = grid.row(y + r); row <= rowEnd; row++) {
            for (int c = grid.col(x - r), cEnd = grid.col(x + r); c <= cEnd; c++) {
                if (grid.cellDistanceSq(c, row, x, y) > r2 * (1 + 1e-9) + 1e-300) {
                    continue;
                }
                int cell = row * grid.nx + c;
                for (SegmentTable t : tables) {
                    for (int i = t.start[cell]; i < t.start[cell + 1]; i++) {
                        if (t.distanceSq(t.items[i], x, y) <= r2) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
