package org.geointerp.spark.cli;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Points read by Spark's and Sedona's own readers: CSV with a header (numbers recognised by schema inference),
 * GeoJSON (Sedona's reader: a FeatureCollection document, or one feature per line as {@code geojsonl}; the geometry
 * in {@code geometry}, properties as columns), Parquet (plain columns) and GeoParquet (Sedona's reader: the geometry
 * column decoded).
 *
 * @param geometryColumn the geometry column, or null for x and y columns
 */
record PointsInput(Dataset<Row> data, String geometryColumn) {

    static PointsInput read(SparkSession spark, String path, String format, String geometry) {
        String f = format != null ? format.toLowerCase(Locale.ROOT) : fromExtension(path);
        return switch (f) {
            case "csv" ->
                new PointsInput(
                        spark.read()
                                .option("header", "true")
                                .option("inferSchema", "true")
                                .csv(path),
                        geometry);
            case "parquet" -> new PointsInput(spark.read().parquet(path), geometry);
            case "geoparquet" ->
                new PointsInput(spark.read().format("geoparquet").load(path), geometry == null ? "geometry" : geometry);
            case "geojson" -> {
                // a FeatureCollection document (one JSON value over many lines): its features exploded to rows;
                // a file of one feature per line reads as rows directly (--format geojsonl)
                Dataset<Row> raw = spark.read()
                        .format("geojson")
                        .option("multiLine", "true")
                        .load(path)
                        .selectExpr("explode(features) AS feature")
                        .select("feature.*");
                yield new PointsInput(flatten(raw), geometry == null ? "geometry" : geometry);
            }
            case "geojsonl" -> {
                Dataset<Row> raw = spark.read().format("geojson").load(path);
                Dataset<Row> flat = flatten(raw);
                yield new PointsInput(flat, geometry == null ? "geometry" : geometry);
            }
            default ->
                throw new IllegalArgumentException(
                        "format: '" + format + "' is not csv, geojson, geojsonl, parquet or geoparquet");
        };
    }

    /** Properties come as a struct: flattened so that the value is a column of its own. */
    private static Dataset<Row> flatten(Dataset<Row> features) {
        return Arrays.asList(features.columns()).contains("properties")
                ? features.selectExpr("geometry", "properties.*")
                : features;
    }

    private static String fromExtension(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".csv")) {
            return "csv";
        }
        if (p.endsWith(".geojson") || p.endsWith(".json")) {
            return "geojson";
        }
        if (p.endsWith(".parquet")) {
            return "parquet";
        }
        throw new IllegalArgumentException("format: cannot tell the format of '" + path
                + "' from its name; give --format csv, geojson, parquet" + " or geoparquet");
    }
}
