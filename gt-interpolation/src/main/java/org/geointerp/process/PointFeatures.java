package org.geointerp.process;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geointerp.engine.PointSet;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.api.util.ProgressListener;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.process.ProcessException;
import org.geotools.referencing.CRS;
import org.geotools.util.logging.Logging;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Turns a feature collection with a numeric value attribute into a {@link PointSet} in the output grid's CRS and
 * (east, north) order. Features are never dropped silently: records with a null or NaN value or without geometry
 * are skipped and counted, non-point geometries are used by their centroid (the representative location Shepard's
 * SYMAP used for census tracts) and counted, and the counts are logged and sent to the progress listener.
 *
 * <p>What is refused, naming the parameter first ("data: ...", "valueAttr: ...") so that servers report it as the
 * client's mistake with that parameter: an empty collection, a value attribute that is missing, not numeric or has
 * no numeric value at all, no usable point, and values beyond the 32-bit float range ({@link ValueRange}).
 */
public final class PointFeatures {

    private static final Logger LOGGER = Logging.getLogger(PointFeatures.class);

    /** The points read and what was skipped or converted on the way. */
    public record Result(
            PointSet points,
            int read,
            int skippedNullValue,
            int skippedNaNValue,
            int skippedNoGeometry,
            int centroids) {

        public int skipped() {
            return skippedNullValue + skippedNaNValue + skippedNoGeometry;
        }

        /** A one-line account of what was used and skipped, for logs and warnings. */
        public String summary() {
            return points.size() + " of " + read + " features used; skipped " + skippedNullValue + " with null value, "
                    + skippedNaNValue + " with NaN value, " + skippedNoGeometry + " without geometry; "
                    + centroids + " non-point geometries used by their centroid";
        }
    }

    private PointFeatures() {}

    /**
     * @param data the {@code data} parameter
     * @param valueAttr the {@code valueAttr} parameter: a numeric attribute of {@code data}
     * @param grid the output grid, whose CRS the points are reprojected to
     * @param listener receives a warning when records are skipped; may be null
     */
    public static Result read(
            SimpleFeatureCollection data, String valueAttr, OutputGrid grid, ProgressListener listener) {
        if (data == null) {
            throw new ProcessException("data: a feature collection is required, got null");
        }
        if (valueAttr == null || valueAttr.isBlank()) {
            throw new ProcessException("valueAttr: the name of a numeric attribute is required, got " + valueAttr);
        }
        if (data.isEmpty()) {
            throw new ProcessException("data: no points: the feature collection is empty; at least one point with a"
                    + " numeric '" + valueAttr + "' is needed");
        }
        requireNumeric(data, valueAttr);
        MathTransform toOutput = transform(data.getSchema().getCoordinateReferenceSystem(), grid.crs());
        int capacity = Math.max(16, data.size());
        double[] x = new double[capacity];
        double[] y = new double[capacity];
        double[] v = new double[capacity];
        int n = 0;
        int read = 0;
        int nullValue = 0;
        int nanValue = 0;
        int noGeometry = 0;
        int centroids = 0;
        ValueRange range = new ValueRange(valueAttr);
        double[] c = new double[2];
        try (SimpleFeatureIterator it = data.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                read++;
                Object value = f.getAttribute(valueAttr);
                Geometry g = (Geometry) f.getDefaultGeometry();
                if (value == null) {
                    nullValue++;
                    continue;
                }
                double z = ((Number) value).doubleValue();
                if (Double.isNaN(z)) {
                    nanValue++;
                    continue;
                }
                if (g == null || g.isEmpty()) {
                    noGeometry++;
                    continue;
                }
                if (!range.accepts(z, read - 1)) {
                    continue;
                }
                Point p = g instanceof Point point ? point : g.getCentroid();
                if (!(g instanceof Point)) {
                    centroids++;
                }
                c[0] = p.getX();
                c[1] = p.getY();
                if (toOutput != null) {
                    toOutput.transform(c, 0, c, 0, 1);
                }
                if (n == x.length) {
                    x = Arrays.copyOf(x, n * 2);
                    y = Arrays.copyOf(y, n * 2);
                    v = Arrays.copyOf(v, n * 2);
                }
                x[n] = grid.northFirst() ? c[1] : c[0];
                y[n] = grid.northFirst() ? c[0] : c[1];
                v[n] = z;
                n++;
            }
        } catch (TransformException e) {
            throw new ProcessException(
                    "data: cannot reproject features to the CRS of outputBBOX: " + e.getMessage(), e);
        }
        range.check();
        if (n == 0) {
            throw nothingUsable(valueAttr, read, nullValue, nanValue, noGeometry);
        }
        Result r = new Result(
                PointSet.of2D(Arrays.copyOf(x, n), Arrays.copyOf(y, n), Arrays.copyOf(v, n)),
                read,
                nullValue,
                nanValue,
                noGeometry,
                centroids);
        report(r, listener);
        return r;
    }

    private static void requireNumeric(SimpleFeatureCollection data, String valueAttr) {
        AttributeDescriptor d = data.getSchema().getDescriptor(valueAttr);
        if (d == null) {
            throw new ProcessException("valueAttr: no attribute '" + valueAttr + "' in "
                    + data.getSchema().getTypeName()
                    + "; attributes are "
                    + data.getSchema().getAttributeDescriptors().stream()
                            .map(a -> a.getLocalName())
                            .toList());
        }
        Class<?> type = d.getType().getBinding();
        if (!Number.class.isAssignableFrom(type)) {
            throw notNumeric(data, valueAttr);
        }
    }

    /**
     * Why a non-numeric attribute cannot be interpolated, from its values rather than its declared type: readers
     * type a property that is null in every feature as text, and "of type String" would send the client looking
     * for text that is not there.
     */
    private static ProcessException notNumeric(SimpleFeatureCollection data, String valueAttr) {
        int features = 0;
        int nulls = 0;
        int firstIndex = -1;
        Object first = null;
        try (SimpleFeatureIterator it = data.features()) {
            while (it.hasNext()) {
                Object v = it.next().getAttribute(valueAttr);
                if (v == null) {
                    nulls++;
                } else if (first == null) {
                    first = v;
                    firstIndex = features;
                }
                features++;
            }
        }
        if (first == null) {
            return new ProcessException("valueAttr: attribute '" + valueAttr + "' has no numeric values: all "
                    + features + " features have it null");
        }
        String shown = String.valueOf(first);
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new ProcessException("valueAttr: attribute '" + valueAttr + "' is not numeric: it holds "
                + (first instanceof CharSequence ? "text" : first.getClass().getSimpleName() + " values")
                + ", e.g. '" + shown + "' in feature " + firstIndex
                + (nulls == 0 ? "" : " (" + nulls + " of " + features + " features have it null)"));
    }

    /** No point survived reading: said of the value attribute when no feature has a value, else of the data. */
    private static ProcessException nothingUsable(String valueAttr, int read, int nulls, int nans, int noGeometry) {
        if (nulls + nans == read) {
            return new ProcessException("valueAttr: attribute '" + valueAttr + "' has no numeric values: " + nulls
                    + " of " + read + " features have it null, " + nans + " NaN");
        }
        return new ProcessException("data: no usable point among " + read + " features: " + nulls + " have a null '"
                + valueAttr + "', " + nans + " NaN, " + noGeometry + " no geometry");
    }

    /** The transform from the data's CRS to the output CRS; null when none is needed or either is unknown. */
    static MathTransform transform(CoordinateReferenceSystem source, CoordinateReferenceSystem target) {
        if (source == null || target == null || CRS.equalsIgnoreMetadata(source, target)) {
            return null;
        }
        try {
            MathTransform t = CRS.findMathTransform(source, target, true);
            return t.isIdentity() ? null : t;
        } catch (FactoryException e) {
            throw new ProcessException(
                    "data: no transformation from " + CRS.toSRS(source) + " to the CRS of outputBBOX "
                            + CRS.toSRS(target) + ": " + e.getMessage(),
                    e);
        }
    }

    private static void report(Result r, ProgressListener listener) {
        if (r.skipped() == 0 && r.centroids() == 0) {
            LOGGER.fine(r.summary());
            return;
        }
        LOGGER.log(Level.WARNING, r.summary());
        if (listener != null) {
            listener.warningOccurred("data", null, r.summary());
        }
    }
}
