package org.geointerp.server.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.feature.collection.BaseSimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Features kept as columns of primitives: point coordinates in double arrays, numeric
 * properties in double arrays, booleans in bytes, only text and non-point geometries as objects.
 * A million points with a value take about 24 MB this way, against hundreds as feature objects;
 * the collection makes each feature when an iterator reaches it and keeps none.
 *
 * <p>Filled one feature at a time by {@link GeoJsonFeatureReader}, then frozen by {@link #collection}.
 */
final class FeatureColumns {
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private int size;
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private double[] z;
    /** Features whose geometry is null or not a point: their index to the geometry (null for none). */
    private final Map<Integer, Geometry> otherGeometries = new LinkedHashMap<>();

    private String[] ids;
    private final Map<String, Column> columns = new LinkedHashMap<>();

    int size() {
        return size;
    }

    /** Starts the next feature; its geometry and properties follow. */
    int add() {
        if (size == x.length) {
            int n = size * 2;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            if (z != null) {
                z = Arrays.copyOf(z, n);
            }
            if (ids != null) {
                ids = Arrays.copyOf(ids, n);
            }
        }
        x[size] = Double.NaN;
        y[size] = Double.NaN;
        return size++;
    }

    void point(int i, double px, double py, double pz) {
        x[i] = px;
        y[i] = py;
        if (!Double.isNaN(pz)) {
            if (z == null) {
                z = new double[x.length];
                Arrays.fill(z, Double.NaN);
            }
            z[i] = pz;
        }
        otherGeometries.remove(i);
    }

    void geometry(int i, Geometry g) {
        otherGeometries.put(i, g);
    }

    void id(int i, String id) {
        if (ids == null) {
            ids = new String[x.length];
        }
        ids[i] = id;
    }

    void number(int i, String name, double v) {
        column(name).setNumber(i, v);
    }

    void bool(int i, String name, boolean v) {
        column(name).setBoolean(i, v);
    }

    void text(int i, String name, String v) {
        column(name).setText(i, v);
    }

    void nothing(String name) {
        column(name);
    }

    private Column column(String name) {
        return columns.computeIfAbsent(name, k -> new Column());
    }

    /** The features as a collection with this CRS. */
    BaseSimpleFeatureCollection collection(CoordinateReferenceSystem crs) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("features");
        tb.setCRS(crs);
        // "geometry", unless a property has that name (then "geometry_1", ...): properties keep their names
        String geometryName = "geometry";
        for (int i = 1; columns.containsKey(geometryName); i++) {
            geometryName = "geometry_" + i;
        }
        tb.add(geometryName, Geometry.class, crs);
        tb.setDefaultGeometry(geometryName);
        List<Column> order = new ArrayList<>();
        columns.forEach((name, c) -> {
            tb.add(name, c.binding());
            order.add(c);
        });
        SimpleFeatureType schema = tb.buildFeatureType();
        return new Collection(schema, order);
    }

    /** One property: numbers, booleans or text; mixed kinds become text. Absent values are null. */
    private static final class Column {
        private static final byte NUMBER = 1;
        private static final byte BOOLEAN = 2;
        private static final byte TEXT = 3;

        private byte kind;
        private double[] numbers;
        private byte[] booleans;
        private String[] texts;
        private final BitSet present = new BitSet();

        void setNumber(int i, double v) {
            if (kind == 0) {
                kind = NUMBER;
            }
            if (kind == NUMBER) {
                numbers = grow(numbers, i);
                numbers[i] = v;
            } else {
                setText(i, format(v));
                return;
            }
            present.set(i);
        }

        void setBoolean(int i, boolean v) {
            if (kind == 0) {
                kind = BOOLEAN;
            }
            if (kind == BOOLEAN) {
                if (booleans == null || i >= booleans.length) {
                    booleans = Arrays.copyOf(booleans == null ? new byte[0] : booleans, Math.max(1024, (i + 1) * 2));
                }
                booleans[i] = (byte) (v ? 1 : 0);
                present.set(i);
            } else {
                setText(i, String.valueOf(v));
            }
        }

        void setText(int i, String v) {
            if (kind != TEXT) {
                toText();
            }
            if (texts == null || i >= texts.length) {
                texts = Arrays.copyOf(texts == null ? new String[0] : texts, Math.max(1024, (i + 1) * 2));
            }
            texts[i] = v;
            present.set(i);
        }

        /** Earlier numbers and booleans become their text, as a mixed column is text. */
        private void toText() {
            int n = Math.max(numbers == null ? 0 : numbers.length, booleans == null ? 0 : booleans.length);
            String[] t = new String[Math.max(1024, n)];
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                t[i] = kind == NUMBER ? format(numbers[i]) : String.valueOf(booleans[i] == 1);
            }
            texts = t;
            numbers = null;
            booleans = null;
            kind = TEXT;
        }

        private static String format(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }

        private static double[] grow(double[] a, int i) {
            if (a != null && i < a.length) {
                return a;
            }
            return Arrays.copyOf(a == null ? new double[0] : a, Math.max(1024, (i + 1) * 2));
        }

        Class<?> binding() {
            return kind == NUMBER ? Double.class : kind == BOOLEAN ? Boolean.class : String.class;
        }

        Object value(int i) {
            if (!present.get(i)) {
                return null;
            }
            return kind == NUMBER ? (Object) numbers[i] : kind == BOOLEAN ? (Object) (booleans[i] == 1) : texts[i];
        }
    }

    /** The frozen columns as a SimpleFeatureCollection that builds features on demand. */
    private final class Collection extends BaseSimpleFeatureCollection {
        private final List<Column> order;

        Collection(SimpleFeatureType schema, List<Column> order) {
            super(schema);
            this.order = order;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public ReferencedEnvelope getBounds() {
            ReferencedEnvelope env = new ReferencedEnvelope(schema.getCoordinateReferenceSystem());
            for (int i = 0; i < size; i++) {
                Geometry other = otherGeometries.get(i);
                if (other != null) {
                    env.expandToInclude(other.getEnvelopeInternal());
                } else if (!otherGeometries.containsKey(i) && !Double.isNaN(x[i])) {
                    env.expandToInclude(x[i], y[i]);
                }
            }
            return env;
        }

        @Override
        public SimpleFeatureIterator features() {
            SimpleFeatureBuilder builder = new SimpleFeatureBuilder(schema);
            return new SimpleFeatureIterator() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public SimpleFeature next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    builder.add(geometryOf(i));
                    for (Column c : order) {
                        builder.add(c.value(i));
                    }
                    return builder.buildFeature(ids != null && ids[i] != null ? ids[i] : "f" + i);
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }

        private Geometry geometryOf(int i) {
            if (otherGeometries.containsKey(i) || Double.isNaN(x[i])) {
                return otherGeometries.get(i);
            }
            double pz = z == null ? Double.NaN : z[i];
            return GEOMETRIES.createPoint(new Coordinate(x[i], y[i], pz));
        }
    }
}
