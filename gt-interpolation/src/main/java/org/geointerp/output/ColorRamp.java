package org.geointerp.output;

/**
 * The colour ramps of the pictures and the QGIS styles: colours at positions 0 to 1, linear in RGB between stops (as
 * QGIS interpolates its colour ramp shader, so a style made of the same stops draws the same colours).
 */
public enum ColorRamp {
    /** Perceptually uniform blue-green-yellow (nine stops of matplotlib's viridis): surfaces. */
    VIRIDIS(0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xFDE725),
    /**
     * Blue-white-red (ColorBrewer's RdBu, reversed): residuals and other signed values, white at the middle of a
     * range centred on zero.
     */
    DIVERGING(0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B);

    /** The stops as 0xRRGGBB, the form in which the ramps are published and {@link #stop} returns them. */
    private final int[] stops;

    ColorRamp(int... stops) {
        this.stops = stops;
    }

    /** Number of stops, evenly spaced from 0 to 1. */
    public int stopCount() {
        return stops.length;
    }

    /** RGB of stop {@code i}. */
    public int stop(int i) {
        return stops[i];
    }

    /** RGB at position {@code t} (clamped to [0, 1]). */
    public int color(double t) {
        double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) p);
        double f = p - i;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int from = stops[i] >> shift & 0xFF;
            int to = stops[i + 1] >> shift & 0xFF;
            rgb = (rgb << 8) | (int) Math.round(from + f * (to - from));
        }
        return rgb;
    }
}
