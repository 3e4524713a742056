package org.geointerp.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.sedona_sql.UDT.GeometryUDT;
import org.apache.spark.sql.sedona_sql.UDT.RasterUDT;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.geotools.coverage.grid.GridCoverage2D;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * SQL functions in the Sedona session, for groups of points that one task can hold (a region, a day, a sensor
 * network):
 *
 * <pre>{@code
 * SELECT region, GI_Interpolate(geom, pm10, 'Shepard', 'radius=800',
 *                               ST_PolygonFromEnvelope(0, 0, 10000, 10000), 500, 500) AS raster
 * FROM readings GROUP BY region
 * }</pre>
 *
 * {@code GI_Interpolate(geometry, value, method, parameters, envelope, width, height)} is an aggregate: it
 * gathers the group's points (nulls and NaN values skipped, other geometries by their centroid), fits the method
 * once with the parameters given as {@code name=value} pairs separated by commas (the processes' names), and
 * returns a Sedona raster over the envelope's bounding box. One grid over a whole large data set is the job of
 * {@link SparkInterpolation}, which tiles it.
 */
public final class InterpolationFunctions {

    private InterpolationFunctions() {}

    /** Registers the functions in {@code spark}'s session (after {@code SedonaContext.create}). */
    public static void register(SparkSession spark) {
        StructType input = new StructType()
                .add("geometry", new GeometryUDT())
                .add("value", DataTypes.DoubleType)
                .add("method", DataTypes.StringType)
                .add("parameters", DataTypes.StringType)
                .add("envelope", new GeometryUDT())
                .add("width", DataTypes.IntegerType)
                .add("height", DataTypes.IntegerType);
        spark.udf().register("GI_Interpolate", functions.udaf(new Interpolate(), Encoders.row(input)));
    }

    /** {@code name=value,name=value} as a map; empty text for none. */
    static Map<String, String> parameters(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameters: expected name=value pairs separated by commas, got '"
                        + pair.trim() + "' in '" + text + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return out;
    }

    /** The group's points and the call's constant arguments. */
    public static final class Buffer implements Serializable {
        private static final long serialVersionUID = 1L;

        double[] x = new double[16];
        double[] y = new double[16];
        double[] z = new double[16];
        int size;
        String method;
        String parameters;
        double[] envelope;
        int width;
        int height;

        void add(double px, double py, double pz) {
            if (size == x.length) {
                x = Arrays.copyOf(x, 2 * size);
                y = Arrays.copyOf(y, 2 * size);
                z = Arrays.copyOf(z, 2 * size);
            }
            x[size] = px;
            y[size] = py;
            z[size] = pz;
            size++;
        }

        Buffer merge(Buffer o) {
            for (int i = 0; i < o.size; i++) {
                add(o.x[i], o.y[i], o.z[i]);
            }
            if (method == null) {
                method = o.method;
                parameters = o.parameters;
                envelope = o.envelope;
                width = o.width;
                height = o.height;
            }
            return this;
        }
    }

    /** The aggregate: gather, then fit once and evaluate the grid. */
    static final class Interpolate extends Aggregator<Row, Buffer, GridCoverage2D> {
        private static final long serialVersionUID = 1L;

        @Override
        public Buffer zero() {
            return new Buffer();
        }

        @Override
        public Buffer reduce(Buffer b, Row r) {
            if (b.method == null) {
                b.method = r.getString(2);
                b.parameters = r.isNullAt(3) ? "" : r.getString(3);
                Geometry env = r.isNullAt(4) ? null : (Geometry) r.get(4);
                if (env == null || env.isEmpty()) {
                    throw new IllegalArgumentException("envelope: a non-empty geometry is required");
                }
                var e = env.getEnvelopeInternal();
                b.envelope = new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
                b.width = r.getInt(5);
                b.height = r.getInt(6);
            }
            if (r.isNullAt(0) || r.isNullAt(1)) {
                return b;
            }
            Geometry g = (Geometry) r.get(0);
            double v = r.getDouble(1);
            if (g.isEmpty() || !Double.isFinite(v)) {
                return b;
            }
            Point p = g instanceof Point point ? point : g.getCentroid();
            b.add(p.getX(), p.getY(), v);
            return b;
        }

        @Override
        public Buffer merge(Buffer a, Buffer b) {
            return a.merge(b);
        }

        @Override
        public GridCoverage2D finish(Buffer b) {
            if (b.method == null) {
                return null;
            }
            String method = Methods.get(b.method).name();
            Map<String, String> parameters = parameters(b.parameters);
            GridSpec grid = new GridSpec(b.envelope[0], b.envelope[1], b.envelope[2], b.envelope[3], b.width, b.height);
            PointSet points =
                    PointSet.of2D(Arrays.copyOf(b.x, b.size), Arrays.copyOf(b.y, b.size), Arrays.copyOf(b.z, b.size));
            Execution one = Execution.defaults().withParallelism(1);
            Surface s = Methods.get(method).interpolator(parameters).fit(points, one);
            float[][] bands = GridEvaluator.evaluate(s, grid, one);
            String[] names = new String[s.bandCount()];
            for (int i = 0; i < names.length; i++) {
                names[i] = s.bandName(i);
            }
            Map<String, String> fixed = new LinkedHashMap<>();
            s.summary().parameters().forEach((k, v) -> fixed.put(k, InterpolationRequest.text(v)));
            return new TileRasters(method, null, -9999, fixed).coverage(grid, bands, names);
        }

        @Override
        public Encoder<Buffer> bufferEncoder() {
            return Encoders.javaSerialization(Buffer.class);
        }

        @Override
        public Encoder<GridCoverage2D> outputEncoder() {
            // Sedona's raster type, so the result is a raster column the RS_ functions read
            return ExpressionEncoder.apply(new AgnosticEncoders.UDTEncoder<>(new RasterUDT(), RasterUDT.class));
        }
    }
}
