package org.geointerp.engine.purbf;

import org.geointerp.engine.FitSummary;
import org.geointerp.engine.RowEvaluator;
import org.geointerp.engine.Surface;
import org.geointerp.engine.VolumeSurface;

/** A 3D partition-of-unity RBF fit; its horizontal slices evaluate on grids like any surface. */
public final class PuRbfVolume implements VolumeSurface {

    private final PuRbfModel model;
    private final FitSummary summary;

    PuRbfVolume(PuRbfModel model, FitSummary summary) {
        this.model = model;
        this.summary = summary;
    }

    public PuRbfModel model() {
        return model;
    }

    @Override
    public double value(double x, double y, double z) {
        return model.value(x, y, z);
    }

    @Override
    public FitSummary summary() {
        return summary;
    }

    @Override
    public Surface slice(double z) {
        return new Surface() {
            @Override
            public double value(double x, double y) {
                return model.value(x, y, z);
            }

            @Override
            public String bandName(int band) {
                return "z=" + z;
            }

            @Override
            public FitSummary summary() {
                return summary;
            }

            @Override
            public RowEvaluator rowEvaluator() {
                PuRbfModel.Evaluator e = model.evaluator();
                double[] p = {0, 0, z};
                return (grid, row, out) -> {
                    float[] band = out[0];
                    int base = row * grid.width();
                    p[1] = grid.y(row);
                    for (int col = 0; col < grid.width(); col++) {
                        p[0] = grid.x(col);
                        band[base + col] = (float) e.value(p);
                    }
                };
            }
        };
    }
}
