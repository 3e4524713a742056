package org.geointerp.engine.clusterpolate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.geointerp.engine.DescribedMethod;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/** Clusterpolation in the method registry; defaults are {@link ClusterpolateOptions#defaults()}. */
public final class ClusterpolateMethod extends DescribedMethod {

    public static final String NAME = "Clusterpolate";

    private static final ClusterpolateOptions D = ClusterpolateOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.positive(
                    "radius", null, "Kernel radius in coordinate units; derived from the data's neighbour distances"),
            Parameter.of(
                    "kernel",
                    String.class,
                    D.kernel().kernelName(),
                    "Kernel: " + StandardKernel.names() + " or a user kernel"),
            Parameter.number(
                    "membershipThreshold",
                    Double.class,
                    D.membershipThreshold(),
                    0,
                    1,
                    "Value cells whose membership is below it have no value"));

    public ClusterpolateMethod() {
        super(NAME, "Clusterpolate: kernel averages with a membership band for clustered data", PARAMETERS);
    }

    /** Radius candidates relative to the derived radius. */
    private static final double[] RADIUS_FACTORS = {0.35, 0.5, 0.7, 1.4, 2, 2.8, 4, 5.6, 8};

    /** The radius, relative to the derived one; the default first. A given radius is not tuned. */
    @Override
    public List<Map<String, Object>> tuningCandidates(Map<String, ?> given, FitSummary fitted) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of());
        if (!given.containsKey("radius")) {
            double r = (Double) fitted.parameters().get("radius");
            for (double f : RADIUS_FACTORS) {
                out.add(Map.of("radius", f * r));
            }
        }
        return out;
    }

    @Override
    public Clusterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        return new Clusterpolator(new ClusterpolateOptions(
                v.given("radius") ? OptionalDouble.of(v.number("radius")) : OptionalDouble.empty(),
                StandardKernel.byName(v.as("kernel", String.class)),
                v.number("membershipThreshold")));
    }
}
