package org.geointerp.engine.clusterpolate;

import org.geointerp.engine.GridSpec;

/**
 * Evaluates clusterpolation one grid row at a time by scattering each nearby point into the row, with scratch
 * space owned by one thread.
 *
 * <p>For a row at height {@code y}, only points with {@code |y - y_i| < r} can reach it; they are one index range
 * of the y-binned {@link StripIndex}. Each such point covers a contiguous run of columns (its disc's chord); the
 * run is located by arithmetic and settled by the exact test {@code dx^2 + dy^2 < r^2}, the kernel turns the whole
 * run's squared distances into weights in one call, and they are added to the row's {@link CellSums}. The work is
 * the number of (point, cell) pairs in range plus a constant per chord: no tree walk per cell, and no allocation
 * after the first row of a grid.
 *
 * <p>Squared distances are formed exactly as a brute-force loop would, {@code dx * dx + dy * dy} with
 * {@code dx = grid.x(col) - x_i} and {@code dy = grid.y(row) - y_i}, so the set of neighbours of every cell is
 * identical to the brute force's, including at the radius.
 */
final class RowSweep {

    /**
     * Relative widening of the strip searched in y: the exact per-cell test decides who is a neighbour, the strip
     * only has to contain every candidate despite rounding in {@code y -+ r} (plus two ulps of y for coordinates
     * that are large next to the radius).
     */
    private static final double STRIP_MARGIN = 1e-9;

    private final StripIndex points;
    private final ClusterpolateKernel kernel;
    private final double radius;
    private final double r2;
    private final double membershipThreshold;

    private GridSpec grid;
    /** Column centres, shifted by one: {@code columnX[c + 1]} is column c's, with sentinels at 0 and width + 1. */
    private double[] columnX = new double[0];
    /** Squared distances of the current chord, turned into weights in place, indexed by column. */
    private double[] scratch = new double[0];

    private CellSums sums = new CellSums(0);

    RowSweep(StripIndex points, ClusterpolateKernel kernel, double radius, double membershipThreshold) {
        this.points = points;
        this.radius = radius;
        this.r2 = radius * radius;
        this.membershipThreshold = membershipThreshold;
        this.kernel = kernel;
    }

    /**
     * Writes the value and membership of every cell of {@code row} to {@code value[offset + col]} and
     * {@code membership[offset + col]}; NaN in both where no point is in range.
     */
    void sweep(GridSpec g, int row, double[] value, double[] membership, int offset) {
        prepare(g);
        int width = g.width();
        sums.clear(width);
        double yc = g.y(row);
        double reach = radius * (1 + STRIP_MARGIN) + 2 * Math.ulp(Math.abs(yc));
        int from = points.stripFrom(yc - reach);
        int to = points.stripTo(yc + reach);
        double minX = g.minX();
        double invCw = 1 / g.cellWidth();
        for (int i = from; i < to; i++) {
            double dy = yc - points.y(i);
            double dy2 = dy * dy;
            if (!(dy2 < r2)) {
                continue;
            }
            double px = points.x(i);
            double half = Math.sqrt(r2 - dy2);
            // columns whose centre lies in (px - half, px + half), estimated by arithmetic; rounding can move
            // each end by a column, so the exact test below settles them
            double centre = (px - minX) * invCw - 0.5;
            double first = Math.ceil(centre - half * invCw);
            double last = Math.floor(centre + half * invCw);
            if (last < -1 || first > width) {
                continue;
            }
            int lo = (int) Math.max(0, first);
            int hi = (int) Math.min(width - 1, last);
            // the estimate is almost always exact: check both ends and their outer neighbours at once, without
            // branching per test (the sentinels make columns -1 and width outside); settle the rest slowly
            if (lo > hi
                    || !(inside(lo, px, dy2)
                            & inside(hi, px, dy2)
                            & !inside(lo - 1, px, dy2)
                            & !inside(hi + 1, px, dy2))) {
                long run = settle(first, last, width, px, dy2);
                if (run < 0) {
                    continue;
                }
                lo = (int) (run >>> 32);
                hi = (int) run;
            }
            for (int c = lo; c <= hi; c++) {
                double dx = columnX[c + 1] - px;
                scratch[c] = dx * dx + dy2;
            }
            kernel.weights(scratch, lo, hi + 1, r2);
            sums.add(scratch, lo, hi + 1, points.z(i));
        }
        sums.finish(width, membershipThreshold, value, membership, offset);
    }

    /**
     * The exact run of inside columns when the arithmetic estimate {@code [first, last]} is off (rounding) or
     * empty (a chord between two column centres): tests the estimate widened by one column each side, then
     * extends the run while it goes on. The inside columns form one run, since {@code dx^2} is monotone on each
     * side of the point. Returns {@code lo << 32 | hi}, or -1 when no column is inside.
     */
    private long settle(double first, double last, int width, double px, double dy2) {
        int lo = (int) Math.min(width - 1, Math.max(0, first - 1));
        int hi = (int) Math.max(0, Math.min(width - 1, last + 1));
        int runLo = -1;
        int runHi = -1;
        for (int c = lo; c <= hi; c++) {
            if (inside(c, px, dy2)) {
                runLo = runLo < 0 ? c : runLo;
                runHi = c;
            }
        }
        if (runLo < 0) {
            return -1;
        }
        while (inside(runLo - 1, px, dy2)) {
            runLo--;
        }
        while (inside(runHi + 1, px, dy2)) {
            runHi++;
        }
        return ((long) runLo << 32) | runHi;
    }
    /** Whether column {@code col} (-1 to width) is strictly within the radius of the point. */
    private boolean inside(int col, double px, double dy2) {
        double dx = columnX[col + 1] - px;
        return dx * dx + dy2 < r2;
    }

    /** Caches the column centres of the grid; reallocates only when a wider grid comes. */
    private void prepare(GridSpec g) {
        if (g.equals(grid)) {
            return;
        }
        int width = g.width();
        if (columnX.length < width + 2) {
            columnX = new double[width + 2];
            sums = new CellSums(width);
            scratch = new double[width];
        }
        // sentinels at both ends: infinitely far, so never inside, so the run checks need no bounds tests
        columnX[0] = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < width; c++) {
            columnX[c + 1] = g.x(c);
        }
        columnX[width + 1] = Double.POSITIVE_INFINITY;
        grid = g;
    }
}
