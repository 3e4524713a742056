package org.geointerp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads point observations (and barrier geometries) from CSV or GeoJSON files into GeoTools feature collections,
 * so that the command line runs exactly the code of the GeoTools processes.
 *
 * <p>CSV: a header row names the columns; x, y and value columns are chosen by name. A value cell that is empty or
 * not a number becomes a null value (the process skips and counts it); a row whose coordinates are not numbers is
 * refused with its line number. GeoJSON (RFC 7946): a FeatureCollection; coordinates are longitude/latitude on
 * WGS 84 unless a CRS is given; every property whose values are all numbers (or null) becomes a numeric attribute.
 */
public final class FeatureFiles {

    private static final GeometryFactory GF = new GeometryFactory();

    private FeatureFiles() {}

    /** Reads a CSV or GeoJSON file, chosen by extension (.csv; .json/.geojson). */
    public static SimpleFeatureCollection read(
            Path file, String xColumn, String yColumn, String valueColumn, CoordinateReferenceSystem crs)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(file, xColumn, yColumn, valueColumn, crs);
        }
        if (name.endsWith(".json") || name.endsWith(".geojson")) {
            return readGeoJson(file, crs == null ? DefaultGeographicCRS.WGS84 : crs);
        }
        throw new IllegalArgumentException(
                "--input: unknown file type '" + file + "'; expected .csv, .json or .geojson");
    }

    /** CSV as the command line reads it: a header row naming the columns, cells trimmed. */
    static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .build();

    static SimpleFeatureCollection readCsv(
            Path file, String xColumn, String yColumn, String valueColumn, CoordinateReferenceSystem crs)
            throws IOException {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("points");
        tb.setCRS(crs);
        tb.add("geom", org.locationtech.jts.geom.Point.class);
        tb.add(valueColumn, Double.class);
        SimpleFeatureType type = tb.buildFeatureType();
        ListFeatureCollection fc = new ListFeatureCollection(type);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, CSV_FORMAT)) {
            for (String column : new String[] {xColumn, yColumn, valueColumn}) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException("--input: " + file + " has no column '" + column
                            + "'; columns are " + csv.getHeaderNames());
                }
            }
            for (CSVRecord r : csv) {
                double x = number(r, xColumn, file);
                double y = number(r, yColumn, file);
                Double value = valueOrNull(r.get(valueColumn));
                fc.add(SimpleFeatureBuilder.build(
                        type,
                        new Object[] {GF.createPoint(new Coordinate(x, y)), value},
                        "points." + r.getRecordNumber()));
            }
        }
        return fc;
    }

    private static double number(CSVRecord r, String column, Path file) {
        String s = r.get(column);
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the line number
        }
        throw new IllegalArgumentException("--input: " + file + " line " + (r.getRecordNumber() + 1) + ": column '"
                + column + "' is not a finite number: '" + s + "'");
    }

    private static Double valueOrNull(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A GeoJSON FeatureCollection (or a single Feature) with its numeric and text properties. */
    public static SimpleFeatureCollection readGeoJson(Path file, CoordinateReferenceSystem crs) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readGeoJson(new ObjectMapper().readTree(in), crs, file.toString());
        }
    }

    /** Parses GeoJSON already read as a tree; {@code source} names it in error messages. */
    public static SimpleFeatureCollection readGeoJson(JsonNode root, CoordinateReferenceSystem crs, String source) {
        List<JsonNode> features = new ArrayList<>();
        String kind = root.path("type").asText();
        if ("FeatureCollection".equals(kind)) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(kind)) {
            features.add(root);
        } else {
            throw new IllegalArgumentException(
                    source + ": expected a GeoJSON FeatureCollection or Feature, got type '" + kind + "'");
        }
        Map<String, Class<?>> columns = propertyTypes(features);
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("features");
        tb.setCRS(crs);
        tb.add("geom", Geometry.class);
        columns.forEach(tb::add);
        SimpleFeatureType type = tb.buildFeatureType();
        ListFeatureCollection fc = new ListFeatureCollection(type);
        GeoJsonReader reader = new GeoJsonReader(GF);
        int i = 0;
        for (JsonNode f : features) {
            Object[] values = new Object[1 + columns.size()];
            JsonNode g = f.path("geometry");
            try {
                values[0] = g.isMissingNode() || g.isNull() ? null : reader.read(g.toString());
            } catch (ParseException e) {
                throw new IllegalArgumentException(
                        source + ": feature " + i + " has an invalid geometry: " + e.getMessage(), e);
            }
            int c = 1;
            for (Map.Entry<String, Class<?>> col : columns.entrySet()) {
                JsonNode v = f.path("properties").path(col.getKey());
                values[c++] = v.isMissingNode() || v.isNull()
                        ? null
                        : col.getValue() == Double.class ? (Object) v.asDouble() : v.asText();
            }
            fc.add(SimpleFeatureBuilder.build(type, values, "features." + i++));
        }
        return fc;
    }

    /** Double for properties whose every non-null value is a number, String otherwise; in first-seen order. */
    private static Map<String, Class<?>> propertyTypes(List<JsonNode> features) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonNode f : features) {
            Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if ("geom".equals(e.getKey())) {
                    continue;
                }
                JsonNode v = e.getValue();
                Class<?> t = v.isNull() ? null : v.isNumber() ? Double.class : String.class;
                Class<?> seen = types.get(e.getKey());
                if (seen == null) {
                    types.put(e.getKey(), t);
                } else if (t == String.class) {
                    types.put(e.getKey(), String.class);
                }
            }
        }
        types.replaceAll((k, v) -> v == null ? Double.class : v);
        return types;
    }
}
