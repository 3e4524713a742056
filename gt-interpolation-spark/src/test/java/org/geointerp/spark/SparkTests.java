package org.geointerp.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.sedona_sql.UDT.GeometryUDT;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.NameImpl;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.Processors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** One local[2] Spark session with Sedona for all tests of the module, and test data. */
final class SparkTests {

    private static SparkSession spark;

    private SparkTests() {}

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SedonaContext.create(SparkSession.builder()
                    .master("local[2]")
                    .appName("geointerp-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate());
        }
        return spark;
    }

    static final GeometryFactory GF = new GeometryFactory();

    /** Points with a Sedona geometry column "geom" and a "value" column, in the given order. */
    static Dataset<Row> points(double[] x, double[] y, double[] v) {
        StructType schema = new StructType().add("geom", new GeometryUDT()).add("value", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create(GF.createPoint(new Coordinate(x[i], y[i])), v[i]));
        }
        // three partitions, each a contiguous slice: the input order is the list's
        return spark().createDataFrame(
                        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark().sparkContext())
                                .parallelize(rows, 3),
                        schema);
    }

    /** Point features for the single-machine process, in the same order. */
    static SimpleFeatureCollection features(CoordinateReferenceSystem crs, double[] x, double[] y, double[] v) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("obs");
        tb.setCRS(crs);
        tb.add("geom", Point.class);
        tb.add("value", Double.class);
        SimpleFeatureType type = tb.buildFeatureType();
        ListFeatureCollection fc = new ListFeatureCollection(type);
        for (int i = 0; i < x.length; i++) {
            fc.add(SimpleFeatureBuilder.build(
                    type, new Object[] {GF.createPoint(new Coordinate(x[i], y[i])), v[i]}, "obs." + i));
        }
        return fc;
    }

    /** The single-machine process over the whole grid. */
    static GridCoverage2D process(
            String method,
            SimpleFeatureCollection data,
            ReferencedEnvelope box,
            int width,
            int height,
            Map<String, ?> parameters) {
        Map<String, Object> in = new HashMap<>();
        in.put("data", data);
        in.put("valueAttr", "value");
        in.put("outputBBOX", box);
        in.put("outputWidth", width);
        in.put("outputHeight", height);
        var factoryParams = Processors.getParameterInfo(new NameImpl("interpolation", method));
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            var p = factoryParams.get(e.getKey());
            Object value = e.getValue();
            if (value instanceof String s && p.getType() != String.class) {
                value = org.geointerp.engine.Methods.get(method)
                        .parameter(e.getKey())
                        .parse(s);
            }
            in.put(e.getKey(), value);
        }
        Map<String, Object> out =
                Processors.createProcess(new NameImpl("interpolation", method)).execute(in, null);
        return (GridCoverage2D) out.get("result");
    }

    /** The tiles assembled into one row-major array per band; cells no tile covers stay NaN. */
    static float[][] mosaic(TiledResult result, int width, int height) {
        List<Row> rows = result.tiles().collectAsList();
        float[][] out = null;
        for (Row r : rows) {
            GridCoverage2D c = (GridCoverage2D) r.getAs("raster");
            java.awt.image.Raster data = c.getRenderedImage().getData();
            int bands = data.getNumBands();
            if (out == null) {
                out = new float[bands][width * height];
                for (float[] b : out) {
                    java.util.Arrays.fill(b, Float.NaN);
                }
            }
            int c0 = r.getAs("col_offset");
            int r0 = r.getAs("row_offset");
            int w = r.getAs("width");
            int h = r.getAs("height");
            for (int b = 0; b < bands; b++) {
                for (int row = 0; row < h; row++) {
                    for (int col = 0; col < w; col++) {
                        out[b][(r0 + row) * width + c0 + col] =
                                data.getSampleFloat(data.getMinX() + col, data.getMinY() + row, b);
                    }
                }
            }
        }
        return out;
    }

    /** The bands of a coverage, row-major. */
    static float[][] bands(GridCoverage2D c) {
        java.awt.image.Raster data = c.getRenderedImage().getData();
        int w = data.getWidth();
        int h = data.getHeight();
        float[][] out = new float[data.getNumBands()][w * h];
        for (int b = 0; b < out.length; b++) {
            for (int row = 0; row < h; row++) {
                for (int col = 0; col < w; col++) {
                    out[b][row * w + col] = data.getSampleFloat(data.getMinX() + col, data.getMinY() + row, b);
                }
            }
        }
        return out;
    }

    /** Uniform random points with a smooth value, a fixed seed. */
    static double[][] uniform(int n, double size, long seed) {
        Random r = new Random(seed);
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = r.nextDouble() * size;
            p[1][i] = r.nextDouble() * size;
            p[2][i] = value(p[0][i], p[1][i]);
        }
        return p;
    }

    static double value(double x, double y) {
        return Math.cos(x / 700) * Math.sin(y / 450) + 0.0002 * x;
    }
}
