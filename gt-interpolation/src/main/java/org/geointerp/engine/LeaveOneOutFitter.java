package org.geointerp.engine;

import java.util.Map;

/**
 * Implemented by interpolators whose leave-one-out needs less than a whole fit to all the data. Cross-validation
 * fits all the data once for the parameters the method derives from them and for the {@link LeaveOneOutPredictor}
 * of that fit, and never evaluates the surface: a method whose shortcut works from part of its fit (PU-RBF: the
 * patches and their points, not their solves, which the shortcut redoes in closed form) gives both here for less.
 */
public interface LeaveOneOutFitter {

    /**
     * What cross-validation needs of a fit to all the data.
     *
     * @param parameters what {@link Interpolator#fit} would report in {@link FitSummary#parameters()}
     * @param predictor predicts as that fit's {@link LeaveOneOutPredictor} does
     */
    record Basis(Map<String, Object> parameters, LeaveOneOutPredictor predictor) {}

    /**
     * The parameters and the leave-one-out predictor of a fit to {@code data}, equal to those of
     * {@link Interpolator#fit}.
     *
     * @throws IllegalArgumentException as {@link Interpolator#fit}
     */
    Basis fitForLeaveOneOut(PointSet data, Execution execution);
}
