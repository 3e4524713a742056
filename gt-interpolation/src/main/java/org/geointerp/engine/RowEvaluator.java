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
}
