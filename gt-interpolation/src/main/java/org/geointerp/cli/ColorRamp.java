package org.geointerp.cli;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Renders a float raster as a picture: values through a perceptually uniform blue-green-yellow ramp (sampled from
 * the viridis colour map), nodata transparent, and an optional second band in [0, 1] as opacity (the membership
 * picture clusterpolate users know).
 */
public final class ColorRamp {

    /** Value range mapped onto the ramp; NaN bounds mean "the raster's own min and max". */
    public record Scale(double min, double max) {
        public static final Scale AUTO = new Scale(Double.NaN, Double.NaN);
    }

    /** Nine viridis stops, from 0 to 1. */
    private static final int[][] STOPS = {
        {68, 1, 84},
        {72, 40, 120},
        {62, 74, 137},
        {49, 104, 142},
        {38, 130, 142},
        {31, 158, 137},
        {53, 183, 121},
        {109, 205, 89},
        {253, 231, 37}
    };

    private ColorRamp() {}

    public static BufferedImage render(Raster r, double noData, Scale scale) {
        int w = r.getWidth();
        int h = r.getHeight();
        double lo = scale.min();
        double hi = scale.max();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int row = 0; row < h; row++) {
                for (int col = 0; col < w; col++) {
                    float v = r.getSampleFloat(col, row, 0);
                    if (valid(v, noData)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        boolean alphaBand = r.getNumBands() > 1;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                float v = r.getSampleFloat(col, row, 0);
                if (!valid(v, noData)) {
                    img.setRGB(col, row, 0);
                    continue;
                }
                double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                int alpha = 255;
                if (alphaBand) {
                    float m = r.getSampleFloat(col, row, 1);
                    alpha = valid(m, noData) ? (int) Math.round(255 * Math.max(0, Math.min(1, m))) : 0;
                }
                img.setRGB(col, row, (alpha << 24) | color(t));
            }
        }
        return img;
    }

    private static boolean valid(float v, double noData) {
        return !Float.isNaN(v) && v != (float) noData;
    }

    /** RGB of position t in [0, 1] on the ramp, linear between stops. */
    static int color(double t) {
        double p = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) p);
        double f = p - i;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int v = (int) Math.round(STOPS[i][c] + f * (STOPS[i + 1][c] - STOPS[i][c]));
            rgb = (rgb << 8) | v;
        }
        return rgb;
    }
}
