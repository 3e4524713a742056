package org.geointerp.engine.barrier;

/**
 * The segments of a {@link SegmentTable} that a query segment may meet: those listed in the grid cells it passes
 * whose bounding boxes meet its own, each once (a segment is listed in every cell it touches). {@code start(...)}
 * then {@code next()} until -1. The walk shared by every predicate along a segment; mutable and reused, so a query
 * allocates nothing; one instance per thread.
 */
final class CandidateSegments {

    private final CellGrid grid;
    private final SegmentTable table;
    private final CellWalk cells;
    private final Stamps stamps;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private int epoch;
    /** The rest of the current cell's list: {@code table.items[k .. kEnd)}. */
    private int k;

    private int kEnd;

    CandidateSegments(CellGrid grid, SegmentTable table) {
        this.grid = grid;
        this.table = table;
        this.cells = new CellWalk(grid);
        this.stamps = new Stamps(table.size);
    }

    /** Starts the walk along A-B; false, and no walk, when no segment can meet it (none, or all far away). */
    boolean start(double ax, double ay, double bx, double by) {
        if (table.size == 0 || grid.outside(ax, ay, bx, by)) {
            return false;
        }
        minX = ax < bx ? ax : bx;
        maxX = ax < bx ? bx : ax;
        minY = ay < by ? ay : by;
        maxY = ay < by ? by : ay;
        epoch = stamps.next();
        cells.start(ax, ay, bx, by);
        k = 0;
        kEnd = 0;
        return true;
    }

    /** The next candidate segment, or -1 when there are no more. */
    int next() {
        while (true) {
            while (k < kEnd) {
                int s = table.items[k++];
                // the common case: boxes apart, four comparisons; a segment listed in several cells tested once
                if (!table.boxMisses(s, minX, minY, maxX, maxY) && !stamps.seen(s, epoch)) {
                    return s;
                }
            }
            int cell = cells.next();
            if (cell < 0) {
                return -1;
            }
            k = table.start[cell];
            kEnd = table.start[cell + 1];
        }
    }
}
