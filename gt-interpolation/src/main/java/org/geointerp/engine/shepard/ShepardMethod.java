package org.geointerp.engine.shepard;

import java.util.List;
import java.util.Map;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;
import org.geointerp.engine.barrier.BarrierSet;

/** Shepard's (1968) SYMAP interpolation in the method registry; defaults are {@link ShepardOptions#defaults()}. */
public final class ShepardMethod implements InterpolationMethod {

    public static final String NAME = "Shepard";

    private static final ShepardOptions D = ShepardOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.of(
                    "mode",
                    ShepardOptions.Mode.class,
                    D.mode(),
                    "SYMAP: the paper's full method; IDW: plain inverse-distance weighting d^-exponent over the same"
                            + " neighbours"),
            Parameter.number(
                    "minNeighbours",
                    Integer.class,
                    D.minNeighbours(),
                    1,
                    1000,
                    "Fewest neighbours per cell (paper: 4)"),
            Parameter.number(
                    "maxNeighbours", Integer.class, D.maxNeighbours(), 1, 1000, "Most neighbours per cell (paper: 10)"),
            Parameter.number(
                    "radius",
                    Double.class,
                    null,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "Search radius r in coordinate units; derived from pi r^2 = 7 A / N (A = convex hull area)"),
            Parameter.of("direction", Boolean.class, D.direction(), "Use the direction (shadowing) term (paper: true)"),
            Parameter.of("slopes", Boolean.class, D.slopes(), "Add slope increments (paper: true)"),
            Parameter.number(
                    "slopeScale",
                    Double.class,
                    null,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "The distance nu bounding slope increments; derived as 0.1 (max z - min z) / largest slope"),
            Parameter.number(
                    "exponent",
                    Double.class,
                    D.exponent(),
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "Exponent u of the IDW mode (paper: 2)"),
            Parameter.of("barriers", BarrierSet.class, null, "Barrier lines and polygons; none by default"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Shepard (SYMAP) interpolation: exact, smooth, local; barriers cut influence";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ShepardInterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        ShepardOptions o = new ShepardOptions(
                v.as("mode", ShepardOptions.Mode.class),
                v.integer("minNeighbours"),
                v.integer("maxNeighbours"),
                v.number("radius"),
                v.flag("direction"),
                v.flag("slopes"),
                v.number("slopeScale"),
                v.number("exponent"),
                Double.NaN);
        return new ShepardInterpolator(o, v.as("barriers", BarrierSet.class));
    }

    @Override
    public Interpolator interpolator() {
        return new ShepardInterpolator(D);
    }
}
