package org.geointerp.server.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a GeoJSON FeatureCollection (or one Feature) token by token into {@link FeatureColumns}:
 * no tree of the document and no feature objects are ever built, so memory grows with the
 * numbers, not with the text. Points are read directly; other geometries, rare in point data,
 * go through JTS's GeoJSON reader one at a time. Members may come in any order ("crs" after
 * "features" included).
 */
final class GeoJsonFeatureReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final JsonParser p;
    private final String locator;
    private final FeatureColumns columns = new FeatureColumns();

    private GeoJsonFeatureReader(JsonParser p, String locator) {
        this.p = p;
        this.locator = locator;
    }

    /** Reads the object at the parser's current (or next) token: a FeatureCollection or a Feature. */
    static SimpleFeatureCollection read(JsonParser p, String locator) {
        try {
            return new GeoJsonFeatureReader(p, locator).root();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid(locator, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(locator, "unreadable: " + e.getMessage());
        }
    }

    private SimpleFeatureCollection root() throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw invalid(locator, "expected a GeoJSON object");
        }
        String type = null;
        JsonNode crs = null;
        boolean sawFeatures = false;
        int single = -1;
        SimpleFeatureCollection qualified = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = p.getValueAsString();
                // an OGC API qualified input value, {"value": <GeoJSON>, "mediaType": ...}: what QGIS's plugin and
                // other clients send to say the media type
                case "value" ->
                    qualified = p.currentToken() == JsonToken.VALUE_STRING ? read(p.getText(), locator) : root();
                case "crs" -> crs = p.readValueAsTree();
                case "features" -> {
                    sawFeatures = true;
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw invalid(locator, "'features' must be an array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        feature(columns.add());
                    }
                }
                // a lone Feature: its members are read as those of a feature
                case "geometry", "properties", "id" -> {
                    if (single < 0) {
                        single = columns.add();
                    }
                    member(single, name);
                }
                default -> p.skipChildren();
            }
        }
        if (qualified != null && type == null && !sawFeatures && single < 0) {
            return qualified;
        }
        if ("FeatureCollection".equals(type) && single < 0) {
            if (!sawFeatures) {
                throw invalid(locator, "a FeatureCollection without 'features'");
            }
        } else if (!"Feature".equals(type) || sawFeatures) {
            throw invalid(locator, "expected a GeoJSON FeatureCollection or Feature, got type '" + type + "'");
        }
        return columns.collection(crsOf(crs));
    }

    private void feature(int i) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(locator, "feature " + i + " is not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            member(i, name);
        }
    }

    private void member(int i, String name) throws IOException {
        switch (name) {
            case "geometry" -> geometry(i);
            case "properties" -> properties(i);
            case "id" -> columns.id(i, p.getValueAsString());
            default -> p.skipChildren();
        }
    }

    /**
     * A Point's coordinates are read straight from the tokens (the common case, a million times
     * over); any other geometry is collected as a small tree and read by JTS.
     */
    private void geometry(int i) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            columns.geometry(i, null);
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(locator + ": feature " + i, "invalid GeoJSON geometry: not an object");
        }
        ObjectNode tree = JSON.createObjectNode();
        double[] flat = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("coordinates") && t == JsonToken.START_ARRAY) {
                flat = coordinates(tree);
            } else {
                tree.set(name, p.readValueAsTree());
            }
        }
        if ("Point".equals(tree.path("type").asText()) && flat != null) {
            if (flat.length < 2) {
                throw invalid(locator + ": feature " + i, "invalid GeoJSON geometry: a Point needs two numbers");
            }
            columns.point(i, flat[0], flat[1], flat.length > 2 ? flat[2] : Double.NaN);
            return;
        }
        if (flat != null) {
            ArrayNode c = tree.putArray("coordinates");
            for (double d : flat) {
                c.add(d);
            }
        }
        try {
            columns.geometry(i, new GeoJsonReader(GEOMETRIES).read(tree.toString()));
        } catch (ParseException | RuntimeException e) {
            throw invalid(locator + ": feature " + i, "invalid GeoJSON geometry: " + e.getMessage());
        }
    }

    /**
     * At the start of a "coordinates" array: a flat array of numbers is returned as doubles; a nested
     * one (lines, polygons) is put into the tree instead and null returned.
     */
    private double[] coordinates(ObjectNode tree) throws IOException {
        double[] flat = new double[3];
        int n = 0;
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            ArrayNode nested = tree.putArray("coordinates");
            nested.add((JsonNode) p.readValueAsTree());
            while (p.nextToken() != JsonToken.END_ARRAY) {
                nested.add((JsonNode) p.readValueAsTree());
            }
            return null;
        }
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (!t.isNumeric()) {
                throw invalid(locator, "invalid GeoJSON geometry: coordinates must be numbers");
            }
            if (n == flat.length) {
                flat = java.util.Arrays.copyOf(flat, n * 2);
            }
            flat[n++] = p.getDoubleValue();
        }
        return java.util.Arrays.copyOf(flat, n);
    }

    private void properties(int i) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(locator + ": feature " + i, "'properties' must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> columns.number(i, name, p.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> columns.bool(i, name, t == JsonToken.VALUE_TRUE);
                case VALUE_STRING -> columns.text(i, name, p.getText());
                case VALUE_NULL -> columns.nothing(name);
                default -> columns.text(i, name, p.readValueAsTree().toString());
            }
        }
    }

    private CoordinateReferenceSystem crsOf(JsonNode crs) {
        JsonNode name = crs == null ? null : crs.path("properties").path("name");
        if (name == null || name.isMissingNode() || name.asText().isBlank()) {
            return DefaultGeographicCRS.WGS84;
        }
        String code = name.asText();
        if (code.toUpperCase(java.util.Locale.ROOT).endsWith("CRS84")) {
            return DefaultGeographicCRS.WGS84;
        }
        return CrsCodec.decode(code, locator);
    }

    private static OwsException invalid(String locator, String message) {
        String param = locator.contains(":") ? locator.substring(0, locator.indexOf(':')) : locator;
        return new OwsException(OwsException.INVALID_PARAMETER, param, locator + ": " + message);
    }

    /** Reads a whole document given as text. */
    static SimpleFeatureCollection read(String text, String locator) {
        try (JsonParser p = JSON.createParser(text)) {
            SimpleFeatureCollection fc = read(p, locator);
            if (p.nextToken() != null) {
                throw invalid(locator, "text after the end of the GeoJSON object");
            }
            return fc;
        } catch (IOException e) {
            throw invalid(locator, "unreadable: " + e.getMessage());
        }
    }
}
