package org.geointerp.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduced-resolution levels of a raster, each half the size of the one before (rounded up), until the larger side fits
 * in one block: what a viewer reads when it shows the whole grid at once. A cell of a level is the mean of the valid
 * cells of the 2 x 2 it covers (GDAL's {@code average} resampling); a cell all of whose sources are nodata stays nodata,
 * so the edges of a surface do not bleed into its empty parts.
 */
final class Overviews {

    private Overviews() {}

    /**
     * @param blockSize the levels stop at the first whose width and height are both at most this
     * @param noData the nodata value; NaN cells are nodata too
     */
    static List<RasterLevel> of(RasterLevel full, int blockSize, double noData) {
        List<RasterLevel> levels = new ArrayList<>();
        RasterLevel current = full;
        while (current.width() > blockSize || current.height() > blockSize) {
            current = half(current, (float) noData);
            levels.add(current);
        }
        return levels;
    }

    static RasterLevel half(RasterLevel in, float noData) {
        int w = (in.width() + 1) / 2;
        int h = (in.height() + 1) / 2;
        float[][] out = new float[in.bandCount()][w * h];
        for (int b = 0; b < in.bandCount(); b++) {
            float[] src = in.bands()[b];
            float[] dst = out[b];
            for (int row = 0; row < h; row++) {
                for (int col = 0; col < w; col++) {
                    double sum = 0;
                    int n = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        int r = 2 * row + dy;
                        if (r >= in.height()) {
                            continue;
                        }
                        for (int dx = 0; dx < 2; dx++) {
                            int c = 2 * col + dx;
                            if (c >= in.width()) {
                                continue;
                            }
                            float v = src[r * in.width() + c];
                            if (!Float.isNaN(v) && v != noData) {
                                sum += v;
                                n++;
                            }
                        }
                    }
                    dst[row * w + col] = n == 0 ? noData : (float) (sum / n);
                }
            }
        }
        return new RasterLevel(w, h, out);
    }
}
