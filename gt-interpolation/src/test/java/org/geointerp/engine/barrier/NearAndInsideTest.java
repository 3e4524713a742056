package org.geointerp.engine.barrier;

import static org.geointerp.engine.barrier.StraightBarrierTest.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class NearAndInsideTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** Many short lines, a large holed polygon spanning many grid cells, a small polygon, a strength polygon. */
    private static List<Geometry> barriers(Random r) {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double x = r.nextDouble() * 10, y = r.nextDouble() * 10, t = r.nextDouble() * Math.PI;
            out.add(GF.createLineString(
                    new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 0.8 * Math.cos(t), y + 0.8 * Math.sin(t))
                    }));
        }
        out.add(wkt("POLYGON ((1 1, 6 1.5, 5.5 6, 1.2 5, 1 1), (2 2, 4 2.2, 3.5 4, 2 2))"));
        out.add(wkt("POLYGON ((7 7, 8 7, 7.5 8, 7 7))"));
        out.add(wkt("POLYGON ((8 1, 9 1, 9 2, 8 2, 8 1))"));
        return out;
    }

    private static double[] strengths(int n) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, Double.NaN);
        s[n - 1] = 0.5; // the last polygon is a strength fence, not an obstacle
        return s;
    }

    @Test
    void nearIsExactDistanceTest() {
        Random r = new Random(11);
        List<Geometry> geometries = barriers(r);
        List<Geometry> linework = new ArrayList<>();
        for (Geometry g : geometries) {
            linework.add(g.getDimension() == 2 ? g.getBoundary() : g);
        }
        BarrierSet.Query q =
                BarrierSet.of(geometries, strengths(geometries.size())).query();
        int near = 0;
        for (int i = 0; i < 5000; i++) {
            double x = r.nextDouble() * 12 - 1, y = r.nextDouble() * 12 - 1, radius = r.nextDouble() * 0.6;
            Point p = GF.createPoint(new Coordinate(x, y));
            double distance =
                    linework.stream().mapToDouble(g -> g.distance(p)).min().orElseThrow();
            if (Math.abs(distance - radius) < 1e-9) {
                continue;
            }
            assertEquals(distance <= radius, q.near(x, y, radius), "(" + x + ", " + y + ") r " + radius);
            near += distance <= radius ? 1 : 0;
        }
        assertTrue(near > 500 && near < 4500, near + " near");
    }

    @Test
    void insideObstacleMatchesJts() {
        Random r = new Random(12);
        List<Geometry> geometries = barriers(r);
        BarrierSet.Query q =
                BarrierSet.of(geometries, strengths(geometries.size())).query();
        Geometry obstacles = geometries.get(60).union(geometries.get(61));
        int inside = 0;
        for (int i = 0; i < 20000; i++) {
            double x = r.nextDouble() * 12 - 1, y = r.nextDouble() * 12 - 1;
            Point p = GF.createPoint(new Coordinate(x, y));
            boolean expected = obstacles.contains(p);
            assertEquals(expected, q.insideObstacle(x, y), "(" + x + ", " + y + ")");
            inside += expected ? 1 : 0;
        }
        assertTrue(inside > 1000, inside + " inside");
        assertTrue(!q.insideObstacle(1, 1) && !q.insideObstacle(3, 2.1), "boundary and hole are outside");
        assertTrue(!q.insideObstacle(8.5, 1.5), "a polygon with a strength is not an obstacle");
    }

    @Test
    void farFromBarriersNothingIsBlocked() {
        Random r = new Random(13);
        List<Geometry> geometries = barriers(r);
        BarrierSet.Query q =
                BarrierSet.of(geometries, strengths(geometries.size())).query();
        int checked = 0;
        for (int i = 0; i < 20000; i++) {
            double x = r.nextDouble() * 12 - 1, y = r.nextDouble() * 12 - 1, radius = 0.05 + r.nextDouble() * 0.5;
            if (q.near(x, y, radius) || q.insideObstacle(x, y)) {
                continue;
            }
            for (int k = 0; k < 5; k++) {
                double t = r.nextDouble() * 2 * Math.PI, len = r.nextDouble() * radius;
                assertEquals(0, q.detour(x, y, x + len * Math.cos(t), y + len * Math.sin(t), 1));
            }
            checked++;
        }
        assertTrue(checked > 1000, checked + " far points");
    }
}
