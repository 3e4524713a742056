package org.geointerp.engine;

/**
 * Evaluates a {@link Surface} over a {@link GridSpec}, rows in parallel on the execution's fork-join pool (the common pool by default). Each worker
 * takes blocks of rows from a shared counter and keeps one {@link RowEvaluator} (its scratch space) for all of them,
 * so no memory is allocated per cell. Progress is reported per finished block; cancellation is checked before
 * each block and ends the evaluation with a {@link CancellationException}.
 */
public final class GridEvaluator {

    /** Rows per unit of work: small enough to balance two cores and report progress often, large enough to be cheap. */
    private static final int ROWS_PER_BLOCK = 4;

    private GridEvaluator() {}

    /** Evaluates every band of {@code surface} on {@code grid}; returns one row-major array per band. */
    public static float[][] evaluate(Surface surface, GridSpec grid, Progress progress) {
        return evaluate(surface, grid, Execution.of(progress));
    }

    /** Evaluates every band on {@code execution}'s pool; returns one row-major array per band. */
    public static float[][] evaluate(Surface surface, GridSpec grid, Execution execution) {
        long cells = grid.cellCount();
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid: " + grid.width() + " x " + grid.height()
                    + " cells do not fit one Java array; request tiles instead");
        }
        float[][] out = new float[surface.bandCount()][(int) cells];
        evaluate(surface, grid, out, execution);
        return out;
    }

    /** Evaluates into caller-provided band arrays of {@code grid.cellCount()} floats each. */
    public static void evaluate(Surface surface, GridSpec grid, float[][] out, Progress progress) {
        evaluate(surface, grid, out, Execution.of(progress));
    }

    /**
     * Evaluates into caller-provided band arrays of {@code grid.cellCount()} floats each, on {@code execution}'s
     * pool, reporting the fraction of rows done.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static void evaluate(Surface surface, GridSpec grid, float[][] out, Execution execution) {
        int blocks = (grid.height() + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        execution.forEachBlock(
                "grid evaluation",
                blocks,
                surface::rowEvaluator,
                (evaluator, b) -> evaluator.evaluateRows(
                        grid, b * ROWS_PER_BLOCK, Math.min(grid.height(), (b + 1) * ROWS_PER_BLOCK), out));
    }
}
