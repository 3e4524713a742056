package org.geointerp.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses a method's smoothing and scale parameters from the data by leave-one-out cross-validation: each of the
 * method's {@linkplain InterpolationMethod#tuningCandidates candidate settings} (the default first) is
 * cross-validated on the same locations, and the one with the smallest RMSE wins (ties keep the earlier, so the
 * default). Above {@value #VALIDATION_LOCATIONS} locations a seeded random sample of that many locations is
 * predicted (every fit still uses all the other points), which keeps tuning of large sets to seconds.
 */
public final class AutoTune {

    /** Locations predicted per candidate at most. */
    public static final int VALIDATION_LOCATIONS = 2000;

    /**
     * What tuning chose.
     *
     * @param given the caller's parameter values plus the chosen ones: what to fit with
     * @param chosen the chosen values alone (empty when the default won)
     * @param rmse the chosen setting's leave-one-out RMSE on the validation locations
     * @param defaultRmse the default's, on the same locations
     * @param candidates settings tried
     * @param validationPoints points predicted per setting
     * @param unpredicted validation points the chosen setting leaves without a value (outside its reach)
     * @param defaultUnpredicted the default's: a setting that predicts more points wins over a lower RMSE on fewer
     */
    public record Choice(
            Map<String, Object> given,
            Map<String, Object> chosen,
            double rmse,
            double defaultRmse,
            int candidates,
            int validationPoints,
            int unpredicted,
            int defaultUnpredicted) {

        /** One line for logs, file metadata and the command line. */
        public String describe() {
            return (chosen.isEmpty() ? "kept the defaults" : "chose " + chosen) + " among " + candidates
                    + " settings: leave-one-out RMSE " + (float) rmse + " (defaults " + (float) defaultRmse + ") on "
                    + validationPoints + " points"
                    + (unpredicted == defaultUnpredicted
                            ? ""
                            : ", " + unpredicted + " without a value (defaults " + defaultUnpredicted + ")");
        }
    }

    private AutoTune() {}

    /**
     * Tunes {@code method} on {@code data}, starting from the caller's {@code values} (which are kept).
     *
     * @param seed chooses the validation sample of large sets
     */
    public static Choice tune(
            InterpolationMethod method, Map<String, ?> values, PointSet data, long seed, Execution execution) {
        LocationGroups groups = LocationGroups.of(data);
        if (groups.count() < 2) {
            throw new IllegalArgumentException("autoTune: needs at least 2 distinct locations, got " + groups.count());
        }
        Surface base = method.interpolator(values).fit(data, execution.stage(0, 0.05));
        List<Map<String, Object>> candidates = method.tuningCandidates(values, base.summary());
        int[] targets = sample(groups.count(), seed);
        boolean[] isTarget = new boolean[groups.count()];
        for (int g : targets) {
            isTarget[g] = true;
        }
        double best = Double.POSITIVE_INFINITY;
        int bestMissing = Integer.MAX_VALUE;
        double defaultRmse = Double.NaN;
        int defaultMissing = 0;
        Map<String, Object> chosen = Map.of();
        int points = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Execution stage =
                    execution.stage(0.05 + 0.95 * c / candidates.size(), 0.05 + 0.95 * (c + 1) / candidates.size());
            Map<String, Object> setting = new LinkedHashMap<>(values);
            setting.putAll(candidates.get(c));
            double sq = 0;
            int predicted = 0;
            int missing = 0;
            try {
                // the default (first, no change) was fitted above: its fit is not made twice
                CrossValidation.Pinned pinned = candidates.get(c).isEmpty()
                        ? CrossValidation.pinned(method, setting, base)
                        : CrossValidation.pinned(method, setting, data, stage.stage(0, 0.1));
                double[] p = CrossValidation.leaveOneOut(
                        pinned, data, groups, targets, CrossValidation.Strategy.FASTEST, stage.stage(0.1, 1));
                points = 0;
                for (int i = 0; i < data.size(); i++) {
                    if (isTarget[groups.of(i)]) {
                        points++;
                        double r = data.values()[i] - p[i];
                        if (Double.isNaN(r)) {
                            missing++;
                        } else {
                            sq += r * r;
                            predicted++;
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                if (c == 0) {
                    throw e;
                }
                continue; // a candidate the data cannot support (too few points for a small radius)
            }
            double rmse = predicted > 0 ? Math.sqrt(sq / predicted) : Double.POSITIVE_INFINITY;
            if (c == 0) {
                defaultRmse = rmse;
                defaultMissing = missing;
            }
            // a setting that leaves more points without a value cannot win against one that predicts them
            if (missing < bestMissing || (missing == bestMissing && rmse < best)) {
                best = rmse;
                bestMissing = missing;
                chosen = candidates.get(c);
            }
        }
        Map<String, Object> given = new LinkedHashMap<>(values);
        given.putAll(chosen);
        return new Choice(given, chosen, best, defaultRmse, candidates.size(), points, bestMissing, defaultMissing);
    }

    /** All locations, or a seeded sample of {@link #VALIDATION_LOCATIONS} of them, in increasing order. */
    static int[] sample(int locations, long seed) {
        if (locations <= VALIDATION_LOCATIONS) {
            int[] all = new int[locations];
            for (int g = 0; g < locations; g++) {
                all[g] = g;
            }
            return all;
        }
        Random random = new Random(seed);
        int[] pick =
                random.ints(0, locations).distinct().limit(VALIDATION_LOCATIONS).toArray();
        Arrays.sort(pick);
        return pick;
    }
}
