package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.GridSpec;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A user-given 2D area (a JTS polygon or multipolygon, holes and non-convex shapes allowed). Grid rows are masked
 * by a scan line over the rings' edges (even-odd rule), which costs O(edges) per row instead of a point-in-polygon
 * test per cell.
 */
public final class PolygonDomain implements Domain {

    private final Geometry area;
    private final PreparedGeometry prepared;
    private final GeometryFactory factory;
    /** All ring edges, (x1, y1, x2, y2) per edge. */
    private final double[] edges;

    private final double tolerance;

    /** @param tolerance distance outside the boundary still counted as inside by {@link #contains} */
    public PolygonDomain(Geometry area, double tolerance) {
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new IllegalArgumentException("domain: must be a non-empty Polygon or MultiPolygon, got "
                    + (area == null ? "null" : area.getGeometryType()));
        }
        if (!area.isValid()) {
            throw new IllegalArgumentException("domain: polygon is not valid (self-intersecting or similar)");
        }
        this.area = area;
        this.prepared = PreparedGeometryFactory.prepare(area);
        this.factory = area.getFactory();
        this.tolerance = tolerance;
        double[] e = new double[0];
        int count = 0;
        for (int g = 0; g < area.getNumGeometries(); g++) {
            Polygon poly = (Polygon) area.getGeometryN(g);
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                LineString ring = r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r);
                Coordinate[] cs = ring.getCoordinates();
                e = Arrays.copyOf(e, (count + cs.length) * 4);
                for (int i = 0; i + 1 < cs.length; i++) {
                    e[count * 4] = cs[i].x;
                    e[count * 4 + 1] = cs[i].y;
                    e[count * 4 + 2] = cs[i + 1].x;
                    e[count * 4 + 3] = cs[i + 1].y;
                    count++;
                }
            }
        }
        this.edges = Arrays.copyOf(e, count * 4);
    }

    public Geometry area() {
        return area;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public boolean contains(double[] p) {
        return distanceOutside(p) <= tolerance;
    }

    @Override
    public double distanceOutside(double[] p) {
        Geometry point = factory.createPoint(new Coordinate(p[0], p[1]));
        return prepared.covers(point) ? 0 : area.distance(point);
    }

    @Override
    public void insideRow(GridSpec grid, int row, boolean[] inside) {
        Arrays.fill(inside, 0, grid.width(), false);
        double y = grid.y(row);
        double[] cross = new double[8];
        int n = 0;
        for (int e = 0; e < edges.length; e += 4) {
            double y1 = edges[e + 1];
            double y2 = edges[e + 3];
            if ((y1 > y) != (y2 > y)) {
                if (n == cross.length) {
                    cross = Arrays.copyOf(cross, n * 2);
                }
                double x1 = edges[e];
                cross[n++] = x1 + (y - y1) * (edges[e + 2] - x1) / (y2 - y1);
            }
        }
        Arrays.sort(cross, 0, n);
        for (int k = 0; k + 1 < n; k += 2) {
            Domain.markColumns(grid, cross[k], cross[k + 1], inside);
        }
    }
}
