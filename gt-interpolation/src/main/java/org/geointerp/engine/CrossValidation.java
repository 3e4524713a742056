package org.geointerp.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Leave-one-out and k-fold cross-validation of any registered method with any options: how well the method
 * predicts each data point from the others. The tool for choosing a method and its parameters, as gstat's
 * {@code krige.cv} is for kriging.
 *
 * <p>Rules, the same for every method:
 * <ul>
 *   <li>Parameters the method derives from the data (Shepard's radius, Clusterpolate's radius, ...) are derived
 *       once from all the data and then fixed for every fold, as they are for map tiles: a fold's surface differs
 *       from the full one only by the points left out. {@link CrossValidationResult#parameters()} lists them.</li>
 *   <li>Samples at one location ({@link LocationGroups}) are left out together and always share a fold.</li>
 *   <li>k-fold assigns locations to folds by a seeded shuffle: the same seed gives the same folds.</li>
 *   <li>Leave-one-out uses the method's fast path where it has one ({@link LeaveOneOutPredictor}), which equals
 *       refitting without each location; otherwise it refits once per location.</li>
 * </ul>
 */
public final class CrossValidation {

    /** How leave-one-out predictions are computed. */
    public enum Strategy {
        /** The method's fast path where it has one, else refitting. */
        FASTEST,
        /** One refit per location: the slow, obvious reference. */
        REFIT
    }

    private CrossValidation() {}

    /**
     * Cross-validates {@code method} with the parameter values {@code values} on {@code data}.
     *
     * @param folds 0 for leave-one-out, else the number of folds (at least 2, at most the number of locations)
     * @param seed the seed of the k-fold shuffle (unused by leave-one-out)
     * @throws IllegalArgumentException naming the parameter: bad folds, too few points or locations, unknown
     *     parameter names, invalid values, or data the method cannot fit
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static CrossValidationResult run(
            InterpolationMethod method,
            Map<String, ?> values,
            PointSet data,
            int folds,
            long seed,
            Execution execution) {
        return run(method, values, data, folds, seed, Strategy.FASTEST, execution);
    }

    /** As {@link #run(InterpolationMethod, Map, PointSet, int, long, Execution)}, with a chosen strategy. */
    public static CrossValidationResult run(
            InterpolationMethod method,
            Map<String, ?> values,
            PointSet data,
            int folds,
            long seed,
            Strategy strategy,
            Execution execution) {
        if (folds < 0 || folds == 1) {
            throw new IllegalArgumentException("folds: must be 0 (leave-one-out) or at least 2, got " + folds);
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("data: no points to cross-validate");
        }
        LocationGroups groups = LocationGroups.of(data);
        if (folds > 0 && groups.count() < folds) {
            throw new IllegalArgumentException("folds: " + folds + " folds need at least " + folds
                    + " distinct locations, the data have " + groups.count() + " (" + data.size() + " points)");
        }
        if (groups.count() < 2) {
            throw new IllegalArgumentException("data: cross-validation needs at least 2 distinct locations, got "
                    + groups.count() + " (" + data.size() + " points)");
        }
        Pinned pinned = pinned(method, values, data, execution.stage(0, 0.05));
        Map<String, Object> fixed = pinned.parameters();
        Execution rest = execution.stage(0.05, 1);
        double[] predicted;
        int[] fold = new int[data.size()];
        if (folds == 0) {
            for (int i = 0; i < fold.length; i++) {
                fold[i] = groups.of(i);
            }
            predicted = leaveOneOut(pinned, data, groups, groups.all(), strategy, rest);
        } else {
            int[] foldOfGroup = assignFolds(groups.count(), folds, seed);
            for (int i = 0; i < fold.length; i++) {
                fold[i] = foldOfGroup[groups.of(i)];
            }
            predicted = kFold(pinned.delegate(), data, fold, folds, rest);
        }
        return new CrossValidationResult(
                method.name(),
                fixed,
                folds,
                data,
                predicted,
                fold,
                CrossValidationSummary.of(data.values(), predicted));
    }

    /**
     * An interpolator with the parameters the method derived from all the data fixed, those parameters, and the
     * leave-one-out shortcut of the fit to all the data they came from (null where the method has none): by the
     * {@link LeaveOneOutPredictor} contract it predicts as that interpolator refits, saving a fit.
     */
    record Pinned(Interpolator delegate, Map<String, Object> parameters, LeaveOneOutPredictor shortcut)
            implements Interpolator {
        @Override
        public String method() {
            return delegate.method();
        }

        @Override
        public Surface fit(PointSet data, Execution execution) {
            return delegate.fit(data, execution);
        }
    }

    /**
     * Fits {@code values} to all of {@code data} and returns an interpolator whose every parameter is fixed to what
     * that fit used: the given values, and the derived ones from the fit's summary. A {@link LeaveOneOutFitter}
     * makes only the part of the fit this needs.
     */
    static Pinned pinned(InterpolationMethod method, Map<String, ?> values, PointSet data, Execution execution) {
        Interpolator interpolator = method.interpolator(values);
        if (interpolator instanceof LeaveOneOutFitter fitter) {
            LeaveOneOutFitter.Basis basis = fitter.fitForLeaveOneOut(data, execution);
            return pinned(method, values, basis.parameters(), basis.predictor());
        }
        return pinned(method, values, interpolator.fit(data, execution));
    }

    /** As {@link #pinned(InterpolationMethod, Map, PointSet, Execution)} from a fit of {@code values} already made. */
    static Pinned pinned(InterpolationMethod method, Map<String, ?> values, Surface full) {
        return pinned(
                method,
                values,
                full.summary().parameters(),
                full instanceof LeaveOneOutPredictor shortcut ? shortcut : null);
    }

    private static Pinned pinned(
            InterpolationMethod method, Map<String, ?> values, Map<String, Object> derived, LeaveOneOutPredictor p) {
        Map<String, Object> fixed = new LinkedHashMap<>(values);
        fixed.putAll(derived);
        return new Pinned(method.interpolator(fixed), fixed, p);
    }

    /**
     * As {@link #leaveOneOut(Interpolator, PointSet, LocationGroups, int[], Strategy, Execution)} with a pinned
     * interpolator: the shortcut of the fit to all the data, whose summary gave the pinned parameters.
     */
    static double[] leaveOneOut(
            Pinned pinned,
            PointSet data,
            LocationGroups groups,
            int[] targets,
            Strategy strategy,
            Execution execution) {
        if (strategy == Strategy.FASTEST && pinned.shortcut() != null) {
            return pinned.shortcut().leaveOneOut(data, groups, targets, execution);
        }
        return leaveOneOut(pinned.delegate(), data, groups, targets, strategy, execution);
    }

    /**
     * Leave-one-out predictions at the target locations with {@code interpolator}, whose parameters should be fixed
     * (see {@link #pinned}).
     *
     * @return one value per point of {@code data}: the prediction where its location is a target, else NaN
     */
    public static double[] leaveOneOut(
            Interpolator interpolator,
            PointSet data,
            LocationGroups groups,
            int[] targets,
            Strategy strategy,
            Execution execution) {
        if (strategy == Strategy.FASTEST) {
            Surface s = interpolator.fit(data, execution.stage(0, 0.2));
            if (s instanceof LeaveOneOutPredictor fast) {
                return fast.leaveOneOut(data, groups, targets, execution.stage(0.2, 1));
            }
        }
        return refitLeaveOneOut(interpolator, data, groups, targets, execution);
    }

    /**
     * One refit per target location, locations in parallel, each fit on one thread: the reference, and what a
     * {@link LeaveOneOutPredictor} falls back to for the locations its shortcut cannot answer exactly.
     *
     * @return one value per point of {@code data}: the prediction where its location is a target, else NaN
     */
    public static double[] refitLeaveOneOut(
            Interpolator interpolator, PointSet data, LocationGroups groups, int[] targets, Execution execution) {
        double[] out = new double[data.size()];
        Arrays.fill(out, Double.NaN);
        Execution single = Execution.defaults().withParallelism(1);
        execution.forEachBlock("cross-validation", targets.length, () -> null, (none, t) -> {
            int g = targets[t];
            boolean[] leave = new boolean[data.size()];
            for (int k = 0; k < groups.size(g); k++) {
                leave[groups.member(g, k)] = true;
            }
            Surface s = fitWithout(interpolator, data, leave, single, "location " + g);
            for (int k = 0; k < groups.size(g); k++) {
                int i = groups.member(g, k);
                out[i] = value(s, data, i);
            }
        });
        return out;
    }

    private static double[] kFold(
            Interpolator interpolator, PointSet data, int[] fold, int folds, Execution execution) {
        double[] out = new double[data.size()];
        Arrays.fill(out, Double.NaN);
        for (int f = 0; f < folds; f++) {
            execution.checkCancelled("cross-validation");
            boolean[] leave = new boolean[data.size()];
            for (int i = 0; i < fold.length; i++) {
                leave[i] = fold[i] == f;
            }
            Surface s = fitWithout(
                    interpolator,
                    data,
                    leave,
                    execution.stage((double) f / folds, (double) (f + 1) / folds),
                    "fold " + (f + 1) + " of " + folds);
            for (int i = 0; i < fold.length; i++) {
                if (leave[i]) {
                    out[i] = value(s, data, i);
                }
            }
        }
        return out;
    }

    /** The method fitted to the points not marked in {@code leave}. */
    private static Surface fitWithout(
            Interpolator interpolator, PointSet data, boolean[] leave, Execution execution, String which) {
        PointSet rest = subset(data, leave);
        try {
            return interpolator.fit(rest, execution);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "folds: the " + interpolator.method() + " fit without " + which + " failed: " + e.getMessage(), e);
        }
    }

    /** The points of {@code data} not marked in {@code leave}, in order. */
    public static PointSet subset(PointSet data, boolean[] leave) {
        int kept = 0;
        for (boolean l : leave) {
            kept += l ? 0 : 1;
        }
        double[][] c = new double[data.dimension()][kept];
        double[] v = new double[kept];
        int k = 0;
        for (int i = 0; i < data.size(); i++) {
            if (!leave[i]) {
                for (int a = 0; a < c.length; a++) {
                    c[a][k] = data.coordinate(a)[i];
                }
                v[k++] = data.values()[i];
            }
        }
        return new PointSet(c, v);
    }

    private static double value(Surface s, PointSet data, int i) {
        return s.value(data.x()[i], data.y()[i]);
    }

    /** Locations shuffled with {@code seed} and dealt to folds in turn: folds differ in size by at most one. */
    static int[] assignFolds(int locations, int folds, long seed) {
        int[] order = new int[locations];
        for (int g = 0; g < locations; g++) {
            order[g] = g;
        }
        Random random = new Random(seed);
        for (int g = locations - 1; g > 0; g--) {
            int j = random.nextInt(g + 1);
            int t = order[g];
            order[g] = order[j];
            order[j] = t;
        }
        int[] foldOf = new int[locations];
        for (int k = 0; k < locations; k++) {
            foldOf[order[k]] = k % folds;
        }
        return foldOf;
    }
}
