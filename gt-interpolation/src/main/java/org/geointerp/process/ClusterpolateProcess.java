package org.geointerp.process;

import org.geointerp.engine.clusterpolate.ClusterpolateMethod;
import org.geointerp.engine.clusterpolate.ClusterpolateSurface;
import org.geotools.api.coverage.grid.GridGeometry;
import org.geotools.api.data.Query;
import org.geotools.api.util.ProgressListener;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.ProcessException;
import org.geotools.process.factory.DescribeParameter;
import org.geotools.process.factory.DescribeProcess;
import org.geotools.process.factory.DescribeResult;

/**
 * Clusterpolation (the clusterpolate package) of point values to a raster, as a GeoTools process and a GeoServer
 * rendering transformation: a kernel-weighted mean of the points within a radius, and a membership band that says
 * how close the nearest data is. Common parameters are named as in GeoTools' own {@code vec:BarnesSurface}; all
 * lengths are in the units of the CRS of {@code outputBBOX}, to which the features are reprojected.
 */
@DescribeProcess(
        title = "Clusterpolate",
        description = "Interpolates point values to a raster by clusterpolation: each cell takes the kernel-weighted"
                + " mean of the points strictly within a radius (kernel 1 at the point, 0 at the radius), and a"
                + " membership band holds the largest single kernel weight, 1 on a data point and falling to 0 at the"
                + " radius, so empty areas between clusters stay empty instead of being filled. Cells with no point"
                + " in range are nodata in both bands (the clusterpolate package writes 0 there).")
public class ClusterpolateProcess {

    @DescribeResult(
            name = "result",
            description = "32-bit float coverage, nodata declared: band 0 the value, band 1"
                    + " (when outputMembership is true) the membership degree in [0, 1]",
            type = GridCoverage2D.class)
    public GridCoverage2D execute(
            @DescribeParameter(name = "data", description = CommonParameters.DATA) SimpleFeatureCollection data,
            @DescribeParameter(name = "valueAttr", description = CommonParameters.VALUE_ATTR) String valueAttr,
            @DescribeParameter(
                            name = "outputBBOX",
                            description = CommonParameters.OUTPUT_BBOX + " and sets the unit of the radius")
                    ReferencedEnvelope outputBBOX,
            @DescribeParameter(name = "outputWidth", description = CommonParameters.OUTPUT_WIDTH, minValue = 1)
                    Integer outputWidth,
            @DescribeParameter(name = "outputHeight", description = CommonParameters.OUTPUT_HEIGHT, minValue = 1)
                    Integer outputHeight,
            @DescribeParameter(
                            name = "noDataValue",
                            description =
                                    "Value of cells without a value (no point within"
                                            + " the radius, or membership below the threshold); declared as the raster's nodata",
                            min = 0,
                            defaultValue = "-9999")
                    Double noDataValue,
            @DescribeParameter(
                            name = "radius",
                            description = "Kernel radius in output CRS units; only points"
                                    + " strictly closer than it count. Default: the median distance from a data point to its 20th"
                                    + " nearest other point, so a typical point has about 20 within reach. Set it for map tiles, so"
                                    + " that every tile uses the same radius",
                            min = 0,
                            minValue = 0)
                    Double radius,
            @DescribeParameter(
                            name = "kernel",
                            description =
                                    "Kernel shape, each 1 at distance 0 and 0 from the"
                                            + " radius on: bump (the clusterpolate package's default, e exp(-1/(1-(d/r)^2))), epanechnikov"
                                            + " (1-(d/r)^2), triweight ((1-(d/r)^2)^3) or gaussian (exp(-4.5 (d/r)^2), cut at the radius)",
                            min = 0,
                            defaultValue = "bump")
                    String kernel,
            @DescribeParameter(
                            name = "membershipThreshold",
                            description = "Cells whose membership is below this"
                                    + " become nodata in the value band (the membership band keeps them); in [0, 1]",
                            min = 0,
                            minValue = 0,
                            maxValue = 1,
                            defaultValue = "0")
                    Double membershipThreshold,
            @DescribeParameter(
                            name = "outputMembership",
                            description = "Add the membership degree as a second" + " band",
                            min = 0,
                            defaultValue = "true")
                    Boolean outputMembership,
            @DescribeParameter(
                            name = "autoTune",
                            description = CommonParameters.AUTO_TUNE,
                            min = 0,
                            defaultValue = "false")
                    Boolean autoTune,
            ProgressListener monitor)
            throws ProcessException {
        OutputGrid grid = OutputGrid.of(outputBBOX, outputWidth, outputHeight);
        boolean membership = outputMembership == null || outputMembership;
        return MethodRun.of(ClusterpolateMethod.NAME)
                .with("radius", radius)
                .with("kernel", kernel)
                .with("membershipThreshold", membershipThreshold)
                .property("interpolation.radiusSource", radius != null ? "given" : "derived from the data")
                .bands(s -> membership ? s : ((ClusterpolateSurface) s).valueOnly())
                .label(s -> "Clusterpolate " + s.parameters().get("kernel"))
                .autoTune(autoTune)
                .run(data, valueAttr, grid, noDataValue, monitor);
    }

    /**
     * Rendering transformation hook: a cell only sees points closer than the radius, so reading the features within
     * one radius of the tile gives every cell all its neighbours and adjacent tiles join without seams. Without a
     * radius the default depends on all the data, so the whole layer is read.
     */
    public Query invertQuery(
            @DescribeParameter(name = "radius", description = "Kernel radius", min = 0) Double radius,
            Query targetQuery,
            GridGeometry targetGridGeometry)
            throws ProcessException {
        return TileQueries.expand(targetQuery, targetGridGeometry, radius);
    }

    /** Rendering transformation hook: the input is vector data, so the output grid is used as requested. */
    public GridGeometry invertGridGeometry(Query targetQuery, GridGeometry targetGridGeometry) {
        return targetGridGeometry;
    }
}
