package org.geointerp.engine.purbf;

/**
 * What a fit did, for logs and for callers that want to warn about their data.
 *
 * @param points distinct data points used (after merging coincident ones)
 * @param mergedAway input points folded into a coincident one
 * @param patches number of patches
 * @param radius the lattice's patch radius (before growing)
 * @param grownPatches patches grown to reach the minimum number of points
 * @param regularisedPatches patches whose matrix was numerically singular and got a ridge
 * @param constantPatches patches that even a ridge could not solve, replaced by their mean value
 * @param meanPointsPerPatch average number of points per patch
 * @param droppedPatches patches left out for holding too few points (only with a given patch spacing, where a
 *     patch is never grown)
 * @param maxDataDeviation the largest departure of a patch's interpolant from the data values at its own points,
 *     computed after each solve: rounding level when every patch interpolates (lambda = 0 and no fallback); with
 *     {@code lambda > 0} it includes the smoothing asked for. At a data point that patches cover, the surface is a
 *     weighted mean of their values and departs no further. (Values of merged coincident points are their mean;
 *     a point no patch covers takes the nearest patch's value and is not bounded by this.)
 * @param steepenedPatches patches solved with a steeper kernel than asked for, to interpolate exactly
 *     ({@link PuRbfOptions#exactAtData})
 * @param smoothedPatches patches that chose a smoothing {@code lambda > 0} from their data (automatic lambda,
 *     {@link PuRbfOptions#automaticLambda()}): where the data are noisy or hold nearby points with different values
 * @param medianLambda the median over the patches of the smoothing each was solved with (the given lambda, the one
 *     chosen, plus any fallback ridge)
 */
public record FitReport(
        int points,
        int mergedAway,
        int patches,
        double radius,
        int grownPatches,
        int regularisedPatches,
        int constantPatches,
        double meanPointsPerPatch,
        int droppedPatches,
        double maxDataDeviation,
        int steepenedPatches,
        int smoothedPatches,
        double medianLambda) {

    /** True when some patch needed a fallback (then the fit is not exact at every data point). */
    public boolean hasFallbacks() {
        return regularisedPatches > 0 || constantPatches > 0;
    }
}
