package org.geointerp.engine.purbf;

import org.geointerp.engine.GridSpec;

/**
 * The region where the interpolant has values, in N dimensions. Patch centres are kept near it, and evaluation
 * points outside it get no value (NaN) unless the caller asks to extrapolate.
 */
public interface Domain {

    /** Number of coordinates of a point. */
    int dimension();

    /** True when {@code p} lies in the closed domain (boundary included, up to a tolerance of the implementation). */
    boolean contains(double[] p);

    /**
     * A lower bound of the distance from {@code p} to the domain, 0 inside. Used to keep patch centres that lie
     * just outside the domain but whose patch still covers part of it.
     */
    double distanceOutside(double[] p);

    /**
     * Marks the cells of one grid row whose centres lie in the domain (2D only). The default tests cell by cell;
     * implementations override it with a scan-line computation.
     */
    default void insideRow(GridSpec grid, int row, boolean[] inside) {
        double[] p = new double[2];
        p[1] = grid.y(row);
        for (int col = 0; col < grid.width(); col++) {
            p[0] = grid.x(col);
            inside[col] = contains(p);
        }
    }

    /** Marks the columns whose centre x lies in [xFrom, xTo]. */
    static void markColumns(GridSpec grid, double xFrom, double xTo, boolean[] inside) {
        double cw = grid.cellWidth();
        int from = (int) Math.max(0, Math.ceil((xFrom - grid.minX()) / cw - 0.5));
        int to = (int) Math.min(grid.width() - 1, Math.floor((xTo - grid.minX()) / cw - 0.5));
        for (int col = from; col <= to; col++) {
            inside[col] = true;
        }
    }

    /** The whole space: used when extrapolating. */
    static Domain everywhere(int dimension) {
        return new Domain() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public boolean contains(double[] p) {
                return true;
            }

            @Override
            public double distanceOutside(double[] p) {
                return 0;
            }

            @Override
            public void insideRow(GridSpec grid, int row, boolean[] inside) {
                java.util.Arrays.fill(inside, 0, grid.width(), true);
            }
        };
    }
}
