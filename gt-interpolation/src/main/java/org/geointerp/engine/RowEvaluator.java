package org.geointerp.engine;

/**
 * Evaluates one grid row of a {@link Surface} with scratch space owned by one thread; not thread-safe. The grid
 * evaluator hands each worker thread its own instance, so implementations may keep buffers and search state
 * between cells and rows without allocating per cell.
 */
@FunctionalInterface
public interface RowEvaluator {

    /**
     * Writes band {@code b} of cell ({@code row}, col) to {@code out[b][row * grid.width() + col]} for every column;
     * NaN where the surface has no value.
     */
    void evaluateRow(GridSpec grid, int row, float[][] out);

    /**
     * Evaluates rows {@code [fromRow, toRow)} as {@link #evaluateRow} does each. The grid evaluator hands a worker
     * its rows in such blocks, so an implementation that shares work between nearby cells of several rows (search
     * candidates of a square tile, say) can override this; the default evaluates row by row.
     */
    default void evaluateRows(GridSpec grid, int fromRow, int toRow, float[][] out) {
        for (int row = fromRow; row < toRow; row++) {
            evaluateRow(grid, row, out);
        }
    }
}
