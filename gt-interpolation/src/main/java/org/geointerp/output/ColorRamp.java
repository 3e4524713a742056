package org.geointerp.output;

/**
 * The colour ramps of the pictures and the QGIS styles: colours at positions 0 to 1, linear in RGB between stops (as
 * QGIS interpolates its colour ramp shader, so a style made of the same stops draws the same colours).
 */
public enum ColorRamp {
    /** Perceptually uniform blue-green-yellow (nine stops of matplotlib's viridis): surfaces. */
    VIRIDIS(new int[][] {
        {68, 1, 84},
        {72, 40, 120},
        {62, 74, 137},
        {49, 104, 142},
        {38, 130, 142},
        {31, 158, 137},
        {53, 183, 121},
        {109, 205, 89},
        {253, 231, 37}
    }),
    /**
     * Blue-white-red (ColorBrewer's RdBu, reversed): residuals and other signed values, white at the middle of a
     * range centred on zero.
     */
    DIVERGING(new int[][] {
        {33, 102, 172},
        {67, 147, 195},
        {146, 197, 222},
        {209, 229, 240},
        {247, 247, 247},
        {253, 219, 199},
        {244, 165, 130},
        {214, 96, 77},
        {178, 24, 43}
    });

    private final int[][] stops;

    ColorRamp(int[][] stops) {
        this.stops = stops;
    }

    /** Number of stops, evenly spaced from 0 to 1. */
    public int stopCount() {
        return stops.length;
    }

    /** RGB of stop {@code i}. */
    public int stop(int i) {
        return (stops[i][0] << 16) | (stops[i][1] << 8) | stops[i][2];
    }

    /** RGB at position {@code t} (clamped to [0, 1]). */
    public int color(double t) {
        double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) p);
        double f = p - i;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int v = (int) Math.round(stops[i][c] + f * (stops[i + 1][c] - stops[i][c]));
            rgb = (rgb << 8) | v;
        }
        return rgb;
    }
}
