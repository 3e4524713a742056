package org.geointerp.process;

import org.geointerp.engine.akima.AkimaMethod;

/**
 * Akima's (1996, ACM TOMS Algorithm 761) triangle-based interpolation with the accuracy of a cubic polynomial, as a
 * GeoTools process and a GeoServer rendering transformation. Parameters are named as in GeoTools' own
 * {@code vec:BarnesSurface}; features are reprojected to the CRS of {@code outputBBOX}.
 */
public class AkimaProcess extends InterpolationProcess {

    public AkimaProcess() {
        super(
                AkimaMethod.NAME,
                "Akima 761 interpolation",
                "Interpolates point values to a raster with Akima's 1996 method (ACM TOMS 761): partial derivatives"
                        + " from local cubic fits to each point's 9 nearest neighbours, a Delaunay triangulation"
                        + " with thin border triangles removed, and a quintic polynomial on each triangle."
                        + " Reproduces cubic polynomials, smooth (C1) and local. Outside the triangulated area:"
                        + " nodata, or extrapolation near the data when extrapolate is true.",
                CommonParameters.ONE_BAND,
                fit -> "Akima 761",
                // the triangulation and the thin-triangle removal depend on all points, so a tile computed from a
                // subset could differ from its neighbour along the seam
                TileReach.WHOLE_LAYER,
                CommonParameters.around(
                        null,
                        "outside the triangulated data area unless extrapolate is true",
                        ProcessInput.engine(
                                "extrapolate",
                                "Fill cells outside the triangulated data area with Akima's extrapolation"
                                        + " polynomials (meant for the vicinity of the data); false leaves them"
                                        + " nodata"),
                        ProcessInput.engine(
                                "preset",
                                "Named setting: ROBUST (default: for field data, noisy or not: derivatives from"
                                        + " least-squares quadratics through each point and its 11 nearest, samples"
                                        + " within a hundredth of the mean spacing merged into one with their mean),"
                                        + " PAPER (Akima's TOMS 761: interpolating cubics through the 9 nearest;"
                                        + " reproduces cubic polynomials, amplifies noise)")));
    }
}
