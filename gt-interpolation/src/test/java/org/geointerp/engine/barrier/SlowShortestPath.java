package org.geointerp.engine.barrier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * An obvious, slow reference for the geometric detour, sharing nothing with the implementation: lines are
 * thickened into thin JTS polygons (buffer of width 2 eps), everything is unioned, and Dijkstra runs on the full
 * visibility graph of all vertices of the union, an edge being free when JTS finds that its interior does not meet
 * the union's interior. Path lengths differ from the zero-width model by a few eps per bend.
 */
final class SlowShortestPath {

    private static final GeometryFactory GF = new GeometryFactory();

    private final Geometry blocked;
    private final Geometry polygons;
    private final RelateNG relate;
    private final Coordinate[] vertices;
    private final boolean[][] visible;

    SlowShortestPath(List<Geometry> barriers, double eps) {
        List<Geometry> parts = new ArrayList<>();
        List<Geometry> areas = new ArrayList<>();
        for (Geometry g : barriers) {
            if (g instanceof Polygonal) {
                parts.add(g);
                areas.add(g);
            } else {
                parts.add(g.buffer(eps, 2));
            }
        }
        blocked = UnaryUnionOp.union(parts);
        polygons = areas.isEmpty() ? GF.createPolygon() : UnaryUnionOp.union(areas);
        relate = RelateNG.prepare(blocked);
        Set<Coordinate> distinct = new LinkedHashSet<>(Arrays.asList(blocked.getCoordinates()));
        vertices = distinct.toArray(new Coordinate[0]);
        int n = vertices.length;
        visible = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                visible[i][j] = visible[j][i] = free(vertices[i], vertices[j]);
            }
        }
    }

    boolean insidePolygon(double x, double y) {
        return polygons.contains(GF.createPoint(new Coordinate(x, y)));
    }

    double distanceToBarriers(double x, double y) {
        return blocked.distance(GF.createPoint(new Coordinate(x, y)));
    }

    /** Shortest path length from P to D avoiding the interior of every barrier, +Inf when there is none. */
    double length(double px, double py, double qx, double qy) {
        Coordinate p = new Coordinate(px, py);
        Coordinate q = new Coordinate(qx, qy);
        if (free(p, q)) {
            return p.distance(q);
        }
        int n = vertices.length;
        double[] dist = new double[n + 1]; // n = the target
        boolean[] done = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            dist[i] = free(p, vertices[i]) ? p.distance(vertices[i]) : Double.POSITIVE_INFINITY;
        }
        dist[n] = Double.POSITIVE_INFINITY;
        boolean[] toTarget = new boolean[n];
        for (int i = 0; i < n; i++) {
            toTarget[i] = free(vertices[i], q);
        }
        while (true) {
            int best = -1;
            for (int i = 0; i <= n; i++) {
                if (!done[i] && dist[i] < Double.POSITIVE_INFINITY && (best < 0 || dist[i] < dist[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return Double.POSITIVE_INFINITY;
            }
            if (best == n) {
                return dist[n];
            }
            done[best] = true;
            for (int j = 0; j < n; j++) {
                if (!done[j] && visible[best][j]) {
                    dist[j] = Math.min(dist[j], dist[best] + vertices[best].distance(vertices[j]));
                }
            }
            if (toTarget[best]) {
                dist[n] = Math.min(dist[n], dist[best] + vertices[best].distance(q));
            }
        }
    }

    private boolean free(Coordinate a, Coordinate b) {
        if (a.equals2D(b)) {
            return true;
        }
        // interior of the segment must not meet the interior of the barriers
        return !relate.evaluate(GF.createLineString(new Coordinate[] {a, b}), "T********");
    }
}
