package org.geointerp.engine.akima;

import java.util.List;
import java.util.Map;
import org.geointerp.engine.DescribedMethod;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/** Akima's TOMS 761 interpolation in the method registry; defaults are {@link AkimaOptions#defaults()}. */
public final class AkimaMethod extends DescribedMethod {

    public static final String NAME = "Akima";

    private static final AkimaOptions D = AkimaOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.of(
                    "extrapolate",
                    Boolean.class,
                    D.extrapolate(),
                    "Fill cells outside the triangulated area with Appendix B's extrapolation polynomials"),
            Parameter.of(
                    "preset",
                    AkimaOptions.Preset.class,
                    D.preset(),
                    "Named setting: ROBUST (field data: derivatives from least-squares quadratics through each point"
                            + " and its 11 nearest, samples within a hundredth of the mean spacing merged), PAPER"
                            + " (Akima's TOMS 761: interpolating cubics through the 9 nearest; reproduces cubics,"
                            + " amplifies noise)"));

    public AkimaMethod() {
        super(NAME, "Akima 761: cubic precision, triangle-based, smooth", PARAMETERS);
    }

    @Override
    public AkimaInterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        return new AkimaInterpolator(
                new AkimaOptions(v.flag("extrapolate"), v.as("preset", AkimaOptions.Preset.class), null));
    }
}
