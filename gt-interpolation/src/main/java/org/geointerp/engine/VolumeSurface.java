package org.geointerp.engine;

/**
 * A fitted three-dimensional interpolant (the partition-of-unity RBF fits 3D points). Its horizontal slices are
 * {@link Surface}s, so {@link GridEvaluator} evaluates a level like any 2D surface. Immutable and thread-safe.
 */
public interface VolumeSurface {

    /** The value at (x, y, z); NaN where the interpolant has no value. */
    double value(double x, double y, double z);

    /** The horizontal slice at height {@code z}, as a 2D surface. */
    Surface slice(double z);

    /** What the fit used, as {@link Surface#summary()}. */
    FitSummary summary();
}
