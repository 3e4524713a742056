package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Progress;
import org.junit.jupiter.api.Test;

/**
 * The (Tinfour) triangulation is Delaunay (no data point strictly inside any triangle's circumcircle, checked by
 * brute force), covers the convex hull, has every point as a vertex and its neighbours right, and thin-triangle removal leaves one simple border with no thin border triangle
 * whose apex is inside. The fast grid walk gives the same numbers as cell-by-cell evaluation.
 */
class TriangulationTest {

    @Test
    void triangulationHasEmptyCircumcircles() {
        Random random = new Random(17);
        for (int round = 0; round < 5; round++) {
            double[][] uv = uniform(random, 50 + round * 150, 0.6);
            assertDelaunay(DelaunayMesh.of(uv[0], uv[1]));
        }
        // DPS2 is a lattice: four points on a circle everywhere, either diagonal is Delaunay
        for (int dps = 1; dps <= 3; dps++) {
            double[][] xy = FrankeData.pointSet(dps);
            Frame f = Frame.of(xy[0], xy[1]);
            assertDelaunay(DelaunayMesh.of(f.us(xy[0]), f.vs(xy[1])));
        }
        // a cluster 10^-7 wide among points 10^-1 apart: Tinfour must neither merge nor drop cluster points
        int n = 120;
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            boolean inCluster = i >= 100;
            u[i] = inCluster ? 0.5 + random.nextDouble() * 1e-7 : random.nextDouble();
            v[i] = inCluster ? 0.5 + random.nextDouble() * 1e-7 : random.nextDouble();
        }
        assertDelaunay(DelaunayMesh.of(u, v));
    }

    @Test
    void semiVirtualTriangulatorGivesTheSameTriangles() {
        // the triangulator used from 500,000 points on, checked here on small sets against the standard one
        Random random = new Random(29);
        for (int round = 0; round < 4; round++) {
            double[][] uv = uniform(random, 100 + round * 300, 1);
            Mesh semi = DelaunayMesh.of(uv[0], uv[1], true);
            assertDelaunay(semi);
            assertEquals(triangleSet(DelaunayMesh.of(uv[0], uv[1], false)), triangleSet(semi));
        }
        double[][] xy = FrankeData.pointSet(3);
        Frame f = Frame.of(xy[0], xy[1]);
        assertDelaunay(DelaunayMesh.of(f.us(xy[0]), f.vs(xy[1]), true));
    }

    /** n points uniform in [0, 1] x [0, height]. */
    private static double[][] uniform(Random random, int n, double height) {
        double[][] uv = new double[2][n];
        for (int i = 0; i < n; i++) {
            uv[0][i] = random.nextDouble();
            uv[1][i] = random.nextDouble() * height;
        }
        return uv;
    }

    /** Each triangle as its vertices rotated to start at the smallest index. */
    private static java.util.Set<java.util.List<Integer>> triangleSet(Mesh mesh) {
        java.util.Set<java.util.List<Integer>> set = new java.util.HashSet<>();
        for (int t = 0; t < mesh.triangleCount(); t++) {
            int s = 0;
            for (int e = 1; e < 3; e++) {
                if (mesh.tri[3 * t + e] < mesh.tri[3 * t + s]) {
                    s = e;
                }
            }
            set.add(java.util.List.of(
                    mesh.tri[3 * t + s], mesh.tri[3 * t + (s + 1) % 3], mesh.tri[3 * t + (s + 2) % 3]));
        }
        return set;
    }

    private static void assertDelaunay(Mesh mesh) {
        double[] u = mesh.u;
        double[] v = mesh.v;
        int n = u.length;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            int a = mesh.tri[3 * t];
            int b = mesh.tri[3 * t + 1];
            int c = mesh.tri[3 * t + 2];
            assertTrue(Mesh.cross(u, v, a, b, c) > 0, "counter-clockwise");
            for (int p = 0; p < n; p++) {
                if (p != a && p != b && p != c) {
                    assertTrue(inCircle(u, v, a, b, c, p) <= 1e-12, "point " + p + " inside circumcircle of " + t);
                }
            }
        }
        // a triangulation of the convex hull of n points with h on the hull has 2n - 2 - h triangles
        assertEquals(2 * n - 2 - mesh.border.length, mesh.triangleCount());
        // neighbours: the triangle across edge a -> b holds b -> a, and every inner edge is seen from both sides
        for (int t = 0; t < mesh.triangleCount(); t++) {
            for (int e = 0; e < 3; e++) {
                int o = mesh.adj[3 * t + e];
                if (o < 0) {
                    continue;
                }
                int a = mesh.tri[3 * t + e];
                int b = mesh.tri[3 * t + (e + 1) % 3];
                boolean twin = false;
                for (int f = 0; f < 3; f++) {
                    twin |= mesh.tri[3 * o + f] == b && mesh.tri[3 * o + (f + 1) % 3] == a && mesh.adj[3 * o + f] == t;
                }
                assertTrue(twin, "triangle " + o + " across edge " + e + " of " + t + " does not hold it back");
            }
        }
    }

    /** Positive when p is strictly inside the circumcircle of the counter-clockwise triangle (a, b, c). */
    private static double inCircle(double[] u, double[] v, int a, int b, int c, int p) {
        double ax = u[a] - u[p];
        double ay = v[a] - v[p];
        double bx = u[b] - u[p];
        double by = v[b] - v[p];
        double cx = u[c] - u[p];
        double cy = v[c] - v[p];
        return (ax * ax + ay * ay) * (bx * cy - cx * by)
                - (bx * bx + by * by) * (ax * cy - cx * ay)
                + (cx * cx + cy * cy) * (ax * by - bx * ay);
    }

    @Test
    void thinBorderTrianglesAreRemoved() {
        for (int dps = 1; dps <= 3; dps++) {
            double[][] xy = FrankeData.pointSet(dps);
            Frame f = Frame.of(xy[0], xy[1]);
            Mesh hull = DelaunayMesh.of(f.us(xy[0]), f.vs(xy[1]));
            Mesh mesh = ThinTriangleRemoval.apply(hull);
            assertTrue(mesh.triangleCount() <= hull.triangleCount());
            boolean[] onBorder = new boolean[mesh.u.length];
            for (int p : mesh.border) {
                assertTrue(!onBorder[p], "border loop visits point " + p + " twice");
                onBorder[p] = true;
            }
            for (int t = 0; t < mesh.triangleCount(); t++) {
                for (int e = 0; e < 3; e++) {
                    if (mesh.adj[3 * t + e] >= 0) {
                        continue;
                    }
                    int a = mesh.tri[3 * t + e];
                    int b = mesh.tri[3 * t + (e + 1) % 3];
                    int apex = mesh.tri[3 * t + (e + 2) % 3];
                    double du = mesh.u[b] - mesh.u[a];
                    double dv = mesh.v[b] - mesh.v[a];
                    double ratio = Mesh.cross(mesh.u, mesh.v, a, b, apex) / (du * du + dv * dv);
                    assertTrue(
                            ratio >= ThinTriangleRemoval.MIN_HEIGHT_TO_BASE || onBorder[apex],
                            "DPS" + dps + ": thin border triangle " + t + " (ratio " + ratio + ") left");
                }
            }
        }
    }

    @Test
    void gridWalkMatchesPointEvaluation() {
        Random random = new Random(23);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100 + 50 * random.nextDouble();
            y[i] = 20 + 30 * random.nextDouble();
            z[i] = Math.sin(x[i] / 7) * Math.cos(y[i] / 5);
        }
        for (boolean extrapolate : new boolean[] {false, true}) {
            AkimaSurface s = new AkimaInterpolator(extrapolate).fit(PointSet.of2D(x, y, z));
            GridSpec grid = new GridSpec(95, 15, 155, 55, 97, 61);
            float[] walked = GridEvaluator.evaluate(s, grid, Progress.NONE)[0];
            for (int row = 0; row < grid.height(); row++) {
                for (int col = 0; col < grid.width(); col++) {
                    float expected = (float) s.value(grid.x(col), grid.y(row));
                    assertEquals(expected, walked[row * grid.width() + col], 0f, "cell " + row + ", " + col);
                }
            }
        }
    }
}
