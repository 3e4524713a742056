package org.geointerp.engine.purbf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/**
 * The partition-of-unity RBF in the method registry. Two modes, as in the process: without {@code patchSpacing}
 * {@link PuRbfOptions#defaults()}; with it {@link PuRbfOptions#tiled(double)}, whose every choice is local (map
 * tiles, Spark). The kernel's shape defaults per kernel and mode ({@link Kernel#defaultShape()},
 * {@link Kernel#defaultPatchShape()}).
 */
public final class PuRbfMethod implements InterpolationMethod {

    public static final String NAME = "PartitionOfUnityRBF";

    private static final PuRbfOptions D = PuRbfOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.of(
                    "kernel",
                    Kernel.class,
                    null,
                    "Local radial basis function; default " + D.kernel() + ", or "
                            + PuRbfOptions.tiled(1).kernel() + " with patchSpacing"),
            Parameter.number(
                    "shapeParameter",
                    Double.class,
                    null,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "Kernel shape parameter (dimensionless); default per kernel"),
            Parameter.number(
                    "lambda",
                    Double.class,
                    D.lambda(),
                    0,
                    Double.MAX_VALUE,
                    "Smoothing added to the diagonal of each local system; 0 interpolates exactly"),
            Parameter.number(
                    "patchSpacing",
                    Double.class,
                    null,
                    Double.MIN_VALUE,
                    Double.MAX_VALUE,
                    "Distance between patch centres in coordinate units, anchored at multiples of it (map tiles);"
                            + " default: from the number of points"),
            Parameter.of("extrapolate", Boolean.class, D.extrapolate(), "Give values outside the domain too"),
            Parameter.of(
                    "domain",
                    Domain.class,
                    null,
                    "Where the surface has values; default the convex hull of the data (with patchSpacing: where"
                            + " patches hold data)"),
            Parameter.of(
                    "exactAtData",
                    Boolean.class,
                    D.exactAtData(),
                    "With lambda 0: steepen patches singular to rounding so the surface passes through the data"));

    private static final double[] LAMBDAS = {0, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1};
    private static final double[] SHAPE_FACTORS = {0.5, 1, 2};

    /**
     * The smoothing lambda (dimensionless: the local matrices have 1 on the diagonal) and the kernel's shape
     * relative to the default's; the default first. Given values are not tuned; with exactAtData lambda stays 0.
     */
    @Override
    public List<Map<String, Object>> tuningCandidates(Map<String, ?> given, FitSummary fitted) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of());
        Map<String, Object> p = fitted.parameters();
        double lambda0 = (Double) p.get("lambda");
        double shape0 = (Double) p.get("shapeParameter");
        boolean tuneLambda = !given.containsKey("lambda") && !Boolean.TRUE.equals(p.get("exactAtData"));
        double[] lambdas = tuneLambda ? LAMBDAS : new double[] {lambda0};
        double[] shapes = given.containsKey("shapeParameter") ? new double[] {1} : SHAPE_FACTORS;
        for (double f : shapes) {
            for (double l : lambdas) {
                Map<String, Object> c = new LinkedHashMap<>();
                if (f != 1) {
                    c.put("shapeParameter", f * shape0);
                }
                if (l != lambda0) {
                    c.put("lambda", l);
                }
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static void requirePositive(String name, ParameterValues v, String what) {
        if (v.given(name)) {
            double x = v.number(name);
            if (!(x > 0 && Double.isFinite(x))) {
                throw new IllegalArgumentException(name + ": must be " + what + ", got " + x);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Partition-of-unity RBF: local RBF fits blended by Wendland weights; 2D and 3D";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public PuRbfInterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        double spacing = v.number("patchSpacing");
        requirePositive("shapeParameter", v, "a positive number");
        requirePositive("patchSpacing", v, "a positive length in output CRS units");
        double lambda = v.number("lambda");
        if (!(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("lambda: must be a finite number >= 0, got " + lambda);
        }
        boolean tiled = !Double.isNaN(spacing);
        PuRbfOptions o = tiled ? PuRbfOptions.tiled(spacing) : PuRbfOptions.defaults();
        Kernel k = v.given("kernel") ? v.as("kernel", Kernel.class) : o.kernel();
        double shape =
                v.given("shapeParameter") ? v.number("shapeParameter") : tiled ? k.defaultPatchShape() : Double.NaN;
        o = o.withKernel(k, shape, o.scale())
                .withLambda(v.number("lambda"))
                .withDomain(v.as("domain", Domain.class), v.flag("extrapolate"))
                .withExactAtData(v.flag("exactAtData"));
        return new PuRbfInterpolator(o);
    }
}
