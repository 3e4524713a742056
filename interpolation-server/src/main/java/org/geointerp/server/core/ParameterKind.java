package org.geointerp.server.core;

import java.util.List;
import org.geotools.api.coverage.grid.GridCoverage;
import org.geotools.api.geometry.Bounds;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.FeatureCollection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * How a process parameter travels over the wire. The set mirrors the types GeoServer's WPS has
 * converters (PPIOs) for, so a process served here is one GeoServer can serve too; a process
 * with any other parameter type is not published (GeoServer hides such processes as well).
 */
public enum ParameterKind {
    /** numbers, Boolean, String and enums: WPS LiteralData. */
    LITERAL(List.of()),
    /** a CRS given as its code ("EPSG:32633"): LiteralData. */
    CRS(List.of()),
    /** an envelope with its CRS: BoundingBoxData. */
    BBOX(List.of()),
    /** a JTS geometry: GeoJSON geometry or WKT. */
    GEOMETRY(List.of(MediaTypes.GEOJSON, MediaTypes.WKT)),
    /** a simple feature collection: GeoJSON FeatureCollection. */
    FEATURES(List.of(MediaTypes.GEOJSON)),
    /** a grid coverage (outputs only): GeoTIFF or ESRI ASCII grid. */
    COVERAGE(List.of(MediaTypes.GEOTIFF, MediaTypes.ARCGRID));

    private final List<String> mediaTypes;

    ParameterKind(List<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    /** Media types for complex kinds, the default first; empty for literal kinds. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    public boolean isComplex() {
        return !mediaTypes.isEmpty();
    }

    /** The kind of a Java type, or null when it cannot be exchanged. */
    public static ParameterKind of(Class<?> type) {
        Class<?> t = type.isPrimitive() ? boxed(type) : type;
        if (Number.class.isAssignableFrom(t)
                || t == Boolean.class
                || CharSequence.class.isAssignableFrom(t)
                || t.isEnum()) {
            return LITERAL;
        }
        if (CoordinateReferenceSystem.class.isAssignableFrom(t)) {
            return CRS;
        }
        if (Envelope.class.isAssignableFrom(t) || Bounds.class.isAssignableFrom(t)) {
            return BBOX;
        }
        if (Geometry.class.isAssignableFrom(t)) {
            return GEOMETRY;
        }
        if (FeatureCollection.class.isAssignableFrom(t)) {
            return FEATURES;
        }
        if (GridCoverage.class.isAssignableFrom(t)) {
            return COVERAGE;
        }
        return null;
    }

    /** Whether values of this type can be read from a request (coverages are output-only here). */
    public static boolean readable(Class<?> type) {
        ParameterKind kind = of(type);
        return kind != null && kind != COVERAGE && (kind != FEATURES || acceptsSimpleFeatures(type));
    }

    private static boolean acceptsSimpleFeatures(Class<?> type) {
        // a ListFeatureCollection of SimpleFeatures is what GeoJSON parsing produces
        return type.isAssignableFrom(org.geotools.data.collection.ListFeatureCollection.class)
                || type.isAssignableFrom(org.geotools.data.simple.SimpleFeatureCollection.class)
                || type == FeatureCollection.class;
    }

    static Class<?> boxed(Class<?> p) {
        if (p == int.class) return Integer.class;
        if (p == double.class) return Double.class;
        if (p == float.class) return Float.class;
        if (p == long.class) return Long.class;
        if (p == short.class) return Short.class;
        if (p == byte.class) return Byte.class;
        if (p == boolean.class) return Boolean.class;
        return p;
    }
}
