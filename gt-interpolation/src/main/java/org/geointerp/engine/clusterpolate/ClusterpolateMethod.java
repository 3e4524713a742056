package org.geointerp.engine.clusterpolate;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/** Clusterpolation in the method registry; defaults are {@link ClusterpolateOptions#defaults()}. */
public final class ClusterpolateMethod implements InterpolationMethod {

    public static final String NAME = "Clusterpolate";

    private static final ClusterpolateOptions D = ClusterpolateOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.number(
                    "radius",
                    Double.class,
                    null,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "Kernel radius in coordinate units; derived from the data's neighbour distances"),
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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Clusterpolate: kernel averages with a membership band for clustered data";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
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
