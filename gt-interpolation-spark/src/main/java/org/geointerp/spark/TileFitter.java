package org.geointerp.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;

/**
 * Fits a method to one piece's points with every parameter fixed and evaluates the piece's cells. The interpolator
 * comes from the engines' registry ({@link Methods}) with the fixed parameters as text, the same way the processes
 * make theirs. A piece no point reaches, or with fewer points than the method can fit where it could not have given
 * a value anyway, has no value anywhere (NaN): Clusterpolate and the PU-RBF's tiled mode give none beyond their
 * reach, and the halo holds everything within reach.
 */
class TileFitter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Evaluated bands and their names. */
    record Bands(float[][] values, String[] names) {}

    final String method;
    final HashMap<String, String> fixed;

    TileFitter(String method, Map<String, String> fixed) {
        this.method = method;
        this.fixed = new HashMap<>(fixed);
    }

    /** The interpolator, made once per task JVM use (cheap: it only holds options). */
    Interpolator interpolator() {
        return Methods.get(method).interpolator(fixed);
    }

    Bands evaluate(PointSet points, GridSpec window, Piece piece, Execution execution) {
        if (points.size() < fewestPoints()) {
            return empty(window);
        }
        Surface surface = interpolator().fit(points, execution);
        float[][] values = GridEvaluator.evaluate(surface, window, execution);
        String[] names = new String[surface.bandCount()];
        for (int b = 0; b < names.length; b++) {
            names[b] = surface.bandName(b);
        }
        return new Bands(values, names);
    }

    /**
     * Below this many points the piece has no value anywhere: the PU-RBF's tiled mode drops patches with fewer
     * than 8 points; Clusterpolate needs one point in range.
     */
    int fewestPoints() {
        return switch (method) {
            case "PartitionOfUnityRBF" -> 8;
            default -> 1;
        };
    }

    Bands empty(GridSpec window) {
        String[] names = method.equals("Clusterpolate") ? new String[] {"value", "membership"} : new String[] {"value"};
        float[][] values = new float[names.length][(int) window.cellCount()];
        for (float[] band : values) {
            Arrays.fill(band, Float.NaN);
        }
        return new Bands(values, names);
    }
}
