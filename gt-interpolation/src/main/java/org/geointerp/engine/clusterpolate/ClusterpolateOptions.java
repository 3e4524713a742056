package org.geointerp.engine.clusterpolate;

import java.util.OptionalDouble;

/**
 * Settings of clusterpolation.
 *
 * @param radius kernel radius in coordinate units; empty to derive it from the data ({@link DefaultRadius})
 * @param kernel the kernel; {@link StandardKernel} or a {@link UserKernel}
 * @param membershipThreshold value cells whose membership is below it have no value; in [0, 1]
 */
public record ClusterpolateOptions(OptionalDouble radius, Kernel kernel, double membershipThreshold) {

    public ClusterpolateOptions {
        if (radius == null) {
            throw new IllegalArgumentException("radius: use OptionalDouble.empty() to derive it from the data");
        }
        radius.ifPresent(Clusterpolator::checkRadius);
        if (kernel == null) {
            throw new IllegalArgumentException("kernel: must not be null; known kernels: " + StandardKernel.names());
        }
        if (!(membershipThreshold >= 0 && membershipThreshold <= 1)) {
            throw new IllegalArgumentException("membershipThreshold: must be in [0, 1], got " + membershipThreshold);
        }
    }

    /** The package's defaults: bump kernel, no threshold, radius from the data. */
    public static ClusterpolateOptions defaults() {
        return new ClusterpolateOptions(OptionalDouble.empty(), StandardKernel.BUMP, 0);
    }

    public ClusterpolateOptions withRadius(double r) {
        return new ClusterpolateOptions(OptionalDouble.of(r), kernel, membershipThreshold);
    }
}
