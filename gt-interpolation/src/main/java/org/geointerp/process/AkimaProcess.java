package org.geointerp.process;

import org.geointerp.engine.akima.AkimaMethod;
import org.geointerp.engine.akima.AkimaOptions;
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
 * Akima's (1996, ACM TOMS Algorithm 761) triangle-based interpolation with the accuracy of a cubic polynomial, as a
 * GeoTools process and a GeoServer rendering transformation. Parameters are named as in GeoTools' own
 * {@code vec:BarnesSurface}; features are reprojected to the CRS of {@code outputBBOX}.
 */
@DescribeProcess(
        title = "Akima 761 interpolation",
        description = "Interpolates point values to a raster with Akima's 1996 method (ACM TOMS 761): partial"
                + " derivatives from local cubic fits to each point's 9 nearest neighbours, a Delaunay triangulation"
                + " with thin border triangles removed, and a quintic polynomial on each triangle. Reproduces cubic"
                + " polynomials, smooth (C1) and local. Outside the triangulated area: nodata, or extrapolation near"
                + " the data when extrapolate is true.")
public class AkimaProcess {

    @DescribeResult(
            name = "result",
            description = "Interpolated surface, one 32-bit float band, nodata declared",
            type = GridCoverage2D.class)
    public GridCoverage2D execute(
            @DescribeParameter(name = "data", description = CommonParameters.DATA) SimpleFeatureCollection data,
            @DescribeParameter(name = "valueAttr", description = CommonParameters.VALUE_ATTR) String valueAttr,
            @DescribeParameter(name = "outputBBOX", description = CommonParameters.OUTPUT_BBOX)
                    ReferencedEnvelope outputBBOX,
            @DescribeParameter(name = "outputWidth", description = CommonParameters.OUTPUT_WIDTH, minValue = 1)
                    Integer outputWidth,
            @DescribeParameter(name = "outputHeight", description = CommonParameters.OUTPUT_HEIGHT, minValue = 1)
                    Integer outputHeight,
            @DescribeParameter(
                            name = "noDataValue",
                            description =
                                    "Value of cells without a value (outside the"
                                            + " triangulated data area unless extrapolate is true); declared as the raster's nodata",
                            min = 0,
                            defaultValue = "-9999")
                    Double noDataValue,
            @DescribeParameter(
                            name = "extrapolate",
                            description = "Fill cells outside the triangulated data area"
                                    + " with Akima's extrapolation polynomials (meant for the vicinity of the data); false leaves"
                                    + " them nodata",
                            min = 0,
                            defaultValue = "false")
                    Boolean extrapolate,
            @DescribeParameter(
                            name = "preset",
                            description = "Named setting: ROBUST (default: for field data, noisy or not: derivatives"
                                    + " from least-squares quadratics through each point and its 11 nearest, samples"
                                    + " within a hundredth of the mean spacing merged into one with their mean),"
                                    + " PAPER (Akima's TOMS 761: interpolating cubics through the 9 nearest;"
                                    + " reproduces cubic polynomials, amplifies noise)",
                            min = 0,
                            defaultValue = "ROBUST")
                    AkimaOptions.Preset preset,
            @DescribeParameter(
                            name = "autoTune",
                            description = CommonParameters.AUTO_TUNE,
                            min = 0,
                            defaultValue = "false")
                    Boolean autoTune,
            ProgressListener monitor)
            throws ProcessException {
        OutputGrid grid = OutputGrid.of(outputBBOX, outputWidth, outputHeight);
        return MethodRun.of(AkimaMethod.NAME)
                .with("extrapolate", extrapolate)
                .with("preset", preset)
                .label(s -> "Akima 761")
                .autoTune(autoTune)
                .run(data, valueAttr, grid, noDataValue, monitor);
    }

    /**
     * Rendering transformation hook: the whole layer is read. The triangulation and the thin-triangle removal
     * depend on all points, so a tile computed from a subset could differ from its neighbour along the seam.
     */
    public Query invertQuery(Query targetQuery, GridGeometry targetGridGeometry) throws ProcessException {
        return TileQueries.expand(targetQuery, targetGridGeometry, null);
    }

    /** Rendering transformation hook: the input is vector data, so the output grid is used as requested. */
    public GridGeometry invertGridGeometry(Query targetQuery, GridGeometry targetGridGeometry) {
        return targetGridGeometry;
    }
}
