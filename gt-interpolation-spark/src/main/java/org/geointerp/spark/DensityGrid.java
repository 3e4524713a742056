package org.geointerp.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/**
 * The number of points in each cell of a coarse grid over the points' bounding box, with prefix sums: counted once
 * over all the data (a distributed aggregate) and kept on the driver. It bounds, before any tile is computed, how
 * far a location's k-th nearest point can be ({@link #kthDistanceBound}) and how many points a box holds
 * ({@link #countIn}); the halos and the skew split follow from these bounds.
 *
 * <p>Bounds, not estimates: a window of cells holding at least k points proves that every location in its centre
 * cell has k points within the distance to the window's far corner.
 */
final class DensityGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int nx;
    private final int ny;
    /** prefix[(j) * (nx + 1) + i]: points in cells [0, i) x [0, j). */
    private final long[] prefix;

    private DensityGrid(double minX, double minY, double cellWidth, double cellHeight, int nx, int ny, int[] counts) {
        this.minX = minX;
        this.minY = minY;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.nx = nx;
        this.ny = ny;
        this.prefix = new long[(nx + 1) * (ny + 1)];
        for (int j = 0; j < ny; j++) {
            long row = 0;
            for (int i = 0; i < nx; i++) {
                row += counts[j * nx + i];
                prefix[(j + 1) * (nx + 1) + i + 1] = prefix[j * (nx + 1) + i + 1] + row;
            }
        }
    }

    /**
     * Counts the used points on a grid of about two points a cell (at most 2^22 cells) over the box of
     * {@code stats}. The cached partitions are coalesced, without a shuffle, to one task a core: each task's count
     * is an array of the grid's size, and one per input partition would send more of them through the aggregation
     * tree (20 arrays of 16 MB for 10 million points in 20 partitions, against 2 on two cores).
     */
    static DensityGrid count(JavaRDD<PointChunk> chunks, PointStats stats, int parallelism) {
        Layout layout = layout(stats.bounds(), stats.used(), 2, 1 << 22);
        int tasks = Math.max(1, Math.min(chunks.getNumPartitions(), parallelism));
        int[] counts = chunks.coalesce(tasks)
                .treeAggregate(
                        new int[layout.nx() * layout.ny()],
                        (c, chunk) -> {
                            PointBlock p = chunk.points();
                            for (int i = 0; i < p.size; i++) {
                                c[layout.cell(p.x[i], p.y[i])]++;
                            }
                            return c;
                        },
                        (a, b) -> {
                            for (int i = 0; i < a.length; i++) {
                                a[i] += b[i];
                            }
                            return a;
                        });
        return layout.of(counts);
    }

    /** The layout (cells about square, about {@code perCell} points each, at most {@code maxCells}) for a box. */
    static Layout layout(double[] bounds, long points, double perCell, int maxCells) {
        double w = bounds[2] - bounds[0];
        double h = bounds[3] - bounds[1];
        double span = Math.max(w, h);
        if (!(span > 0)) {
            span = Math.max(1, Math.abs(bounds[0]) + Math.abs(bounds[1])) * 1e-6;
        }
        // a flat box (points on a line) still gets cells of some height
        w = Math.max(w, span * 1e-6);
        h = Math.max(h, span * 1e-6);
        double cells = Math.max(1, Math.min(maxCells, points / perCell));
        double side = Math.sqrt(w * h / cells);
        int nx = (int) Math.max(1, Math.min(maxCells, Math.ceil(w / side)));
        int ny = (int) Math.max(1, Math.min(maxCells / nx, Math.ceil(h / side)));
        // a hair wider than the box, so that the largest coordinate falls in the last cell
        return new Layout(bounds[0], bounds[1], w * (1 + 1e-9) / nx, h * (1 + 1e-9) / ny, nx, ny);
    }

    /** Where the cells are; serialisable, sent to the tasks that count. */
    record Layout(double minX, double minY, double cellWidth, double cellHeight, int nx, int ny)
            implements Serializable {

        /** The cell of (x, y), clamped to the grid. */
        int cell(double x, double y) {
            int i = (int) Math.max(0, Math.min(nx - 1, Math.floor((x - minX) / cellWidth)));
            int j = (int) Math.max(0, Math.min(ny - 1, Math.floor((y - minY) / cellHeight)));
            return j * nx + i;
        }

        DensityGrid of(int[] counts) {
            return new DensityGrid(minX, minY, cellWidth, cellHeight, nx, ny, counts);
        }
    }

    int nx() {
        return nx;
    }

    int ny() {
        return ny;
    }

    double cellWidth() {
        return cellWidth;
    }

    double cellHeight() {
        return cellHeight;
    }

    /** Points in cells [i0, i1) x [j0, j1), clamped to the grid. */
    long count(int i0, int j0, int i1, int j1) {
        i0 = Math.max(0, i0);
        j0 = Math.max(0, j0);
        i1 = Math.min(nx, i1);
        j1 = Math.min(ny, j1);
        if (i0 >= i1 || j0 >= j1) {
            return 0;
        }
        int s = nx + 1;
        return prefix[j1 * s + i1] - prefix[j0 * s + i1] - prefix[j1 * s + i0] + prefix[j0 * s + i0];
    }

    long total() {
        return count(0, 0, nx, ny);
    }

    /** An upper bound on the points in the box: the points of every cell the box touches. */
    long countIn(double x0, double y0, double x1, double y1) {
        return count(columnOf(x0), rowOf(y0), columnOf(x1) + 1, rowOf(y1) + 1);
    }

    /** Column of x, unclamped (may be negative or beyond the grid). */
    int columnOf(double x) {
        return (int) Math.max(-1, Math.min(nx, Math.floor((x - minX) / cellWidth)));
    }

    int rowOf(double y) {
        return (int) Math.max(-1, Math.min(ny, Math.floor((y - minY) / cellHeight)));
    }

    /**
     * An upper bound on the distance from any location in cell (i, j) to its k-th nearest point: the distance to
     * the far corner of the smallest square window of cells around it that holds k points; infinite when all the
     * data hold fewer.
     */
    double kthDistanceBound(int i, int j, int k) {
        if (total() < k) {
            return Double.POSITIVE_INFINITY;
        }
        int lo = 0;
        int hi = Math.max(nx, ny);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (count(i - mid, j - mid, i + mid + 1, j + mid + 1) >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Math.hypot((lo + 1) * cellWidth, (lo + 1) * cellHeight);
    }

    /**
     * The largest {@link #kthDistanceBound} over the cells a box touches (cells outside the grid count as the
     * nearest grid cell, whose bound plus the distance to it covers them).
     */
    double maxKthDistanceBound(double x0, double y0, double x1, double y1, int k) {
        return maxKthDistanceBound(x0, y0, x1, y1, k, true);
    }

    /**
     * As {@link #maxKthDistanceBound(double, double, double, double, int)}, over the data points' locations only
     * when {@code beyond} is false: the part of the box beyond the grid (where no point lies) is left out.
     */
    double maxKthDistanceBound(double x0, double y0, double x1, double y1, int k, boolean beyond) {
        int i0 = Math.max(0, columnOf(x0));
        int i1 = Math.min(nx - 1, columnOf(x1));
        int j0 = Math.max(0, rowOf(y0));
        int j1 = Math.min(ny - 1, rowOf(y1));
        // a box beyond the grid: its distance to the grid adds to the bound of the nearest cells
        double outside = !beyond
                ? 0
                : Math.hypot(
                        Math.max(0, Math.max(minX - x0, x1 - (minX + nx * cellWidth))),
                        Math.max(0, Math.max(minY - y0, y1 - (minY + ny * cellHeight))));
        if (i0 > i1 || j0 > j1) {
            i0 = Math.max(0, Math.min(nx - 1, i0));
            i1 = i0;
            j0 = Math.max(0, Math.min(ny - 1, j0));
            j1 = j0;
        }
        double max = 0;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                max = Math.max(max, kthDistanceBound(i, j, k));
            }
        }
        return max + outside;
    }

    /**
     * Why some point inside the tile box must have a point outside the halo box among its {@code k - 1} nearest
     * neighbours, or null when the counts do not show it: for a nonempty cell wholly inside the tile and a nonempty
     * cell wholly outside the box at most D from all of it, the cells within D of it hold at most k points (itself
     * included).
     */
    String outsideWithinNeighbours(
            double tx0, double ty0, double tx1, double ty1, double hx0, double hy0, double hx1, double hy1, int k) {
        for (int j = Math.max(0, rowOf(ty0)); j <= Math.min(ny - 1, rowOf(ty1)); j++) {
            for (int i = Math.max(0, columnOf(tx0)); i <= Math.min(nx - 1, columnOf(tx1)); i++) {
                double cx0 = minX + i * cellWidth;
                double cy0 = minY + j * cellHeight;
                if (count(i, j, i + 1, j + 1) == 0
                        || cx0 < tx0
                        || cx0 + cellWidth > tx1
                        || cy0 < ty0
                        || cy0 + cellHeight > ty1) {
                    continue;
                }
                for (int ring = 1; ring <= Math.max(nx, ny); ring++) {
                    if (count(i - ring + 1, j - ring + 1, i + ring, j + ring) > k) {
                        break;
                    }
                    for (int b = j - ring; b <= j + ring; b++) {
                        for (int a = i - ring; a <= i + ring; a++) {
                            boolean onRing = Math.abs(a - i) == ring || Math.abs(b - j) == ring;
                            if (!onRing || a < 0 || b < 0 || a >= nx || b >= ny || count(a, b, a + 1, b + 1) == 0) {
                                continue;
                            }
                            double ox0 = minX + a * cellWidth;
                            double oy0 = minY + b * cellHeight;
                            boolean outside =
                                    ox0 + cellWidth <= hx0 || ox0 >= hx1 || oy0 + cellHeight <= hy0 || oy0 >= hy1;
                            if (!outside) {
                                continue;
                            }
                            double d =
                                    Math.hypot((Math.abs(a - i) + 1) * cellWidth, (Math.abs(b - j) + 1) * cellHeight);
                            int w = (int) Math.ceil(d / Math.min(cellWidth, cellHeight));
                            long within = count(i - w, j - w, i + w + 1, j + w + 1);
                            if (within <= k) {
                                return "the " + count(i, j, i + 1, j + 1) + " points near (" + (cx0 + cellWidth / 2)
                                        + ", " + (cy0 + cellHeight / 2) + ") have at most " + (within - 1)
                                        + " others within " + d + ", among them points outside the halo, so their "
                                        + (k - 1) + " nearest neighbours (Akima's derivative estimate) reach beyond it";
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
