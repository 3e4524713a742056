package org.geointerp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GridEvaluatorTest {

    /** A surface whose value encodes the cell centre, so misplaced rows or columns show. */
    static final Surface PLANE = (x, y) -> 1000 * x + y;

    @Test
    void everyCellGetsItsOwnCentreInRowMajorOrderTopRowFirst() {
        GridSpec g = new GridSpec(10, 20, 14, 23, 4, 3);
        float[] v = GridEvaluator.evaluate(PLANE, g, Progress.NONE)[0];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                assertEquals((float) (1000 * (10.5 + col) + (22.5 - row)), v[row * 4 + col], 0.0);
            }
        }
    }

    @Test
    void parallelResultEqualsASequentialWalk() {
        GridSpec g = new GridSpec(0, 0, 1, 1, 333, 257);
        float[] parallel = GridEvaluator.evaluate(PLANE, g, Progress.NONE)[0];
        float[] sequential = new float[333 * 257];
        float[][] out = {sequential};
        RowEvaluator e = PLANE.rowEvaluator();
        for (int row = 0; row < 257; row++) {
            e.evaluateRow(g, row, out);
        }
        assertArrayEquals(sequential, parallel);
    }

    @Test
    void progressRisesToOne() {
        ConcurrentLinkedQueue<Double> reports = new ConcurrentLinkedQueue<>();
        GridEvaluator.evaluate(PLANE, new GridSpec(0, 0, 1, 1, 50, 400), new Progress() {
            @Override
            public void progress(double fraction) {
                reports.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(100, reports.size(), "one report per block of 4 rows");
        assertTrue(reports.stream().allMatch(f -> f > 0 && f <= 1));
        assertEquals(
                1.0, reports.stream().mapToDouble(Double::doubleValue).max().getAsDouble(), 0.0);
    }

    @Test
    void cancellationStopsTheWorkEarly() {
        AtomicInteger rows = new AtomicInteger();
        Surface counting = new Surface() {
            @Override
            public double value(double x, double y) {
                return 0;
            }

            @Override
            public RowEvaluator rowEvaluator() {
                return (grid, row, out) -> rows.incrementAndGet();
            }
        };
        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterThree = new Progress() {
            @Override
            public void progress(double fraction) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 3;
            }
        };
        assertThrows(
                CancellationException.class,
                () -> GridEvaluator.evaluate(counting, new GridSpec(0, 0, 1, 1, 10, 100_000), cancelAfterThree));
        assertTrue(rows.get() < 100, "stopped after a few blocks, evaluated " + rows.get() + " of 100000 rows");
    }
}
