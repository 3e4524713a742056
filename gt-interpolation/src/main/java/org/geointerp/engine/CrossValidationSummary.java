package org.geointerp.engine;

/**
 * Summary figures of a cross-validation, as gstat's {@code krige.cv} users compute them. The residual is
 * {@code observed - predicted} (gstat's sign); points where the method had no value (NaN) are counted apart and
 * left out of the figures.
 *
 * @param n number of points
 * @param predicted points with a prediction
 * @param rmse root mean square residual
 * @param mae mean absolute residual
 * @param meanError mean residual: positive when the method predicts too low on average
 * @param r2 coefficient of determination {@code 1 - sum(residual^2) / sum((observed - mean observed)^2)}
 */
public record CrossValidationSummary(int n, int predicted, double rmse, double mae, double meanError, double r2) {

    /** The figures of {@code observed} against {@code predicted} (NaN predictions left out). */
    public static CrossValidationSummary of(double[] observed, double[] predicted) {
        int m = 0;
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(predicted[i])) {
                m++;
                sum += observed[i];
            }
        }
        double mean = m > 0 ? sum / m : Double.NaN;
        double sq = 0;
        double abs = 0;
        double err = 0;
        double tot = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(predicted[i])) {
                double r = observed[i] - predicted[i];
                sq += r * r;
                abs += Math.abs(r);
                err += r;
                tot += (observed[i] - mean) * (observed[i] - mean);
            }
        }
        if (m == 0) {
            return new CrossValidationSummary(observed.length, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new CrossValidationSummary(
                observed.length, m, Math.sqrt(sq / m), abs / m, err / m, tot > 0 ? 1 - sq / tot : Double.NaN);
    }
}
