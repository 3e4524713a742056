package org.geointerp.output;

import org.geointerp.process.GridCoverages;
import org.geointerp.process.OutputGrid;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.geometry.jts.ReferencedEnvelope;

/** Coverages built as the processes build them, with values from a formula. */
final class TestCoverages {

    private TestCoverages() {}

    /**
     * A smooth surface (band 0) and, when {@code bands > 1}, further bands of other formulas; cells in a corner
     * are nodata.
     */
    static GridCoverage2D surface(
            ReferencedEnvelope bbox, int w, int h, int bands, double noData, java.util.Map<String, Object> properties) {
        OutputGrid grid = OutputGrid.of(bbox, w, h);
        float[][] v = new float[bands][w * h];
        String[] names = new String[bands];
        for (int b = 0; b < bands; b++) {
            names[b] = b == 0 ? "value" : "band" + b;
            for (int row = 0; row < h; row++) {
                for (int col = 0; col < w; col++) {
                    double x = col / (double) w;
                    double y = row / (double) h;
                    boolean hole = x < 0.1 && y < 0.1;
                    v[b][row * w + col] = hole
                            ? Float.NaN
                            : (float) (Math.sin(3 * x + b) * Math.cos(2 * y) * 100 + 17.25 * b + x * y);
                }
            }
        }
        return GridCoverages.create("test", grid, v, names, noData, properties);
    }

    static ReferencedEnvelope envelope(
            double minX, double minY, double maxX, double maxY, CoordinateReferenceSystem crs) {
        return new ReferencedEnvelope(minX, maxX, minY, maxY, crs);
    }
}
