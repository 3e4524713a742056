package org.geointerp.engine.purbf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.LeaveOneOutFitter;
import org.geointerp.engine.PointSet;

/**
 * Partition-of-unity RBF interpolation (Cavoretto, De Rossi, Perracchione) as an {@link Interpolator}: 2D point
 * sets give a {@link PuRbfSurface}, 3D ones a {@link PuRbfVolume} ({@link #fitVolume}), any dimension a
 * {@link PuRbfModel} ({@link #fitModel}). The algorithm is {@link PartitionOfUnityRbf}.
 *
 * <p>With a patch spacing and no domain, the domain is where patches holding data reach, not the convex hull of
 * the data: every choice is then local, so that tiles fitted to their own points join without seams.
 */
public final class PuRbfInterpolator implements Interpolator, LeaveOneOutFitter {

    private final PuRbfOptions options;
    private final PatchLayout layout;

    /** @param options the settings; null for {@link PuRbfOptions#defaults()} */
    public PuRbfInterpolator(PuRbfOptions options) {
        this(options, null);
    }

    /**
     * @param options the settings; null for {@link PuRbfOptions#defaults()}
     * @param layout the lattice and domain of an earlier fit to use instead of deriving them from the data
     *     ({@link PatchLayout}); null to derive them
     */
    public PuRbfInterpolator(PuRbfOptions options, PatchLayout layout) {
        this.options = options == null ? PuRbfOptions.defaults() : options;
        this.layout = layout;
    }

    @Override
    public String method() {
        return PuRbfMethod.NAME;
    }

    public PuRbfOptions options() {
        return options;
    }

    @Override
    public PuRbfSurface fit(PointSet data) {
        return fit(data, Execution.defaults());
    }

    /** @throws IllegalArgumentException for points that are not 2D, and as {@link #fitModel} */
    @Override
    public PuRbfSurface fit(PointSet data, Execution execution) {
        requireSurface(data);
        PuRbfModel model = fitModel(data, execution);
        return new PuRbfSurface(model, summary(model));
    }

    /**
     * The patches of the fit without their solves, which leave-one-out does not need ({@link PuRbfLeaveOneOut}
     * forms each patch's inverse itself): the fit's solves are most of its time (ten factorisations a patch with
     * an automatic lambda).
     *
     * @throws IllegalArgumentException as {@link #fit(PointSet, Execution)}
     */
    @Override
    public Basis fitForLeaveOneOut(PointSet data, Execution execution) {
        requireSurface(data);
        requirePoints(data);
        PatchMembers patches = PartitionOfUnityRbf.gather(data, effectiveOptions(data), layout, execution);
        return new Basis(
                parameters(patches.layout),
                (points, groups, targets, e) -> new PuRbfLeaveOneOut(patches, points, groups).predict(targets, e));
    }

    private static void requireSurface(PointSet data) {
        if (data.dimension() != 2) {
            throw new IllegalArgumentException(
                    "data: a surface needs 2D points, got " + data.dimension() + "D; fit 3D points with fitVolume");
        }
    }

    private static void requirePoints(PointSet data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("data: no points to interpolate");
        }
    }

    /** A 3D fit whose horizontal slices are surfaces. */
    public PuRbfVolume fitVolume(PointSet data, Execution execution) {
        if (data.dimension() != 3) {
            throw new IllegalArgumentException("data: a volume needs 3D points, got " + data.dimension() + "D");
        }
        PuRbfModel model = fitModel(data, execution);
        return new PuRbfVolume(model, summary(model));
    }

    /** The fit in any dimension. */
    public PuRbfModel fitModel(PointSet data, Execution execution) {
        requirePoints(data);
        return PartitionOfUnityRbf.fit(data, effectiveOptions(data), layout, execution);
    }

    /** The options with a patch spacing and no domain: the domain everywhere (see the class comment). */
    private PuRbfOptions effectiveOptions(PointSet data) {
        PuRbfOptions o = options;
        if (o.domain() == null && !Double.isNaN(o.patchSpacing())) {
            o = o.withDomain(Domain.everywhere(data.dimension()), o.extrapolate());
        }
        return o;
    }

    /** Parameters by their registry names, the fit report as diagnostics, and a warning for fallbacks. */
    FitSummary summary(PuRbfModel model) {
        FitReport r = model.report();
        return new FitSummary(r.points(), r.mergedAway(), parameters(model.layout()), diagnostics(r), warnings(r));
    }

    /** The fit's parameters by their registry names, with the layout it derived ({@code layout}, hidden). */
    private Map<String, Object> parameters(PatchLayout fitted) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kernel", options.kernel());
        p.put("shapeParameter", options.effectiveShape());
        if (!options.automaticLambda()) {
            // an automatic lambda is reported as left out: refitting with these parameters chooses it again
            p.put("lambda", Double.isNaN(options.lambda()) ? 0.0 : options.lambda());
        }
        if (!Double.isNaN(options.patchSpacing())) {
            p.put("patchSpacing", options.patchSpacing());
        }
        p.put("extrapolate", options.extrapolate());
        p.put("exactAtData", options.exactAtData());
        if (Double.isNaN(options.patchSpacing())) {
            // hidden: what the automatic lattice derived from all the data, for fits that must make the same patches
            p.put("layout", fitted);
        }
        PuRbfOptions.Preset preset = PuRbfOptions.Preset.of(options);
        if (preset != null) {
            p.put("preset", preset);
        }
        return p;
    }

    private static Map<String, Object> diagnostics(FitReport r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("patches", r.patches());
        d.put("patchRadius", r.radius());
        d.put("meanPointsPerPatch", r.meanPointsPerPatch());
        d.put("grownPatches", r.grownPatches());
        d.put("droppedPatches", r.droppedPatches());
        d.put("regularisedPatches", r.regularisedPatches());
        d.put("constantPatches", r.constantPatches());
        d.put("steepenedPatches", r.steepenedPatches());
        d.put("maxDataDeviation", r.maxDataDeviation());
        d.put("smoothedPatches", r.smoothedPatches());
        d.put("medianLambda", r.medianLambda());
        return d;
    }

    private List<String> warnings(FitReport r) {
        List<String> warnings = new ArrayList<>();
        if (r.mergedAway() > 0) {
            warnings.add(
                    r.mergedAway() + " points at the location of another were merged into it with the mean" + " value");
        }
        if (r.hasFallbacks()) {
            // the surface is still complete and finite; the caller learns that exactness was given up where the
            // kernel was too flat for the point spacing
            warnings.add(r.regularisedPatches() + " patches needed a ridge and " + r.constantPatches()
                    + " became constant (numerically singular local systems): the surface departs from the data by"
                    + " up to " + r.maxDataDeviation() + " there; "
                    + (options.exactAtData()
                            ? "with exactAtData these are patches whose points lie too close together for any"
                                    + " kernel (near-duplicate readings)"
                            : "a larger shapeParameter conditions them better, exactAtData steepens them where"
                                    + " needed"));
        }
        return warnings;
    }
}
