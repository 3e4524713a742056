package org.geointerp.engine;

/**
 * Implemented by fitted surfaces whose method predicts each data location from the other points faster than a
 * refit: it recomputes only what the left-out point touches (its neighbourhoods, the patches that hold it).
 * {@link CrossValidation} uses it for leave-one-out; the results must equal refitting (tested to 1e-9).
 */
public interface LeaveOneOutPredictor {

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
    double[] leaveOneOut(PointSet data, LocationGroups groups, int[] targets, Execution execution);
}
