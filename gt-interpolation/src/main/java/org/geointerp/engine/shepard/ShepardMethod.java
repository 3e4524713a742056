package org.geointerp.engine.shepard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.DescribedMethod;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;
import org.geointerp.engine.barrier.BarrierSet;

/** Shepard's (1968) SYMAP interpolation in the method registry; defaults are {@link ShepardOptions#defaults()}. */
public final class ShepardMethod extends DescribedMethod {

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
            Parameter.positive(
                    "radius",
                    null,
                    "Search radius r in coordinate units; derived from pi r^2 = 7 A / N (A = convex hull area)"),
            Parameter.of("direction", Boolean.class, D.direction(), "Use the direction (shadowing) term (paper: true)"),
            Parameter.of("slopes", Boolean.class, D.slopes(), "Add slope increments (paper: true)"),
            Parameter.positive(
                    "slopeScale",
                    null,
                    "The distance nu bounding slope increments; derived as 0.1 (max z - min z) / largest slope"),
            Parameter.positive("exponent", D.exponent(), "Exponent u of the IDW mode (paper: 2)"),
            Parameter.of("barriers", BarrierSet.class, null, "Barrier lines and polygons; none by default"));

    public ShepardMethod() {
        super(NAME, "Shepard (SYMAP) interpolation: exact, smooth, local; barriers cut influence", PARAMETERS);
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

    /** Radius candidates for SYMAP, relative to the derived radius (which holds about seven points). */
    private static final double[] RADIUS_FACTORS = {0.6, 0.8, 1, 1.25, 1.6, 2, 2.5, 3.2};

    private static final double[] IDW_EXPONENTS = {1, 1.5, 2, 2.5, 3, 4};
    private static final int[] IDW_NEIGHBOURS = {5, 8, 10, 16, 25};

    /**
     * SYMAP: the radius (relative to the derived one) and whether slopes are added; IDW: the exponent and the
     * number of neighbours. The paper's defaults come first.
     */
    @Override
    public List<Map<String, Object>> tuningCandidates(Map<String, ?> given, FitSummary fitted) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of());
        Map<String, Object> p = fitted.parameters();
        if (p.get("mode") == ShepardOptions.Mode.SYMAP) {
            double r = (Double) p.get("radius");
            double[] factors = given.containsKey("radius") ? new double[] {1} : RADIUS_FACTORS;
            Boolean[] slopes = given.containsKey("slopes") ? new Boolean[] {null} : new Boolean[] {true, false};
            for (double f : factors) {
                for (Boolean slope : slopes) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    if (f != 1) {
                        c.put("radius", f * r);
                    }
                    if (slope != null && slope != D.slopes()) {
                        c.put("slopes", slope);
                    }
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        } else {
            double[] exponents = given.containsKey("exponent") ? new double[] {D.exponent()} : IDW_EXPONENTS;
            int[] counts = given.containsKey("maxNeighbours") ? new int[] {-1} : IDW_NEIGHBOURS;
            int min = (Integer) p.get("minNeighbours");
            for (double u : exponents) {
                for (int k : counts) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    if (!given.containsKey("exponent") && u != D.exponent()) {
                        c.put("exponent", u);
                    }
                    if (k > 0 && k != D.maxNeighbours()) {
                        c.put("maxNeighbours", k);
                        c.put("minNeighbours", Math.min(min, k));
                    }
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public Interpolator interpolator() {
        return new ShepardInterpolator(D);
    }
}
