package org.geointerp.engine.purbf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.DescribedMethod;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.Parameter;
import org.geointerp.engine.ParameterValues;

/**
 * The partition-of-unity RBF in the method registry. Two modes, as in the process: without {@code patchSpacing}
 * the named {@code preset} ({@link PuRbfOptions#defaults()} unless another is named); with it
 * {@link PuRbfOptions#tiled(double)}, whose every choice is local (map tiles, Spark). The kernel's shape defaults per
 * kernel and the setting's scale ({@link PuRbfOptions#effectiveShape()}); lambda, when not given, is the setting's:
 * chosen per patch from the data (default and tiled) or 0 ({@code ACCURATE}, {@code PAPER}).
 */
public final class PuRbfMethod extends DescribedMethod {

    public static final String NAME = "PartitionOfUnityRBF";

    private static final PuRbfOptions D = PuRbfOptions.defaults();

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.of(
                    "kernel",
                    Kernel.class,
                    null,
                    "Local radial basis function; default " + D.kernel() + ", or "
                            + PuRbfOptions.tiled(1).kernel() + " with patchSpacing"),
            Parameter.positive(
                    "shapeParameter",
                    null,
                    "Kernel shape parameter (dimensionless): per patch fit radius (default preset, patchSpacing)"
                            + " or per side of the data's box (ACCURATE, PAPER); default per kernel"),
            Parameter.number(
                    "lambda",
                    Double.class,
                    null,
                    0,
                    Double.MAX_VALUE,
                    "Smoothing added to the diagonal of each local system; 0 interpolates exactly; default: chosen"
                            + " per patch by leave-one-out (0 with the ACCURATE and PAPER presets and with"
                            + " exactAtData)"),
            Parameter.positive(
                    "patchSpacing",
                    null,
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
                    "With lambda 0: steepen patches singular to rounding so the surface passes through the data"),
            Parameter.of(
                    "preset",
                    PuRbfOptions.Preset.class,
                    PuRbfOptions.Preset.ROBUST,
                    "Named setting without patchSpacing: ROBUST (field data, noisy or not), ACCURATE (smooth"
                            + " noise-free data: exact, very accurate, amplifies noise), PAPER (the paper's)"),
            Parameter.hidden(
                    "layout",
                    PatchLayout.class,
                    "The patch lattice and domain of an earlier fit (its summary reports them), used instead of"
                            + " deriving them from the data: cross-validation keeps the full fit's for every fold"));

    public PuRbfMethod() {
        super(NAME, "Partition-of-unity RBF: local RBF fits blended by Wendland weights; 2D and 3D", PARAMETERS);
    }

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
        // absent: chosen per patch (the default); the explicit values are then all candidates
        double lambda0 = p.get("lambda") == null ? Double.NaN : (Double) p.get("lambda");
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
    public PuRbfInterpolator interpolator(Map<String, ?> values) {
        ParameterValues v = ParameterValues.of(this, values);
        double spacing = v.number("patchSpacing");
        requirePositive("shapeParameter", v, "a positive number");
        requirePositive("patchSpacing", v, "a positive length in output CRS units");
        if (v.given("lambda")) {
            double lambda = v.number("lambda");
            if (!(lambda >= 0 && Double.isFinite(lambda))) {
                throw new IllegalArgumentException("lambda: must be a finite number >= 0, got " + lambda);
            }
        }
        boolean tiled = !Double.isNaN(spacing);
        PuRbfOptions o = tiled
                ? PuRbfOptions.tiled(spacing)
                : v.as("preset", PuRbfOptions.Preset.class).options();
        // without a shape, the kernel's default for the setting's scale; the setting's own shape (the paper's
        // delta 0.1) only while its kernel is kept
        Kernel k = v.given("kernel") ? v.as("kernel", Kernel.class) : o.kernel();
        double shape =
                v.given("shapeParameter") ? v.number("shapeParameter") : v.given("kernel") ? Double.NaN : o.shape();
        o = o.withKernel(k, shape, o.scale())
                .withLambda(v.given("lambda") ? v.number("lambda") : o.lambda())
                .withDomain(v.as("domain", Domain.class), v.flag("extrapolate"))
                .withExactAtData(v.flag("exactAtData"));
        return new PuRbfInterpolator(o, v.as("layout", PatchLayout.class));
    }
}
