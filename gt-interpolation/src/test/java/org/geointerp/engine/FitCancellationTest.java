package org.geointerp.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fits of large point sets report progress while they run and stop soon after the caller cancels: a server must be
 * able to free a worker that a client no longer wants. The bound (0.5 s from the cancel request to the exception
 * reaching the caller) is the architecture issue's; the fit of 1,000,000 points takes seconds.
 */
class FitCancellationTest {

    private static PointSet million;

    @BeforeAll
    static void points() {
        Random r = new Random(7);
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
            z[i] = Math.sin(6 * x[i]) * Math.cos(4 * y[i]);
        }
        million = PointSet.of2D(x, y, z);
    }

    /** Cancels once the fit has reported {@code at} of its progress; records when, and every fraction seen. */
    private static final class CancelAt implements Progress {
        private final double at;
        private final AtomicLong cancelledAt = new AtomicLong();
        private final AtomicReference<Double> first = new AtomicReference<>();
        private volatile double last = -1;
        private volatile int reports;

        CancelAt(double at) {
            this.at = at;
        }

        @Override
        public void progress(double fraction) {
            first.compareAndSet(null, fraction);
            last = Math.max(last, fraction);
            reports++;
            if (fraction >= at) {
                cancelledAt.compareAndSet(0, System.nanoTime());
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelledAt.get() != 0;
        }
    }

    private static void assertStopsQuickly(String method) {
        Interpolator interpolator = Methods.get(method).interpolator();
        CancelAt progress = new CancelAt(0.3);
        assertThrows(CancellationException.class, () -> interpolator.fit(million, Execution.of(progress)));
        long stopped = System.nanoTime();
        double seconds = (stopped - progress.cancelledAt.get()) / 1e9;
        assertTrue(progress.reports >= 3, method + ": progress reported " + progress.reports + " times");
        assertTrue(
                progress.last > progress.first.get(),
                method + ": progress did not move (" + progress.first.get() + " -> " + progress.last + ")");
        assertTrue(seconds < 0.5, method + ": stopped " + seconds + " s after the cancel request");
    }

    @Test
    void shepardFitStops() {
        assertStopsQuickly("Shepard");
    }

    @Test
    void akimaFitStops() {
        assertStopsQuickly("Akima");
    }

    @Test
    void partitionOfUnityFitStops() {
        assertStopsQuickly("PartitionOfUnityRBF");
    }
}
