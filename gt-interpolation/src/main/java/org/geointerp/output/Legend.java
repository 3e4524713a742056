package org.geointerp.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value range a picture's colours span and the labelled ticks of its colour bar; the same range goes into the
 * QGIS style.
 *
 * @param title the value attribute's name, above the bar
 */
public record Legend(String title, ColorRamp ramp, double min, double max) {

    /**
     * The range of the valid cells of {@code band}, or of {@code given} when both its bounds are finite; a diverging
     * ramp gets a range symmetric about zero, so white means zero.
     */
    public static Legend of(
            String title, ColorRamp ramp, RasterContent content, int band, double givenMin, double givenMax) {
        double lo = givenMin;
        double hi = givenMax;
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (float v : content.bands()[band]) {
                if (!content.isNoData(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) {
                lo = 0;
                hi = 1;
            }
        }
        if (ramp == ColorRamp.DIVERGING) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            lo = -m;
            hi = m;
        }
        return new Legend(title, ramp, lo, hi);
    }

    /** Position of {@code v} on the ramp, 0 at min and 1 at max (0.5 for a flat range). */
    public double position(double v) {
        return max > min ? (v - min) / (max - min) : 0.5;
    }

    public int color(double v) {
        return ramp.color(position(v));
    }

    /** Round tick values (1, 2 or 5 times a power of ten apart) inside the range, about five of them. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min)) {
            ticks.add(min);
            return ticks;
        }
        double step = niceStep((max - min) / 5);
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int i = 0; first + i * step <= max + step * 1e-9; i++) {
            ticks.add(BigDecimal.valueOf(first + i * step)
                    .round(new java.math.MathContext(12))
                    .doubleValue());
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
    }

    /** A tick's label: as many decimals as the tick spacing needs, no more. */
    public String label(double v) {
        List<Double> t = ticks();
        double step = t.size() > 1 ? t.get(1) - t.get(0) : Math.max(Math.abs(v), 1);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return new BigDecimal(v)
                .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}
