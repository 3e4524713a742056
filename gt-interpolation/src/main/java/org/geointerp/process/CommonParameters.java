package org.geointerp.process;

import java.util.ArrayList;
import java.util.List;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The parameters every interpolation process shares, named as in GeoTools' own {@code vec:BarnesSurface}: declared
 * here once, with one wording for all methods, which GeoServer shows in DescribeProcess.
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

    /** The result of the methods whose surface has one band. */
    static final String ONE_BAND = "Interpolated surface, one 32-bit float band, nodata declared";

    private CommonParameters() {}

    /**
     * A method's process inputs: the shared ones (features, output grid and nodata first, autoTune last) around the
     * method's own.
     *
     * @param outputUnitMeasures what the output CRS's unit measures besides the grid ("the radius"); null for none
     * @param cellsWithoutValue which cells have no value, for the description of {@code noDataValue}
     */
    static List<ProcessInput> around(String outputUnitMeasures, String cellsWithoutValue, ProcessInput... own) {
        List<ProcessInput> all = new ArrayList<>();
        all.add(ProcessInput.required("data", SimpleFeatureCollection.class, DATA));
        all.add(ProcessInput.required("valueAttr", String.class, VALUE_ATTR));
        all.add(ProcessInput.required(
                "outputBBOX",
                ReferencedEnvelope.class,
                outputUnitMeasures == null
                        ? OUTPUT_BBOX
                        : OUTPUT_BBOX + " and sets the unit of " + outputUnitMeasures));
        all.add(ProcessInput.required("outputWidth", Integer.class, OUTPUT_WIDTH)
                .atLeast(1));
        all.add(ProcessInput.required("outputHeight", Integer.class, OUTPUT_HEIGHT)
                .atLeast(1));
        all.add(ProcessInput.optional(
                        "noDataValue",
                        Double.class,
                        "Value of cells without a value (" + cellsWithoutValue + "); declared as the raster's nodata")
                .withDefault(MethodRun.DEFAULT_NO_DATA));
        all.addAll(List.of(own));
        all.add(ProcessInput.optional("autoTune", Boolean.class, AUTO_TUNE).withDefault(false));
        return all;
    }
}
