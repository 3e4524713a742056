package org.geointerp.output;

import java.awt.geom.AffineTransform;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.metadata.spatial.PixelOrientation;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.GridSampleDimension;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridGeometry2D;
import org.geotools.coverage.util.CoverageUtilities;

/**
 * What the file encoders take from a coverage: the bands as float arrays, the nodata value, one description per band
 * (the sample dimensions' names: {@code value}, {@code membership}, {@code z=1000}), the metadata items (the
 * coverage's {@code interpolation.*} properties, by their name after the prefix), the CRS and the transform from a
 * cell's upper-left corner to CRS coordinates.
 */
public record RasterContent(
        int width,
        int height,
        float[][] bands,
        double noData,
        List<String> bandDescriptions,
        Map<String, String> items,
        CoordinateReferenceSystem crs,
        AffineTransform gridToCrs) {

    /** Prefix of the coverage properties that become metadata items. */
    public static final String PROPERTY_PREFIX = "interpolation.";

    public RasterContent {
        bandDescriptions = List.copyOf(bandDescriptions);
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public static RasterContent of(GridCoverage2D coverage) {
        Raster r = coverage.getRenderedImage().getData();
        int w = r.getWidth();
        int h = r.getHeight();
        float[][] bands = new float[r.getNumBands()][];
        List<String> descriptions = new ArrayList<>();
        for (int b = 0; b < bands.length; b++) {
            bands[b] = r.getSamples(r.getMinX(), r.getMinY(), w, h, b, new float[w * h]);
            GridSampleDimension dim = coverage.getSampleDimension(b);
            descriptions.add(
                    dim.getDescription() == null
                            ? "band " + (b + 1)
                            : dim.getDescription().toString());
        }
        Map<String, String> items = new LinkedHashMap<>();
        Map<?, ?> properties = coverage.getProperties();
        if (properties != null) {
            properties.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.startsWith(PROPERTY_PREFIX) && v != null) {
                    items.put(key.substring(PROPERTY_PREFIX.length()), String.valueOf(v));
                }
            });
        }
        var nd = CoverageUtilities.getNoDataProperty(coverage);
        GridGeometry2D gg = coverage.getGridGeometry();
        AffineTransform gridToCrs =
                new AffineTransform((AffineTransform) gg.getGridToCRS2D(PixelOrientation.UPPER_LEFT));
        return new RasterContent(
                w,
                h,
                bands,
                nd == null ? Double.NaN : nd.getAsSingleValue(),
                descriptions,
                items,
                coverage.getCoordinateReferenceSystem2D(),
                gridToCrs);
    }

    /** The full-resolution level. */
    RasterLevel level() {
        return new RasterLevel(width, height, bands);
    }

    /** True for a nodata cell value (the declared value or NaN). */
    public boolean isNoData(float v) {
        return Float.isNaN(v) || v == (float) noData;
    }
}
