package org.geointerp.engine;

/**
 * Implemented by fitted surfaces whose method predicts each data location from the other points faster than a
 * refit: it recomputes only what the left-out point touches (its neighbourhoods, the patches that hold it).
 * {@link CrossValidation} uses it for leave-one-out; the results must equal refitting (tested to 1e-9).
 */
public interface LeaveOneOutPredictor {

    /**
     * Leave-one-out predictions, and how many target locations the shortcut could not answer exactly and refitted
     * instead (an implementation falls back to {@link CrossValidation#refitLeaveOneOut} where a rule of the fit
     * would change in a way it does not follow; tests assert that this stays rare).
     *
     * @param values as {@link #leaveOneOut} returns them
     * @param refitted target locations answered by a refit
     */
    record Predictions(double[] values, int refitted) {}

    /**
     * The leave-one-out predictions at the locations in {@code targets}.
     *
     * @param data the points this surface was fitted to, in the order given to {@link Interpolator#fit}
     * @param groups for each point of {@code data}, its location (points at one location are left out together)
     * @param targets the locations to predict, as indices into {@link LocationGroups#count()}
     * @return for each point i of {@code data} whose location is a target, at {@code [i]}: the value at
     *     (x_i, y_i) of the same interpolator (with the parameters of this surface's summary) fitted to
     *     {@code data} without the points of that location; NaN where that fit has no value there and for points
     *     not in a target location
     */
    default double[] leaveOneOut(PointSet data, LocationGroups groups, int[] targets, Execution execution) {
        return predictLeaveOneOut(data, groups, targets, execution).values();
    }

    /**
     * Completes a shortcut's predictions: the targets marked in {@code refit} (by position in {@code targets}) are
     * refitted with {@code interpolator} and written into {@code out}, the others are left as the shortcut wrote
     * them.
     */
    static Predictions withRefits(
            Interpolator interpolator,
            PointSet data,
            LocationGroups groups,
            int[] targets,
            boolean[] refit,
            double[] out,
            Execution execution) {
        int[] slow = java.util.stream.IntStream.range(0, targets.length)
                .filter(t -> refit[t])
                .map(t -> targets[t])
                .toArray();
        if (slow.length > 0) {
            double[] r = CrossValidation.refitLeaveOneOut(interpolator, data, groups, slow, execution);
            for (int g : slow) {
                for (int k = 0; k < groups.size(g); k++) {
                    int i = groups.member(g, k);
                    out[i] = r[i];
                }
            }
        }
        return new Predictions(out, slow.length);
    }

    /** As {@link #leaveOneOut}, with the number of locations that were refitted. */
    Predictions predictLeaveOneOut(PointSet data, LocationGroups groups, int[] targets, Execution execution);
}
