package org.geointerp.engine.barrier;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks the user's barrier geometries and strengths and flattens them into {@link Chain}s (polylines and rings).
 * Every refusal is an {@link IllegalArgumentException} naming {@code barriers[i]}, the problem and the value.
 */
final class BarrierReader {

    /**
     * One polyline or ring of barrier {@code barrier}. {@code xy} holds x0, y0, x1, y1, ... without consecutive
     * repeats; a closed chain does not repeat its first point at the end. Polygon rings are oriented so that the
     * polygon's interior lies on the left of every edge (shell counter-clockwise, holes clockwise).
     */
    record Chain(double[] xy, boolean closed, boolean polygonRing, int barrier, double strength) {

        int pointCount() {
            return xy.length / 2;
        }

        int segmentCount() {
            return closed ? pointCount() : pointCount() - 1;
        }

        boolean geometric() {
            return Double.isNaN(strength);
        }
    }

    /** Chains plus the JTS polygons of the geometric barriers (needed to locate points inside obstacles). */
    record Result(List<Chain> chains, List<Polygon> obstacles) {}

    private final List<Chain> chains = new ArrayList<>();
    private final List<Polygon> obstacles = new ArrayList<>();

    private BarrierReader() {}

    static Result read(List<? extends Geometry> geometries, double[] strengths) {
        if (geometries == null) {
            throw new IllegalArgumentException("barriers: the list of barrier geometries is null");
        }
        if (strengths != null && strengths.length != geometries.size()) {
            throw new IllegalArgumentException("barriers: strengths must have one value per barrier geometry ("
                    + geometries.size() + "), got " + strengths.length);
        }
        BarrierReader reader = new BarrierReader();
        for (int i = 0; i < geometries.size(); i++) {
            double strength = strengths == null ? Double.NaN : strengths[i];
            if (!Double.isNaN(strength) && !(strength >= 0 && strength < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name(i) + ": strength must be a finite value >= 0 (a length in "
                        + "CRS units) or NaN (geometric detour), got " + strength);
            }
            reader.readBarrier(i, geometries.get(i), strength);
        }
        return new Result(List.copyOf(reader.chains), List.copyOf(reader.obstacles));
    }

    private void readBarrier(int i, Geometry g, double strength) {
        if (g == null) {
            throw new IllegalArgumentException(name(i) + ": geometry is null");
        }
        if (g.isEmpty()) {
            throw new IllegalArgumentException(name(i) + ": empty geometry (" + g.getGeometryType() + ")");
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new IllegalArgumentException(
                        name(i) + ": coordinates must be finite, got (" + c.x + ", " + c.y + ")");
            }
        }
        readPart(i, g, strength);
    }

    private void readPart(int i, Geometry g, double strength) {
        if (g.isEmpty()) {
            return; // an empty member of a non-empty collection adds nothing
        }
        if (g instanceof Point || g instanceof MultiPoint) {
            throw new IllegalArgumentException(
                    name(i) + ": points cannot be barriers, got " + g.getGeometryType() + " " + g.getCoordinate());
        }
        if (g instanceof LineString line) {
            addLine(i, line, strength);
        } else if (g instanceof Polygon polygon) {
            requireValid(i, polygon);
            addPolygon(i, polygon, strength);
        } else if (g instanceof MultiPolygon multi) {
            requireValid(i, multi); // also refuses overlapping members
            for (int k = 0; k < multi.getNumGeometries(); k++) {
                readPart(i, multi.getGeometryN(k), strength);
            }
        } else if (g instanceof GeometryCollection collection) {
            for (int k = 0; k < collection.getNumGeometries(); k++) {
                readPart(i, collection.getGeometryN(k), strength);
            }
        } else {
            throw new IllegalArgumentException(name(i) + ": unsupported geometry type " + g.getGeometryType());
        }
    }

    private static void requireValid(int i, Geometry polygonal) {
        TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new IllegalArgumentException(name(i) + ": invalid " + polygonal.getGeometryType() + ": "
                    + error.getMessage() + (at == null ? "" : " at (" + at.x + ", " + at.y + ")"));
        }
    }

    private void addLine(int i, LineString line, double strength) {
        double[] xy = distinctConsecutive(line.getCoordinateSequence());
        if (xy.length < 4) {
            Coordinate c = line.getCoordinate();
            throw new IllegalArgumentException(
                    name(i) + ": line has zero length, all its points are at (" + c.x + ", " + c.y + ")");
        }
        boolean closed = xy.length >= 8 && xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
        if (closed) {
            xy = java.util.Arrays.copyOf(xy, xy.length - 2);
        } else if (xy.length == 6 && xy[0] == xy[4] && xy[1] == xy[5]) {
            xy = java.util.Arrays.copyOf(xy, 4); // A-B-A: a closed ring of two points is the segment AB
        }
        chains.add(new Chain(xy, closed, false, i, strength));
    }

    private void addPolygon(int i, Polygon polygon, double strength) {
        if (Double.isNaN(strength)) {
            obstacles.add(polygon);
        }
        addRing(i, polygon.getExteriorRing().getCoordinateSequence(), true, strength);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            addRing(i, polygon.getInteriorRingN(h).getCoordinateSequence(), false, strength);
        }
    }

    private void addRing(int i, CoordinateSequence ring, boolean shell, double strength) {
        double[] xy = distinctConsecutive(ring);
        xy = java.util.Arrays.copyOf(xy, xy.length - 2); // drop the closing repeat of the first point
        boolean ccw = Orientation.isCCW(ring);
        if (ccw != shell) {
            reversePoints(xy);
        }
        chains.add(new Chain(xy, true, true, i, strength));
    }

    /** x, y pairs with consecutive repeats dropped; -0.0 becomes 0.0 so that equal points compare equal. */
    private static double[] distinctConsecutive(CoordinateSequence seq) {
        double[] xy = new double[seq.size() * 2];
        int n = 0;
        for (int k = 0; k < seq.size(); k++) {
            double x = seq.getX(k) + 0.0;
            double y = seq.getY(k) + 0.0;
            if (n == 0 || x != xy[n - 2] || y != xy[n - 1]) {
                xy[n++] = x;
                xy[n++] = y;
            }
        }
        return java.util.Arrays.copyOf(xy, n);
    }

    private static void reversePoints(double[] xy) {
        for (int a = 0, b = xy.length - 2; a < b; a += 2, b -= 2) {
            double x = xy[a];
            double y = xy[a + 1];
            xy[a] = xy[b];
            xy[a + 1] = xy[b + 1];
            xy[b] = x;
            xy[b + 1] = y;
        }
    }

    private static String name(int i) {
        return "barriers[" + i + "]";
    }
}
