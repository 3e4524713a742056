package org.geointerp.engine.akima;

import java.util.List;
import java.util.Map;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/** Akima's TOMS 761 interpolation in the method registry; defaults are {@link AkimaOptions#defaults()}. */
public final class AkimaMethod implements InterpolationMethod {

    public static final String NAME = "Akima";

    private static final AkimaOptions D = AkimaOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(Parameter.of(
            "extrapolate",
            Boolean.class,
            D.extrapolate(),
            "Fill cells outside the triangulated area with Appendix B's extrapolation polynomials"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Akima 761: cubic precision, triangle-based, smooth";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public AkimaInterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        return new AkimaInterpolator(new AkimaOptions(v.flag("extrapolate")));
    }
}
