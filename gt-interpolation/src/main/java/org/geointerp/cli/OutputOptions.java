package org.geointerp.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.PointSet;
import org.geointerp.output.ColorRamp;
import org.geointerp.output.GeoTiffOptions;
import org.geointerp.process.OutputGrid;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Option;

/** Where and how the raster is written: shared by every method's sub-command. */
public final class OutputOptions {

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "BASE",
            description = "Output path without extension; BASE.tif, BASE.asc and BASE.png are written.")
    Path output;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FMT",
            defaultValue = "TIF,ASC,PNG",
            description = "Formats to write, comma separated: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    List<CoverageFiles.Format> formats;

    @Option(
            names = "--bbox",
            split = ",",
            paramLabel = "MINX,MINY,MAXX,MAXY",
            description = "Output extent in the output CRS. Default: the extent of the data.")
    double[] bbox;

    @Option(
            names = "--output-crs",
            paramLabel = "CODE",
            description = "CRS of the output raster (and of every distance option). Default: the input CRS.")
    String outputCrs;

    @Option(
            names = {"-W", "--width"},
            defaultValue = "500",
            paramLabel = "PIXELS",
            description = "Raster width in pixels. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(
            names = {"-H", "--height"},
            paramLabel = "PIXELS",
            description = "Raster height in pixels. Default: from the width, for square cells.")
    Integer height;

    @Option(
            names = "--nodata",
            defaultValue = "-9999",
            paramLabel = "VALUE",
            description = "Value written where there is no value, declared as nodata. Default: ${DEFAULT-VALUE}.")
    double noData;

    @Option(
            names = "--range",
            split = ",",
            paramLabel = "MIN,MAX",
            description = "Value range of the picture's colour bar and of the QGIS style. Default: the raster's own"
                    + " range.")
    double[] range;

    @Option(
            names = "--ramp",
            defaultValue = "VIRIDIS",
            paramLabel = "RAMP",
            description =
                    "Colour ramp of the picture and the QGIS style: VIRIDIS (values) or DIVERGING (signed"
                            + " values such as residuals: blue below zero, white at zero, red above). Default: ${DEFAULT-VALUE}.")
    ColorRamp ramp;

    @Option(names = "--draw-points", description = "Mark the data points on the picture.")
    boolean drawPoints;

    @Option(
            names = "--tiff-layout",
            defaultValue = "TILED",
            paramLabel = "LAYOUT",
            description = "TILED: 256 x 256 tiles, DEFLATE with the floating-point predictor, internal overviews above"
                    + " 2048 cells a side, cloud-optimised order. STRIPS: uncompressed strips for old readers."
                    + " Default: ${DEFAULT-VALUE}.")
    GeoTiffOptions.Layout tiffLayout;

    @Option(
            names = "--discard-lsb",
            defaultValue = "0",
            paramLabel = "BITS",
            description = "Lossy GeoTIFF precision, as GDAL's DISCARD_LSB: round every value to nearest with BITS of"
                    + " the 23 low mantissa bits discarded (0 to 22), so the compressed file is smaller; relative"
                    + " error at most 2^-(24-BITS) (8: 1.5e-5, 11: 1.2e-4, 13: 4.9e-4, 16: 3.9e-3). Nodata, NaN"
                    + " and zeros unchanged; the GeoTIFF's metadata says so. Default: ${DEFAULT-VALUE} (lossless).")
    int discardLsb;

    GeoTiffOptions tiffOptions() {
        return GeoTiffOptions.defaults().withLayout(tiffLayout).withDiscardedBits(discardLsb);
    }

    /** Puts the common process parameters (outputBBOX, outputWidth, outputHeight, noDataValue) into {@code params}. */
    void addTo(Map<String, Object> params, SimpleFeatureCollection data) {
        tiffOptions(); // a bad --discard-lsb is refused before the run, not after it
        CoordinateReferenceSystem inputCrs = data.getSchema().getCoordinateReferenceSystem();
        CoordinateReferenceSystem crs = outputCrs == null ? inputCrs : Crs.decode("--output-crs", outputCrs);
        ReferencedEnvelope env = envelope(data, inputCrs, crs);
        int h = height != null ? height : Math.max(1, (int) Math.round(width * env.getHeight() / env.getWidth()));
        params.put("outputBBOX", env);
        params.put("outputWidth", width);
        params.put("outputHeight", h);
        params.put("noDataValue", noData);
    }

    private ReferencedEnvelope envelope(
            SimpleFeatureCollection data, CoordinateReferenceSystem inputCrs, CoordinateReferenceSystem crs) {
        if (bbox != null) {
            if (bbox.length != 4 || !(bbox[2] > bbox[0]) || !(bbox[3] > bbox[1])) {
                throw new IllegalArgumentException("--bbox: expected MINX,MINY,MAXX,MAXY with MAXX > MINX and"
                        + " MAXY > MINY, got " + java.util.Arrays.toString(bbox));
            }
            return new ReferencedEnvelope(bbox[0], bbox[2], bbox[1], bbox[3], crs);
        }
        ReferencedEnvelope b = data.getBounds();
        if (b == null || b.isEmpty() || b.getWidth() <= 0 || b.getHeight() <= 0) {
            throw new IllegalArgumentException(
                    "--bbox: the data have no extent to default to (" + data.size() + " features); give --bbox");
        }
        ReferencedEnvelope in = new ReferencedEnvelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), inputCrs);
        if (crs == null || inputCrs == null || org.geotools.referencing.CRS.equalsIgnoreMetadata(crs, inputCrs)) {
            return new ReferencedEnvelope(in.getMinX(), in.getMaxX(), in.getMinY(), in.getMaxY(), crs);
        }
        try {
            return in.transform(crs, true);
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "--output-crs: cannot transform the data extent to it: " + e.getMessage(), e);
        }
    }

    /**
     * The pictures' settings: the value's name, the ramp and --range, the data points when --draw-points, the
     * barriers when the run has them.
     */
    PictureSpec pictureSpec(String valueName, SimpleFeatureCollection data, Map<String, Object> params) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (range != null) {
            if (range.length != 2 || !(range[1] > range[0])) {
                throw new IllegalArgumentException(
                        "--range: expected MIN,MAX with MAX > MIN, got " + java.util.Arrays.toString(range));
            }
            lo = range[0];
            hi = range[1];
        }
        OutputGrid grid = OutputGrid.of(
                (ReferencedEnvelope) params.get("outputBBOX"), (Integer) params.get("outputWidth"), (Integer)
                        params.get("outputHeight"));
        double[] px = null;
        double[] py = null;
        if (drawPoints && data != null) {
            PointSet points = Overlays.points(data, valueName, grid);
            px = points.x();
            py = points.y();
        }
        List<Geometry> barriers = Overlays.barriers((SimpleFeatureCollection) params.get("barriers"), grid);
        return new PictureSpec(valueName, ramp, lo, hi, px, py, barriers);
    }
}
