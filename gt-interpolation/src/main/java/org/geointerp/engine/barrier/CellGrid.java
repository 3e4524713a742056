package org.geointerp.engine.barrier;

/**
 * A uniform grid of square cells over the barriers' envelope: the index behind every query in this package.
 * Barrier segments are listed in every cell they touch, so a test along a short segment looks only at the few
 * barriers in the one to four cells it passes. Points and segments outside the envelope are clamped onto the border
 * cells; nothing of a barrier lies outside, so clamping only ever adds candidates, never loses one.
 */
final class CellGrid {

    /** Most cells per axis, to bound memory whatever the barriers' shape. */
    private static final int MAX_CELLS_PER_AXIS = 4096;

    final double minX;
    final double minY;
    final double maxX;
    final double maxY;
    final double size;
    final int nx;
    final int ny;
    private final double inv;
    /**
     * Cells are widened by this much when a segment is assigned to or looked up in them, so that an intersection
     * point lying on a cell border (up to rounding) is found in a cell both segments list.
     */
    private final double margin;

    private CellGrid(double minX, double minY, double maxX, double maxY, double size) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.size = size;
        this.inv = 1 / size;
        this.nx = (int) Math.min(MAX_CELLS_PER_AXIS, Math.floor((maxX - minX) * inv) + 1);
        this.ny = (int) Math.min(MAX_CELLS_PER_AXIS, Math.floor((maxY - minY) * inv) + 1);
        this.margin = size * 1e-6;
    }

    /**
     * Cell size giving about {@code 16 n + 256} cells for n segments (at most 2^22, and at most 4096 per axis).
     * Sizing by count rather than by the barriers' density keeps cells small where barriers cluster (two towns far
     * apart), at a memory cost of a few ints per cell.
     */
    static CellGrid fit(double minX, double minY, double maxX, double maxY, int segments) {
        double w = maxX - minX;
        double h = maxY - minY;
        double extent = Math.max(w, h);
        double cells = Math.min(16.0 * segments + 256, 1 << 22);
        // smallest size with (w / s + 1) (h / s + 1) <= cells: root of (cells - 1) s^2 - (w + h) s - w h = 0
        double size = ((w + h) + Math.sqrt((w + h) * (w + h) + 4 * (cells - 1) * w * h)) / (2 * (cells - 1));
        return new CellGrid(minX, minY, maxX, maxY, Math.max(size, extent / (MAX_CELLS_PER_AXIS - 1)));
    }

    int cellCount() {
        return nx * ny;
    }

    int col(double x) {
        double c = Math.floor((x - minX) * inv);
        return c < 0 ? 0 : c >= nx ? nx - 1 : (int) c;
    }

    int row(double y) {
        double r = Math.floor((y - minY) * inv);
        return r < 0 ? 0 : r >= ny ? ny - 1 : (int) r;
    }

    /** The cell holding (x, y), clamped to the grid: {@code row * nx + col}. */
    int cellOf(double x, double y) {
        return row(y) * nx + col(x);
    }

    /** x of the centre of column c. */
    double centreX(int c) {
        return minX + (c + 0.5) * size;
    }

    double centreY(int r) {
        return minY + (r + 0.5) * size;
    }

    /** True when the box misses the envelope, so no barrier can be involved. */
    boolean outside(double x0, double y0, double x1, double y1) {
        return Math.max(x0, x1) < minX || Math.min(x0, x1) > maxX || Math.max(y0, y1) < minY || Math.min(y0, y1) > maxY;
    }

    int firstCol(double x0, double x1) {
        return col(Math.min(x0, x1) - margin);
    }

    int lastCol(double x0, double x1) {
        return col(Math.max(x0, x1) + margin);
    }

    int firstRow(double y0, double y1) {
        return row(Math.min(y0, y1) - margin);
    }

    int lastRow(double y0, double y1) {
        return row(Math.max(y0, y1) + margin);
    }

    /**
     * The columns of the cells of row {@code r} that the segment (x0, y0)-(x1, y1) touches, packed as
     * {@code first << 32 | last}; first > last when it touches none.
     */
    long cols(int r, double x0, double y0, double x1, double y1) {
        double lo = minY + r * size - margin;
        double hi = lo + size + 2 * margin;
        double a;
        double b;
        if (y0 == y1) {
            if (y0 < lo || y0 > hi) {
                return pack(1, 0);
            }
            a = Math.min(x0, x1);
            b = Math.max(x0, x1);
        } else {
            // the part of the segment inside the row's slab; beyond the envelope there is nothing to find
            double ya = Math.max(lo, Math.min(y0, y1));
            double yb = Math.min(hi, Math.max(y0, y1));
            if (ya > yb) {
                return pack(1, 0);
            }
            double slope = (x1 - x0) / (y1 - y0);
            double xa = x0 + (ya - y0) * slope;
            double xb = x0 + (yb - y0) * slope;
            a = Math.max(Math.min(xa, xb), Math.min(x0, x1));
            b = Math.min(Math.max(xa, xb), Math.max(x0, x1));
        }
        return pack(col(a - margin), col(b + margin));
    }

    static int first(long packed) {
        return (int) (packed >> 32);
    }

    static int last(long packed) {
        return (int) packed;
    }

    private static long pack(int first, int last) {
        return ((long) first << 32) | (last & 0xffffffffL);
    }

    /** Squared distance from (x, y) to the rectangle of cell (c, r); 0 inside. */
    double cellDistanceSq(int c, int r, double x, double y) {
        double x0 = minX + c * size;
        double y0 = minY + r * size;
        double dx = x < x0 ? x0 - x : x > x0 + size ? x - x0 - size : 0;
        double dy = y < y0 ? y0 - y : y > y0 + size ? y - y0 - size : 0;
        return dx * dx + dy * dy;
    }
}
