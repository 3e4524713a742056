package org.geointerp.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What one pass over the points tells the driver: how many rows were read, used and skipped (and why), the bounding
 * box of the points and of their values, and their convex hull. Computed per partition and merged
 * ({@link #merge}), so the whole data set is summarised without collecting it. The hull of the partitions' hulls is
 * the hull of all points: the hull area Shepard's radius needs and the outline Akima's halo proof needs.
 */
public final class PointStats implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Points collected before their hull is taken, to bound the memory of one partition's pass. */
    private static final int HULL_BUFFER = 1 << 16;

    private static final GeometryFactory GF = new GeometryFactory();

    long read;
    long used;
    long centroids;
    long nullValue;
    long nanValue;
    long noGeometry;
    /** Used rows whose value float32, the rasters' type, cannot hold (|value| > Float.MAX_VALUE, or infinite). */
    long outOfRange;

    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double minZ = Double.POSITIVE_INFINITY;
    double maxZ = Double.NEGATIVE_INFINITY;
    /** Vertices of the hull so far, then points added since, {@code size} coordinates (x, y pairs). */
    private double[] hull = new double[64];

    private int size;
    private int hullSize;

    /** Counts a row by its {@link PointReader} status; adds the location of a used one. */
    void add(int status, double x, double y, double z) {
        read++;
        switch (status) {
            case PointReader.NULL_VALUE -> nullValue++;
            case PointReader.NAN_VALUE -> nanValue++;
            case PointReader.NO_GEOMETRY -> noGeometry++;
            default -> {
                if (status == PointReader.CENTROID) {
                    centroids++;
                }
                used++;
                if (Math.abs(z) > Float.MAX_VALUE) {
                    outOfRange++;
                }
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
                minZ = Math.min(minZ, z);
                maxZ = Math.max(maxZ, z);
                addToHull(x, y);
            }
        }
    }

    private void addToHull(double x, double y) {
        if (2 * size + 2 > hull.length) {
            if (size - hullSize >= HULL_BUFFER) {
                reduceHull();
            }
            if (2 * size + 2 > hull.length) {
                hull = Arrays.copyOf(hull, hull.length * 2);
            }
        }
        hull[2 * size] = x;
        hull[2 * size + 1] = y;
        size++;
    }

    /** Replaces the buffered points by the vertices of their convex hull. */
    private void reduceHull() {
        if (size - hullSize == 0) {
            return;
        }
        Coordinate[] c = hullGeometry().getCoordinates();
        // a polygon's ring repeats its first vertex; a point or line has none to drop
        int n = c.length > 3 && c[0].equals2D(c[c.length - 1]) ? c.length - 1 : c.length;
        double[] h = new double[Math.max(64, 4 * n)];
        for (int i = 0; i < n; i++) {
            h[2 * i] = c[i].x;
            h[2 * i + 1] = c[i].y;
        }
        hull = h;
        size = n;
        hullSize = n;
    }

    /** Reduces the points buffered for the hull to the hull's vertices: for a summary that is kept (cached). */
    PointStats reduced() {
        reduceHull();
        return this;
    }

    /** Merges another partition's summary into this one. */
    PointStats merge(PointStats o) {
        read += o.read;
        used += o.used;
        centroids += o.centroids;
        nullValue += o.nullValue;
        nanValue += o.nanValue;
        noGeometry += o.noGeometry;
        outOfRange += o.outOfRange;
        minX = Math.min(minX, o.minX);
        minY = Math.min(minY, o.minY);
        maxX = Math.max(maxX, o.maxX);
        maxY = Math.max(maxY, o.maxY);
        minZ = Math.min(minZ, o.minZ);
        maxZ = Math.max(maxZ, o.maxZ);
        for (int i = 0; i < o.size; i++) {
            addToHull(o.hull[2 * i], o.hull[2 * i + 1]);
        }
        reduceHull();
        return this;
    }

    /** The convex hull of all used points: a polygon, or a line or point when they have no area. */
    public Geometry hullGeometry() {
        Coordinate[] c = new Coordinate[size];
        for (int i = 0; i < size; i++) {
            c[i] = new Coordinate(hull[2 * i], hull[2 * i + 1]);
        }
        return GF.createMultiPointFromCoords(c).convexHull();
    }

    /** Used rows whose value is beyond float32's range (refused: the output rasters could not hold them). */
    public long outOfRange() {
        return outOfRange;
    }

    public long read() {
        return read;
    }

    /** Rows whose point and value are used (centroids of other geometries included). */
    public long used() {
        return used;
    }

    public long skipped() {
        return nullValue + nanValue + noGeometry;
    }

    public double[] bounds() {
        return new double[] {minX, minY, maxX, maxY};
    }

    public double minValue() {
        return minZ;
    }

    public double maxValue() {
        return maxZ;
    }

    /** A one-line account of what was used and skipped, as the processes report it. */
    public String summary() {
        return used + " of " + read + " rows used; skipped " + nullValue + " with null value, " + nanValue
                + " with NaN value, " + noGeometry + " without geometry; " + centroids
                + " non-point geometries used by their centroid";
    }
}
