package org.geointerp.process;

/**
 * Descriptions of the parameters every interpolation process shares, named as in GeoTools' own
 * {@code vec:BarnesSurface}: one wording for all methods, which GeoServer shows in DescribeProcess.
 */
final class CommonParameters {

    static final String DATA =
            "Input features: points (other geometries are used by their centroid) carrying a" + " numeric value";
    static final String VALUE_ATTR = "Name of the numeric attribute to interpolate; features with a null or NaN"
            + " value are skipped and counted";
    /** Methods append what the output CRS's unit also measures (their distance parameters). */
    static final String OUTPUT_BBOX = "Georeferenced extent of the output raster; its CRS is the output CRS";

    static final String OUTPUT_WIDTH = "Width of the output raster in pixels";
    static final String OUTPUT_HEIGHT = "Height of the output raster in pixels";

    static final String AUTO_TUNE = "Choose the method's smoothing and scale parameters (those not given) by"
            + " leave-one-out cross-validation on the data before interpolating; the chosen values are reported in"
            + " the coverage's properties and as a process message. Default false";

    private CommonParameters() {}
}
