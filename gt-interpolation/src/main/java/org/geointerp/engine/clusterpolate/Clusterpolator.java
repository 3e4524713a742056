package org.geointerp.engine.clusterpolate;

import java.util.OptionalDouble;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Interpolator;
import org.geointerp.engine.PointSet;

/**
 * Clusterpolation (the clusterpolate package, 0.2.0): for each target, the data points strictly closer than
 * {@code radius} get kernel weights {@code k(d)}; the value is {@code sum k z / sum k} and the membership degree
 * is {@code max k}, which tells how close the nearest data is (1 on a data point, falling to 0 at the radius).
 *
 * <p>Differences from the package, on purpose: targets with no point in range are NaN in both bands, not 0 (a 0
 * could not be told from a real value of 0); so are targets whose only neighbours lie so close to the radius that
 * their weight is 0 in double precision (the bump underflows beyond {@code d > 0.9993 r}, where the package's
 * formula divides 0 by 0); the bump kernel is computed in a form that is exactly 1 at the centre (see
 * {@link StandardKernel#BUMP}); values are clamped to the range of the values they average. Coincident points are
 * not merged (the package does not merge them either): each counts with its own weight.
 *
 * <pre>{@code
 * ClusterpolateSurface s = new Clusterpolator(0.2, StandardKernel.BUMP).fit(points);
 * float[][] bands = GridEvaluator.evaluate(s, grid, Progress.NONE); // bands[0] value, bands[1] membership
 * }</pre>
 */
public final class Clusterpolator implements Interpolator {

    private final ClusterpolateOptions options;

    /** @param options the settings; null for {@link ClusterpolateOptions#defaults()} */
    public Clusterpolator(ClusterpolateOptions options) {
        this.options = options == null ? ClusterpolateOptions.defaults() : options;
    }

    /** With membership threshold 0 (no value is dropped for low membership). */
    public Clusterpolator(double radius, Kernel kernel) {
        this(radius, kernel, 0);
    }

    /**
     * @param radius kernel radius in coordinate units, finite and positive
     * @param kernel the kernel; {@link StandardKernel} or a {@link UserKernel}
     * @param membershipThreshold value cells whose membership is below it become NaN; in [0, 1]
     */
    public Clusterpolator(double radius, Kernel kernel, double membershipThreshold) {
        this(new ClusterpolateOptions(OptionalDouble.of(radius), kernel, membershipThreshold));
    }

    /** Kernel by name: one of {@link StandardKernel#names()}. */
    public Clusterpolator(double radius, String kernelName, double membershipThreshold) {
        this(radius, StandardKernel.byName(kernelName), membershipThreshold);
    }

    /** The same kernel and threshold with another radius (checked as in the constructor). */
    public Clusterpolator withRadius(double r) {
        return new Clusterpolator(options.withRadius(r));
    }

    @Override
    public String method() {
        return ClusterpolateMethod.NAME;
    }

    public ClusterpolateOptions options() {
        return options;
    }

    static void checkRadius(double radius) {
        // the square is what the queries compare against, so it must be a positive finite number too
        if (!(radius > 0) || !Double.isFinite(radius * radius) || radius * radius == 0) {
            throw new IllegalArgumentException(
                    "radius: must be a finite number > 0 whose square is finite and > 0, got " + radius);
        }
    }

    @Override
    public ClusterpolateSurface fit(PointSet points) {
        return fit(points, Execution.defaults());
    }

    /**
     * Fits the 2D points; the point set's arrays are copied into a y-binned index for the grid path. Without a
     * radius it is derived from the data ({@link DefaultRadius}).
     */
    @Override
    public ClusterpolateSurface fit(PointSet points, Execution execution) {
        if (points == null || points.size() == 0) {
            throw new IllegalArgumentException("data: no points; clusterpolation needs at least one point");
        }
        if (points.dimension() != 2) {
            throw new IllegalArgumentException(
                    "data: clusterpolation is two-dimensional, got points of dimension " + points.dimension());
        }
        execution.checkCancelled("Clusterpolate fit");
        double radius = options.radius().isPresent() ? options.radius().getAsDouble() : DefaultRadius.of(points);
        return new ClusterpolateSurface(points, radius, options.kernel(), options.membershipThreshold());
    }
}
