package org.geointerp.process;

import org.geointerp.engine.purbf.Domain;
import org.geointerp.engine.purbf.PolygonDomain;
import org.geointerp.engine.purbf.PuRbfMethod;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geotools.api.util.ProgressListener;
import org.locationtech.jts.geom.Geometry;

/**
 * Partition-of-unity RBF interpolation (Cavoretto, De Rossi, Perracchione) of point values to a raster, as a
 * GeoTools process and a GeoServer rendering transformation ({@code interpolation:PartitionOfUnityRBF}, the method's
 * registry name). Parameters are named as in GeoTools' own {@code vec:BarnesSurface}; lengths are in the units of
 * the CRS of {@code outputBBOX}, to which the features are reprojected.
 *
 * <p>Two modes. Without {@code patchSpacing} the engine's recommended setting is used: the patch lattice and the
 * kernel's shape follow the data's bounding box, which needs all the data (a map tile reads the whole layer).
 * With {@code patchSpacing} the patch centres sit on multiples of the spacing, the kernel's shape is relative to
 * each patch, patches are never grown and the default domain is where patches hold data: every cell then depends
 * only on the features within {@link #reach(double)} of it, so tiles computed from their own features join
 * without seams.
 */
public class PartitionOfUnityRBFProcess extends InterpolationProcess {

    public PartitionOfUnityRBFProcess() {
        super(
                PuRbfMethod.NAME,
                "Partition-of-unity RBF interpolation",
                "Interpolates point values to a raster with partition-of-unity radial basis functions (Cavoretto, De"
                        + " Rossi, Perracchione): overlapping circular patches on a regular lattice, a local RBF"
                        + " interpolant per patch solved by Cholesky, blended with compactly supported Wendland"
                        + " weights. By default the smoothing is chosen per patch from the data (noisy field data are"
                        + " smoothed, noise-free data interpolated); lambda = 0 interpolates exactly (on dense data"
                        + " with exactAtData), and the ACCURATE preset is very accurate on large, dense, smooth point"
                        + " sets. Outside the convex hull of the data (or the given domain) cells are nodata unless"
                        + " extrapolate is true.",
                CommonParameters.ONE_BAND,
                fit -> "Partition-of-unity RBF " + fit.parameters().get("kernel"),
                // every patch covering a cell of the tile has its centre within one patch radius of the cell and
                // its points within one fit radius of the centre; without a spacing the lattice follows all the data
                new TileReach("patchSpacing", PartitionOfUnityRBFProcess::reach),
                CommonParameters.around(
                        "patchSpacing and of the domain's coordinates",
                        "outside the domain unless extrapolate is true",
                        ProcessInput.engine(
                                "kernel",
                                "Local radial basis function: INVERSE_MULTIQUADRIC (default without patchSpacing:"
                                        + " the most accurate on the paper's tests), WENDLAND_C4 (default with"
                                        + " patchSpacing: well conditioned in every patch), WENDLAND_C2 (the"
                                        + " paper's), GAUSSIAN"),
                        ProcessInput.engine(
                                        "shapeParameter",
                                        "Kernel shape parameter (dimensionless). With the ROBUST preset (default)"
                                                + " and with patchSpacing it scales distances in units of each"
                                                + " patch's fit radius (defaults: C4 0.1, C2 0.05, Gaussian and"
                                                + " inverse multiquadric 0.7); with the ACCURATE and PAPER presets"
                                                + " in units of the data's bounding box (defaults: C4 0.5, C2 0.1,"
                                                + " Gaussian 10, inverse multiquadric 3). Smaller is flatter: more"
                                                + " accurate on smooth data, worse conditioned")
                                .atLeast(0),
                        ProcessInput.engine(
                                        "lambda",
                                        "Smoothing: added to the diagonal of each local system (whose diagonal is"
                                                + " 1); 0 interpolates exactly. Default: chosen per patch from the"
                                                + " data (leave-one-out over 0 and 1e-6 .. 100: smooths where the"
                                                + " data are noisy), or 0 with the ACCURATE and PAPER presets and"
                                                + " with exactAtData")
                                .atLeast(0),
                        ProcessInput.engine(
                                        "patchSpacing",
                                        "Distance between patch centres in output CRS units; patches then have"
                                                + " radius 1.41 x spacing and need 8 points within 2.12 x spacing."
                                                + " Default: from the number of points (about 8 points per patch),"
                                                + " which needs all the data. Set it for map tiles: about twice the"
                                                + " typical distance between neighbouring points")
                                .atLeast(0),
                        ProcessInput.engine(
                                "extrapolate",
                                "Fill cells outside the domain too (from the nearest patches; with patchSpacing"
                                        + " only within reach of a patch). Default false: those cells are nodata"),
                        ProcessInput.optional(
                                "domain",
                                Geometry.class,
                                "Polygon or multipolygon, in the CRS of outputBBOX, where the surface has values"
                                        + " (holes and concave shapes allowed). Default: the convex hull of the"
                                        + " data; with patchSpacing, the area the patches holding data cover"),
                        ProcessInput.engine(
                                "exactAtData",
                                "With lambda 0: where a patch's system is singular to rounding (the default kernel"
                                        + " on dense data), solve it with the flattest steeper kernel that is exact,"
                                        + " instead of a small ridge, so that the surface passes through every data"
                                        + " value (to 5e-9 of the values' variation in the patch). Several solves"
                                        + " per such patch: about 3.5 times slower on dense data. Default false"),
                        ProcessInput.engine(
                                "preset",
                                "Named setting (without patchSpacing): ROBUST (default: for field data, noisy or"
                                        + " not: the kernel's shape relative to each patch, a smoothing chosen per"
                                        + " patch by leave-one-out), ACCURATE (for smooth noise-free data: exact,"
                                        + " very accurate, amplifies noise; the default before issue 12), PAPER (the"
                                        + " paper's Wendland C2 setting). kernel, shapeParameter and lambda override"
                                        + " it")));
    }

    /** The domain polygon, in the engine's (east, north) order. */
    @Override
    Object engineValue(String name, Given in, OutputGrid grid, ProgressListener monitor) {
        if (!name.equals("domain")) {
            return in.get(name);
        }
        Geometry domain = in.get("domain");
        return domain == null ? null : polygon(domain, grid);
    }

    /**
     * The distance within which features affect a cell for a given patch spacing: patch radius plus fit radius,
     * {@code sqrt(2) s (1 + 1.5)}, plus one spacing for the rounding of the renderer's bounding box.
     */
    static double reach(double patchSpacing) {
        PuRbfOptions o = PuRbfOptions.tiled(patchSpacing);
        return o.radiusFactor() * patchSpacing * (1 + o.effectiveFitRadiusRatio(2)) + patchSpacing;
    }

    private static Domain polygon(Geometry domain, OutputGrid grid) {
        Geometry g = grid.toEngineOrder(domain);
        double diagonal = Math.hypot(
                grid.spec().maxX() - grid.spec().minX(),
                grid.spec().maxY() - grid.spec().minY());
        try {
            return new PolygonDomain(g, 1e-9 * diagonal);
        } catch (IllegalArgumentException e) {
            throw EngineRefusals.of(e);
        }
    }
}
