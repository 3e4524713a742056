package org.geointerp.server.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GeoJSON in and out. Features are read as a stream into columns of primitives
 * ({@link GeoJsonFeatureReader}); JTS's GeoJSON reader/writer handles single geometries.
 * GeoTools' gt-geojson is not part of the GeoTools bundle on Maven Central, so the feature layer
 * (properties to a feature type) is done here: numbers become Double, booleans Boolean, anything
 * else String.
 *
 * <p>Features without a "crs" member are WGS84 longitude/latitude (RFC 7946); the legacy
 * {"crs": {"type": "name", ...}} member that GeoServer writes and reads is honoured.
 */
public final class GeoJsonCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private GeoJsonCodec() {}

    /** A FeatureCollection or Feature, read as a stream into columns of primitives ({@link FeatureColumns}). */
    public static SimpleFeatureCollection readFeatures(String text, String locator) {
        return GeoJsonFeatureReader.read(text, locator);
    }

    /** The same, from a parser at the start of the GeoJSON object (an input inside a larger request). */
    public static SimpleFeatureCollection readFeatures(com.fasterxml.jackson.core.JsonParser parser, String locator) {
        return GeoJsonFeatureReader.read(parser, locator);
    }

    public static Geometry readGeometry(String text, String locator) {
        JsonNode root = parse(text, locator);
        if ("Feature".equals(root.path("type").asText())) {
            return geometry(root.get("geometry"), locator);
        }
        return geometry(root, locator);
    }

    public static String writeGeometry(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        return writer.write(g);
    }

    /**
     * Features in any CRS other than WGS84 longitude/latitude carry the legacy "crs" member (as
     * GeoServer writes it, and as {@link #readFeatures} reads it): without it a client takes the
     * coordinates for RFC 7946 longitudes and latitudes.
     */
    public static String writeFeatures(FeatureCollection<?, ?> features) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        CoordinateReferenceSystem crs =
                features.getSchema() == null ? null : features.getSchema().getCoordinateReferenceSystem();
        if (crs != null && !org.geotools.referencing.CRS.equalsIgnoreMetadata(crs, DefaultGeographicCRS.WGS84)) {
            root.putObject("crs").put("type", "name").putObject("properties").put("name", CrsCodec.encode(crs));
        }
        ArrayNode array = root.putArray("features");
        try (FeatureIterator<?> it = features.features()) {
            while (it.hasNext()) {
                Object next = it.next();
                if (!(next instanceof SimpleFeature f)) {
                    continue;
                }
                ObjectNode node = array.addObject();
                node.put("type", "Feature");
                node.put("id", f.getID());
                Object g = f.getDefaultGeometry();
                node.set("geometry", g instanceof Geometry geom ? parse(writeGeometry(geom), "output") : null);
                ObjectNode props = node.putObject("properties");
                f.getProperties().forEach(p -> {
                    if (!(p.getValue() instanceof Geometry)) {
                        props.putPOJO(p.getName().getLocalPart(), p.getValue());
                    }
                });
            }
        }
        return root.toString();
    }

    private static JsonNode parse(String text, String locator) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw invalid(locator, "expected a GeoJSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid(locator, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static Geometry geometry(JsonNode node, String locator) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new GeoJsonReader(GEOMETRIES).read(node.toString());
        } catch (ParseException | RuntimeException e) {
            throw invalid(locator, "invalid GeoJSON geometry: " + e.getMessage());
        }
    }

    private static OwsException invalid(String locator, String message) {
        return new OwsException(OwsException.INVALID_PARAMETER, locator, locator + ": " + message);
    }
}
