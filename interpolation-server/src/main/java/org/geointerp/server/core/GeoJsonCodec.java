package org.geointerp.server.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GeoJSON in and out. Jackson walks the document; JTS's GeoJSON reader/writer handles each
 * geometry. GeoTools' gt-geojson is not part of the GeoTools bundle on Maven Central, so the
 * feature layer (properties to a feature type) is done here: numbers become Double, booleans
 * Boolean, anything else String.
 *
 * <p>Features without a "crs" member are WGS84 longitude/latitude (RFC 7946); the legacy
 * {"crs": {"type": "name", ...}} member that GeoServer writes and reads is honoured.
 */
public final class GeoJsonCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private GeoJsonCodec() {}

    public static SimpleFeatureCollection readFeatures(String text, String locator) {
        JsonNode root = parse(text, locator);
        List<JsonNode> features = new ArrayList<>();
        String type = root.path("type").asText();
        if ("FeatureCollection".equals(type)) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else {
            throw invalid(locator, "expected a GeoJSON FeatureCollection or Feature, got type '" + type + "'");
        }
        CoordinateReferenceSystem crs = crsOf(root, locator);
        SimpleFeatureType schema = schemaOf(features, crs);
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(schema);
        List<SimpleFeature> built = new ArrayList<>(features.size());
        int index = 0;
        for (JsonNode f : features) {
            builder.set(
                    schema.getGeometryDescriptor().getLocalName(),
                    geometry(f.get("geometry"), locator + ": feature " + index));
            Iterator<Map.Entry<String, JsonNode>> props = f.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> e = props.next();
                builder.set(
                        e.getKey(),
                        valueOf(
                                e.getValue(),
                                schema.getDescriptor(e.getKey()).getType().getBinding()));
            }
            String id = f.hasNonNull("id") ? f.get("id").asText() : "f" + index;
            built.add(builder.buildFeature(id));
            index++;
        }
        return new ListFeatureCollection(schema, built);
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

    public static String writeFeatures(FeatureCollection<?, ?> features) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
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

    private static CoordinateReferenceSystem crsOf(JsonNode root, String locator) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (name.isMissingNode() || name.asText().isBlank()) {
            return DefaultGeographicCRS.WGS84;
        }
        String code = name.asText();
        if (code.toUpperCase(java.util.Locale.ROOT).endsWith("CRS84")) {
            return DefaultGeographicCRS.WGS84;
        }
        return CrsCodec.decode(code, locator);
    }

    private static SimpleFeatureType schemaOf(List<JsonNode> features, CoordinateReferenceSystem crs) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonNode f : features) {
            Iterator<Map.Entry<String, JsonNode>> props = f.path("properties").fields();
            while (props.hasNext()) {
                Map.Entry<String, JsonNode> e = props.next();
                types.merge(e.getKey(), bindingOf(e.getValue()), GeoJsonCodec::widen);
            }
        }
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("features");
        tb.setCRS(crs);
        String geometryName = geometryName(types.keySet());
        tb.add(geometryName, Geometry.class, crs);
        tb.setDefaultGeometry(geometryName);
        types.forEach((k, v) -> tb.add(k, v == Void.class ? String.class : v));
        return tb.buildFeatureType();
    }

    /** "geometry", unless a property has that name (then "geometry_1", ...): properties keep their names. */
    private static String geometryName(java.util.Set<String> properties) {
        String name = "geometry";
        for (int i = 1; properties.contains(name); i++) {
            name = "geometry_" + i;
        }
        return name;
    }

    private static Class<?> bindingOf(JsonNode v) {
        if (v.isNumber()) return Double.class;
        if (v.isBoolean()) return Boolean.class;
        if (v.isNull()) return Void.class;
        return String.class;
    }

    private static Class<?> widen(Class<?> a, Class<?> b) {
        if (a == Void.class) return b;
        if (b == Void.class || a == b) return a;
        return String.class;
    }

    private static Object valueOf(JsonNode v, Class<?> binding) {
        if (v.isNull()) return null;
        if (binding == Double.class) return v.asDouble();
        if (binding == Boolean.class) return v.asBoolean();
        return v.isTextual() ? v.asText() : v.toString();
    }

    private static OwsException invalid(String locator, String message) {
        return new OwsException(OwsException.INVALID_PARAMETER, locator, locator + ": " + message);
    }
}
