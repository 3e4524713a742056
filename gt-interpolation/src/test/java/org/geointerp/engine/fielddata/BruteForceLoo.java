package org.geointerp.engine.fielddata;

import java.util.function.Function;
import java.util.stream.IntStream;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;

/**
 * Leave-one-out by brute force: for every point, fit the method to all the other points and read the surface at
 * the left-out point's location. Slow (one fit per point) and obviously right; the engine's fast cross-validation
 * is checked against it, and the robustness tests measure the defaults with it on a few hundred points.
 */
public final class BruteForceLoo {

    private BruteForceLoo() {}

    /** The predictions at every left-out point (NaN where the refitted surface has no value there). */
    public record Result(double[] observed, double[] predicted) {

        /** Points whose prediction is a number. */
        public int predictedCount() {
            int k = 0;
            for (double p : predicted) {
                k += Double.isNaN(p) ? 0 : 1;
            }
            return k;
        }

        /** Which points have a prediction. */
        public boolean[] hasPrediction() {
            boolean[] has = new boolean[predicted.length];
            for (int i = 0; i < has.length; i++) {
                has[i] = !Double.isNaN(predicted[i]);
            }
            return has;
        }

        /** Root mean square of observed - predicted over the points with a prediction. */
        public double rmse() {
            return rmse(null);
        }

        /**
         * Root mean square of the residuals over the points with a prediction that {@code keep} selects (null:
         * all).
         */
        public double rmse(boolean[] keep) {
            double s = 0;
            int k = 0;
            for (int i = 0; i < observed.length; i++) {
                if ((keep == null || keep[i]) && !Double.isNaN(predicted[i])) {
                    double e = observed[i] - predicted[i];
                    s += e * e;
                    k++;
                }
            }
            return Math.sqrt(s / k);
        }
    }

    /** Leave-one-out of {@code fit} on {@code points}; the fits run in parallel. */
    public static Result run(PointSet points, Function<PointSet, Surface> fit) {
        int n = points.size();
        double[] predicted = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Surface s = fit.apply(without(points, i));
            predicted[i] = s.value(points.x()[i], points.y()[i]);
        });
        return new Result(points.values().clone(), predicted);
    }

    /** The 2D point set without point {@code i}. */
    public static PointSet without(PointSet p, int i) {
        int n = p.size();
        double[] x = new double[n - 1];
        double[] y = new double[n - 1];
        double[] z = new double[n - 1];
        for (int j = 0, k = 0; j < n; j++) {
            if (j != i) {
                x[k] = p.x()[j];
                y[k] = p.y()[j];
                z[k] = p.values()[j];
                k++;
            }
        }
        return PointSet.of2D(x, y, z);
    }
}
