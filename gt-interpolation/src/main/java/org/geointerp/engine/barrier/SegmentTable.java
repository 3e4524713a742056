package org.geointerp.engine.barrier;

import java.util.Arrays;
import org.geointerp.engine.internal.BucketLists;

/**
 * Barrier segments on primitive arrays, listed per grid cell (compressed rows: the segments of cell k are
 * {@code items[start[k] .. start[k + 1])}).
 *
 * <p>Geometric segments carry the ids of their end vertices in a {@link WedgeTable} and whether they are a polygon
 * edge (then the polygon's interior is on their left). Strength segments carry their barrier's strength and the
 * point before their start on the same chain ({@code hasPrev} false at the free end of a line), used to count a
 * crossing exactly once when a path passes exactly through a vertex.
 */
final class SegmentTable {

    final int size;
    final double[] x0;
    final double[] y0;
    final double[] x1;
    final double[] y1;
    final int[] v0;
    final int[] v1;
    final boolean[] polygon;
    final double[] strength;
    final double[] prevX;
    final double[] prevY;
    final boolean[] hasPrev;
    final int[] start;
    final int[] items;
    /** Bounding box of segment s at {@code 4 s}: min x, min y, max x, max y (one cache line, no min/max calls). */
    private final double[] box;

    private SegmentTable(Builder b, CellGrid grid) {
        size = b.size;
        x0 = Arrays.copyOf(b.x0, size);
        y0 = Arrays.copyOf(b.y0, size);
        x1 = Arrays.copyOf(b.x1, size);
        y1 = Arrays.copyOf(b.y1, size);
        v0 = Arrays.copyOf(b.v0, size);
        v1 = Arrays.copyOf(b.v1, size);
        polygon = Arrays.copyOf(b.polygon, size);
        strength = Arrays.copyOf(b.strength, size);
        prevX = Arrays.copyOf(b.prevX, size);
        prevY = Arrays.copyOf(b.prevY, size);
        hasPrev = Arrays.copyOf(b.hasPrev, size);
        box = new double[4 * size];
        for (int s = 0; s < size; s++) {
            box[4 * s] = Math.min(x0[s], x1[s]);
            box[4 * s + 1] = Math.min(y0[s], y1[s]);
            box[4 * s + 2] = Math.max(x0[s], x1[s]);
            box[4 * s + 3] = Math.max(y0[s], y1[s]);
        }
        BucketLists cells = BucketLists.of(grid.cellCount(), sink -> placeInCells(grid, sink));
        start = cells.start();
        items = cells.items();
    }

    /** Every segment in every cell it passes through. */
    private void placeInCells(CellGrid grid, BucketLists.Sink sink) {
        CellWalk walk = new CellWalk(grid);
        for (int s = 0; s < size; s++) {
            walk.start(x0[s], y0[s], x1[s], y1[s]);
            for (int cell = walk.next(); cell >= 0; cell = walk.next()) {
                sink.add(s, cell);
            }
        }
    }

    /** True when segment s's bounding box misses the given box: the cheap rejection before any predicate. */
    boolean boxMisses(int s, double minX, double minY, double maxX, double maxY) {
        int k = 4 * s;
        return box[k + 2] < minX || box[k] > maxX || box[k + 3] < minY || box[k + 1] > maxY;
    }

    boolean cellEmpty(int cell) {
        return start[cell] == start[cell + 1];
    }

    /** Squared distance from (x, y) to segment s. */
    double distanceSq(int s, double x, double y) {
        double dx = x1[s] - x0[s];
        double dy = y1[s] - y0[s];
        double t = ((x - x0[s]) * dx + (y - y0[s]) * dy) / (dx * dx + dy * dy);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double ex = x0[s] + t * dx - x;
        double ey = y0[s] + t * dy - y;
        return ex * ex + ey * ey;
    }

    /** Collects segments before the grid is known. */
    static final class Builder {
        private int size;
        private double[] x0 = new double[16];
        private double[] y0 = new double[16];
        private double[] x1 = new double[16];
        private double[] y1 = new double[16];
        private int[] v0 = new int[16];
        private int[] v1 = new int[16];
        private boolean[] polygon = new boolean[16];
        private double[] strength = new double[16];
        private double[] prevX = new double[16];
        private double[] prevY = new double[16];
        private boolean[] hasPrev = new boolean[16];

        int size() {
            return size;
        }

        void addGeometric(double ax, double ay, double bx, double by, int va, int vb, boolean polygonEdge) {
            int s = add(ax, ay, bx, by);
            v0[s] = va;
            v1[s] = vb;
            polygon[s] = polygonEdge;
            strength[s] = Double.NaN;
        }

        void addStrength(double ax, double ay, double bx, double by, double value, boolean prev, double px, double py) {
            int s = add(ax, ay, bx, by);
            v0[s] = -1;
            v1[s] = -1;
            strength[s] = value;
            hasPrev[s] = prev;
            prevX[s] = px;
            prevY[s] = py;
        }

        private int add(double ax, double ay, double bx, double by) {
            if (size == x0.length) {
                int n = size * 2;
                x0 = Arrays.copyOf(x0, n);
                y0 = Arrays.copyOf(y0, n);
                x1 = Arrays.copyOf(x1, n);
                y1 = Arrays.copyOf(y1, n);
                v0 = Arrays.copyOf(v0, n);
                v1 = Arrays.copyOf(v1, n);
                polygon = Arrays.copyOf(polygon, n);
                strength = Arrays.copyOf(strength, n);
                prevX = Arrays.copyOf(prevX, n);
                prevY = Arrays.copyOf(prevY, n);
                hasPrev = Arrays.copyOf(hasPrev, n);
            }
            x0[size] = ax;
            y0[size] = ay;
            x1[size] = bx;
            y1[size] = by;
            return size++;
        }

        SegmentTable build(CellGrid grid) {
            return new SegmentTable(this, grid);
        }
    }
}
