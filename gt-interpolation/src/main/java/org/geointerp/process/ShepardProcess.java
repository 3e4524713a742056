package org.geointerp.process;

import org.geointerp.engine.shepard.ShepardMethod;
import org.geotools.api.util.ProgressListener;
import org.geotools.data.simple.SimpleFeatureCollection;

/**
 * Shepard's (1968) SYMAP interpolation of point values to a raster, as a GeoTools process and a GeoServer rendering
 * transformation. Parameters are named as in GeoTools' own {@code vec:BarnesSurface}. All lengths are in the units
 * of the CRS of {@code outputBBOX}, to which the features are reprojected.
 */
public class ShepardProcess extends InterpolationProcess {

    /** Cells of margin, beyond 3 radii, that the tile query adds: rounding of the renderer's bbox. */
    static final double TILE_RADII = 3;

    public ShepardProcess() {
        super(
                ShepardMethod.NAME,
                "Shepard (SYMAP) interpolation",
                "Interpolates point values to a raster with Shepard's 1968 SYMAP method: 4 to 10 nearest points"
                        + " within an adaptive radius, weights that fade to zero at the radius, a direction term that"
                        + " lets nearer points shadow farther ones, slope terms, and optional barriers that lengthen"
                        + " distances. Exact at the data points and continuously differentiable elsewhere (except"
                        + " across barriers).",
                CommonParameters.ONE_BAND,
                fit -> "Shepard " + fit.parameters().get("mode"),
                // every neighbour of every cell and the neighbours those use for their slopes, when each cell has
                // at least minNeighbours points within the radius
                new TileReach("radius", radius -> TILE_RADII * radius),
                CommonParameters.around(
                        "every distance parameter",
                        "inside polygon barriers",
                        ProcessInput.engine(
                                "mode",
                                "SYMAP: the paper's full method (default). IDW: plain inverse-distance weighting"
                                        + " d^-exponent over the same neighbours"),
                        ProcessInput.engine("minNeighbours", "Fewest neighbours used per cell (paper: 4)")
                                .atLeast(1),
                        ProcessInput.engine("maxNeighbours", "Most neighbours used per cell (paper: 10)")
                                .atLeast(1),
                        ProcessInput.engine(
                                        "radius",
                                        "Search radius r in output CRS units. Default: from pi r^2 = 7 A / N (A ="
                                                + " convex hull area of the data). Set it for map tiles, so that"
                                                + " every tile uses the same radius")
                                .atLeast(0),
                        ProcessInput.engine(
                                "direction",
                                "Use the direction term, by which a nearer point shadows a farther one in the same"
                                        + " direction (paper: true)"),
                        ProcessInput.engine(
                                "slopes",
                                "Add slope increments so the surface is not flat at the data points (paper: true)"),
                        ProcessInput.engine(
                                        "slopeScale",
                                        "The distance nu that bounds slope increments, in output CRS units."
                                                + " Default: 0.1 (max z - min z) / largest slope. Set it for map"
                                                + " tiles")
                                .atLeast(0),
                        ProcessInput.engine("exponent", "Exponent u of the IDW mode (paper: 2)")
                                .atLeast(0),
                        ProcessInput.optional(
                                "barriers",
                                SimpleFeatureCollection.class,
                                "Barrier lines and polygons (rivers, roads, lakes). Where the straight path from a"
                                        + " cell to a data point is blocked, the distance becomes sqrt(d^2 + b^2), b"
                                        + " the extra length of the shortest way around (or the barrier's"
                                        + " strength). Polygons are obstacles: cells inside them have no value"),
                        ProcessInput.optional(
                                "barrierStrengthAttr",
                                String.class,
                                "Numeric attribute of the barriers giving b directly, in output CRS units, for each"
                                        + " crossing (0 = no effect); features with a null value, or all when"
                                        + " absent, use the geometric detour")));
    }

    /** The barrier features, with their strengths, as the engine's barriers in the output grid's CRS. */
    @Override
    Object engineValue(String name, Given in, OutputGrid grid, ProgressListener monitor) {
        return name.equals("barriers")
                ? BarrierFeatures.read(in.get("barriers"), in.get("barrierStrengthAttr"), grid, monitor)
                : in.get(name);
    }
}
