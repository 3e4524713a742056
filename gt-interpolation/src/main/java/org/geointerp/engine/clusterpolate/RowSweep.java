package org.geointerp.engine.clusterpolate;

import org.geointerp.engine.GridSpec;

/**
 * Evaluates clusterpolation one grid row at a time by scattering each nearby point into the row, with scratch
 * space owned by one thread.
 *
 * <p>For a row at height {@code y}, only points with {@code |y - y_i| < r} can reach it; they are one index range
 * of the y-binned {@link StripIndex}. Each such point covers a contiguous run of columns (its disc's chord); the
 * run is located by arithmetic, trimmed and extended with the exact test {@code dx^2 + dy^2 < r^2}, and its
 * (cell, distance) pairs go to a {@link PairBuffer} that applies the kernel in batches. The work is the number of
 * (point, cell) pairs in range plus a constant per chord: no tree walk per cell, and no allocation after the first
 * row of a grid.
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
    private final double radius;
    private final double r2;
    private final double membershipThreshold;

    private GridSpec grid;
    private double[] columnX = new double[0];
    private final PairBuffer pairs;
    private CellSums sums = new CellSums(0);

    RowSweep(StripIndex points, Kernel kernel, double radius, double membershipThreshold) {
        this.points = points;
        this.radius = radius;
        this.r2 = radius * radius;
        this.membershipThreshold = membershipThreshold;
        this.pairs = new PairBuffer(kernel);
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
            // columns whose centre lies in (px - half, px + half), estimated by arithmetic; the exact test below
            // then moves each end to the true boundary (in practice by at most one column, so the loops rarely run)
            double centre = (px - minX) * invCw - 0.5;
            double first = Math.ceil(centre - half * invCw);
            double last = Math.floor(centre + half * invCw);
            if (last < -1 || first > width) {
                continue;
            }
            if (first > last) {
                // the chord falls between two column centres, unless rounding hid one: test both
                first--;
                last++;
            }
            int lo = (int) Math.min(width - 1, Math.max(0, first));
            int hi = (int) Math.max(0, Math.min(width - 1, last));
            while (lo <= hi && !inside(lo, px, dy2)) {
                lo++;
            }
            while (hi >= lo && !inside(hi, px, dy2)) {
                hi--;
            }
            if (lo > hi) {
                continue;
            }
            // the inside columns form one run (dx^2 is monotone on each side of px), so extending is enough
            while (lo > 0 && inside(lo - 1, px, dy2)) {
                lo--;
            }
            while (hi < width - 1 && inside(hi + 1, px, dy2)) {
                hi++;
            }
            pairs.addChord(lo, hi, columnX, px, dy2, r2, points.z(i));
        }
        pairs.flush();
        sums.finish(width, membershipThreshold, value, membership, offset);
    }

    private boolean inside(int col, double px, double dy2) {
        double dx = columnX[col] - px;
        return dx * dx + dy2 < r2;
    }

    /** Caches the column centres of the grid; reallocates only when a wider grid comes. */
    private void prepare(GridSpec g) {
        if (g.equals(grid)) {
            return;
        }
        int width = g.width();
        if (columnX.length < width) {
            columnX = new double[width];
            sums = new CellSums(width);
            pairs.target(sums);
        }
        for (int c = 0; c < width; c++) {
            columnX[c] = g.x(c);
        }
        grid = g;
    }
}
