package org.geointerp.process;

import org.geointerp.engine.clusterpolate.ClusterpolateMethod;
import org.geointerp.engine.clusterpolate.ClusterpolateSurface;

/**
 * Clusterpolation (the clusterpolate package) of point values to a raster, as a GeoTools process and a GeoServer
 * rendering transformation: a kernel-weighted mean of the points within a radius, and a membership band that says
 * how close the nearest data is. Common parameters are named as in GeoTools' own {@code vec:BarnesSurface}; all
 * lengths are in the units of the CRS of {@code outputBBOX}, to which the features are reprojected.
 */
public class ClusterpolateProcess extends InterpolationProcess {

    public ClusterpolateProcess() {
        super(
                ClusterpolateMethod.NAME,
                "Clusterpolate",
                "Interpolates point values to a raster by clusterpolation: each cell takes the kernel-weighted mean"
                        + " of the points strictly within a radius (kernel 1 at the point, 0 at the radius), and a"
                        + " membership band holds the largest single kernel weight, 1 on a data point and falling to"
                        + " 0 at the radius, so empty areas between clusters stay empty instead of being filled."
                        + " Cells with no point in range are nodata in both bands (the clusterpolate package writes"
                        + " 0 there).",
                "32-bit float coverage, nodata declared: band 0 the value, band 1 (when outputMembership is true) the"
                        + " membership degree in [0, 1]",
                fit -> "Clusterpolate " + fit.parameters().get("kernel"),
                // a cell only sees points closer than the radius, so with the features within one radius of the
                // tile every cell has all its neighbours and adjacent tiles join without seams
                new TileReach("radius", radius -> radius),
                CommonParameters.around(
                        "the radius",
                        "no point within the radius, or membership below the threshold",
                        ProcessInput.engine(
                                        "radius",
                                        "Kernel radius in output CRS units; only points strictly closer than it"
                                                + " count. Default: the median distance from a data point to its"
                                                + " 20th nearest other point, so a typical point has about 20 within"
                                                + " reach. Set it for map tiles, so that every tile uses the same"
                                                + " radius")
                                .atLeast(0),
                        ProcessInput.engine(
                                "kernel",
                                "Kernel shape, each 1 at distance 0 and 0 from the radius on: bump (the"
                                        + " clusterpolate package's default, e exp(-1/(1-(d/r)^2))), epanechnikov"
                                        + " (1-(d/r)^2), triweight ((1-(d/r)^2)^3) or gaussian (exp(-4.5 (d/r)^2),"
                                        + " cut at the radius)"),
                        ProcessInput.engine(
                                        "membershipThreshold",
                                        "Cells whose membership is below this become nodata in the value band (the"
                                                + " membership band keeps them); in [0, 1]")
                                .atLeast(0)
                                .atMost(1),
                        ProcessInput.optional(
                                        "outputMembership", Boolean.class, "Add the membership degree as a second band")
                                .withDefault(true)));
    }

    /** Whether the radius was given, as a coverage property; the membership band unless it is not wanted. */
    @Override
    void configure(MethodRun run, Given in) {
        Boolean outputMembership = in.get("outputMembership");
        boolean membership = outputMembership == null || outputMembership;
        run.property("interpolation.radiusSource", in.get("radius") != null ? "given" : "derived from the data")
                .bands(s -> membership ? s : ((ClusterpolateSurface) s).valueOnly());
    }
}
