package org.geointerp.process;

import java.util.Map;
import java.util.concurrent.CancellationException;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.Surface;
import org.geotools.api.util.ProgressListener;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.process.ProcessException;

/** Evaluates a fitted surface over the output grid and wraps the bands as a coverage: the last step of every process. */
public final class SurfaceRasterizer {

    private SurfaceRasterizer() {}

    public static GridCoverage2D rasterize(
            String name,
            Surface surface,
            OutputGrid grid,
            double noData,
            ProgressListener monitor,
            Map<String, Object> properties) {
        if (monitor != null) {
            monitor.started();
        }
        float[][] bands;
        try {
            bands = GridEvaluator.evaluate(surface, grid.spec(), new ProcessProgress(monitor));
        } catch (CancellationException e) {
            throw new ProcessException(name + ": cancelled", e);
        }
        String[] names = new String[surface.bandCount()];
        for (int b = 0; b < names.length; b++) {
            names[b] = surface.bandName(b);
        }
        GridCoverage2D coverage = GridCoverages.create(name, grid, bands, names, noData, properties);
        if (monitor != null) {
            monitor.complete();
        }
        return coverage;
    }
}
