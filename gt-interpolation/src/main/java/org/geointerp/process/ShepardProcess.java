package org.geointerp.process;

import org.geointerp.engine.shepard.ShepardMethod;
import org.geointerp.engine.shepard.ShepardOptions;
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
 * Shepard's (1968) SYMAP interpolation of point values to a raster, as a GeoTools process and a GeoServer rendering
 * transformation. Parameters are named as in GeoTools' own {@code vec:BarnesSurface}. All lengths are in the units
 * of the CRS of {@code outputBBOX}, to which the features are reprojected.
 */
@DescribeProcess(
        title = "Shepard (SYMAP) interpolation",
        description = "Interpolates point values to a raster with Shepard's 1968 SYMAP method: 4 to 10 nearest points"
                + " within an adaptive radius, weights that fade to zero at the radius, a direction term that lets"
                + " nearer points shadow farther ones, slope terms, and optional barriers that lengthen distances."
                + " Exact at the data points and continuously differentiable elsewhere (except across barriers).")
public class ShepardProcess {

    /** Cells of margin, beyond 3 radii, that the tile query adds: rounding of the renderer's bbox. */
    static final double TILE_RADII = 3;

    @DescribeResult(
            name = "result",
            description = "Interpolated surface, one 32-bit float band, nodata declared",
            type = GridCoverage2D.class)
    public GridCoverage2D execute(
            @DescribeParameter(name = "data", description = CommonParameters.DATA) SimpleFeatureCollection data,
            @DescribeParameter(name = "valueAttr", description = CommonParameters.VALUE_ATTR) String valueAttr,
            @DescribeParameter(
                            name = "outputBBOX",
                            description =
                                    CommonParameters.OUTPUT_BBOX + " and sets the unit of every distance parameter")
                    ReferencedEnvelope outputBBOX,
            @DescribeParameter(name = "outputWidth", description = CommonParameters.OUTPUT_WIDTH, minValue = 1)
                    Integer outputWidth,
            @DescribeParameter(name = "outputHeight", description = CommonParameters.OUTPUT_HEIGHT, minValue = 1)
                    Integer outputHeight,
            @DescribeParameter(
                            name = "noDataValue",
                            description = "Value of cells without a value (inside polygon"
                                    + " barriers); declared as the raster's nodata",
                            min = 0,
                            defaultValue = "-9999")
                    Double noDataValue,
            @DescribeParameter(
                            name = "mode",
                            description = "SYMAP: the paper's full method (default). IDW: plain"
                                    + " inverse-distance weighting d^-exponent over the same neighbours",
                            min = 0,
                            defaultValue = "SYMAP")
                    ShepardOptions.Mode mode,
            @DescribeParameter(
                            name = "minNeighbours",
                            description = "Fewest neighbours used per cell (paper: 4)",
                            min = 0,
                            minValue = 1,
                            defaultValue = "4")
                    Integer minNeighbours,
            @DescribeParameter(
                            name = "maxNeighbours",
                            description = "Most neighbours used per cell (paper: 10)",
                            min = 0,
                            minValue = 1,
                            defaultValue = "10")
                    Integer maxNeighbours,
            @DescribeParameter(
                            name = "radius",
                            description = "Search radius r in output CRS units. Default: from"
                                    + " pi r^2 = 7 A / N (A = convex hull area of the data). Set it for map tiles, so that every tile"
                                    + " uses the same radius",
                            min = 0,
                            minValue = 0)
                    Double radius,
            @DescribeParameter(
                            name = "direction",
                            description = "Use the direction term, by which a nearer point"
                                    + " shadows a farther one in the same direction (paper: true)",
                            min = 0,
                            defaultValue = "true")
                    Boolean direction,
            @DescribeParameter(
                            name = "slopes",
                            description = "Add slope increments so the surface is not flat at"
                                    + " the data points (paper: true)",
                            min = 0,
                            defaultValue = "true")
                    Boolean slopes,
            @DescribeParameter(
                            name = "slopeScale",
                            description =
                                    "The distance nu that bounds slope increments, in"
                                            + " output CRS units. Default: 0.1 (max z - min z) / largest slope. Set it for map tiles",
                            min = 0,
                            minValue = 0)
                    Double slopeScale,
            @DescribeParameter(
                            name = "exponent",
                            description = "Exponent u of the IDW mode (paper: 2)",
                            min = 0,
                            minValue = 0,
                            defaultValue = "2")
                    Double exponent,
            @DescribeParameter(
                            name = "barriers",
                            description = "Barrier lines and polygons (rivers, roads, lakes)."
                                    + " Where the straight path from a cell to a data point is blocked, the distance becomes"
                                    + " sqrt(d^2 + b^2), b the extra length of the shortest way around (or the barrier's strength)."
                                    + " Polygons are obstacles: cells inside them have no value",
                            min = 0)
                    SimpleFeatureCollection barriers,
            @DescribeParameter(
                            name = "barrierStrengthAttr",
                            description = "Numeric attribute of the barriers giving"
                                    + " b directly, in output CRS units, for each crossing (0 = no effect); features with a null"
                                    + " value, or all when absent, use the geometric detour",
                            min = 0)
                    String barrierStrengthAttr,
            @DescribeParameter(
                            name = "autoTune",
                            description = CommonParameters.AUTO_TUNE,
                            min = 0,
                            defaultValue = "false")
                    Boolean autoTune,
            ProgressListener monitor)
            throws ProcessException {
        OutputGrid grid = OutputGrid.of(outputBBOX, outputWidth, outputHeight);
        MethodRun run = MethodRun.of(ShepardMethod.NAME)
                .with("mode", mode)
                .with("minNeighbours", minNeighbours)
                .with("maxNeighbours", maxNeighbours)
                .with("radius", radius)
                .with("direction", direction)
                .with("slopes", slopes)
                .with("slopeScale", slopeScale)
                .with("exponent", exponent);
        run.with("barriers", BarrierFeatures.read(barriers, barrierStrengthAttr, grid, monitor));
        return run.label(s -> "Shepard " + s.parameters().get("mode"))
                .autoTune(autoTune)
                .run(data, valueAttr, grid, noDataValue, monitor);
    }

    /**
     * Rendering transformation hook: reads the features within {@value #TILE_RADII} radii of the tile, which holds
     * every neighbour of every cell and the neighbours those use for their slopes when each cell has at least
     * {@code minNeighbours} points within the radius. Without a radius the reach depends on all the data, so the
     * whole layer is read.
     */
    public Query invertQuery(
            @DescribeParameter(name = "radius", description = "Search radius", min = 0) Double radius,
            Query targetQuery,
            GridGeometry targetGridGeometry)
            throws ProcessException {
        return TileQueries.expand(targetQuery, targetGridGeometry, radius == null ? null : TILE_RADII * radius);
    }

    /** Rendering transformation hook: the input is vector data, so the output grid is used as requested. */
    public GridGeometry invertGridGeometry(Query targetQuery, GridGeometry targetGridGeometry) {
        return targetGridGeometry;
    }
}
