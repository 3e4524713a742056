package org.geointerp.server.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.geotools.api.coverage.grid.GridCoverageWriter;
import org.geotools.api.data.Parameter;
import org.geotools.api.parameter.GeneralParameterValue;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.feature.FeatureCollection;
import org.geotools.gce.arcgrid.ArcGridWriter;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.locationtech.jts.geom.Geometry;

/** Writes a process result in the requested media type (GeoTIFF, ESRI ASCII grid, GeoJSON, text). */
public final class OutputEncoder {
    private OutputEncoder() {}

    public record Encoded(byte[] bytes, String mediaType) {}

    /** The media type to use: the requested one when the output supports it, else its default. */
    public static String mediaTypeFor(Parameter<?> output, String requested) {
        ParameterKind kind = ParameterKind.of(output.type);
        if (!kind.isComplex()) {
            return MediaTypes.TEXT;
        }
        if (requested == null || requested.isBlank()) {
            return kind.mediaTypes().get(0);
        }
        String mt = MediaTypes.normalise(requested);
        if (!kind.mediaTypes().contains(mt)) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER,
                    output.key,
                    "output '" + output.key + "' cannot be written as " + requested + "; supported: "
                            + kind.mediaTypes());
        }
        return mt;
    }

    public static Encoded encode(Object value, Parameter<?> output, String requested) {
        String mediaType = mediaTypeFor(output, requested);
        try {
            if (value instanceof GridCoverage2D coverage) {
                return new Encoded(
                        MediaTypes.ARCGRID.equals(mediaType) ? arcGrid(coverage) : geoTiff(coverage), mediaType);
            }
            if (value instanceof Geometry g) {
                String text = MediaTypes.WKT.equals(mediaType) ? g.toText() : GeoJsonCodec.writeGeometry(g);
                return new Encoded(text.getBytes(StandardCharsets.UTF_8), mediaType);
            }
            if (value instanceof FeatureCollection<?, ?> fc) {
                return new Encoded(GeoJsonCodec.writeFeatures(fc).getBytes(StandardCharsets.UTF_8), mediaType);
            }
            return new Encoded(literal(value).getBytes(StandardCharsets.UTF_8), mediaType);
        } catch (IOException e) {
            throw new OwsException(
                    OwsException.NO_APPLICABLE_CODE,
                    output.key,
                    "could not write output '" + output.key + "' as " + mediaType + ": " + e.getMessage(),
                    e);
        }
    }

    /** A literal result in wire form. */
    public static String literal(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof org.geotools.api.referencing.crs.CoordinateReferenceSystem crs) {
            return CrsCodec.encode(crs);
        }
        return String.valueOf(value);
    }

    static byte[] geoTiff(GridCoverage2D coverage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new GeoTiffWriter(out), coverage);
        return out.toByteArray();
    }

    static byte[] arcGrid(GridCoverage2D coverage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(new ArcGridWriter(out), coverage);
        return out.toByteArray();
    }

    private static void write(GridCoverageWriter writer, GridCoverage2D coverage) throws IOException {
        try {
            writer.write(coverage, (GeneralParameterValue[]) null);
        } finally {
            writer.dispose();
        }
    }
}
