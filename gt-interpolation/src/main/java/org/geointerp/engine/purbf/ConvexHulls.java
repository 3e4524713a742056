package org.geointerp.engine.purbf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.PointSet;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The convex hull of a point set as a {@link ConvexPolytope}: in 2D through JTS, in 3D by an incremental hull
 * (below). Other dimensions are refused with a message: the caller may pass a domain or extrapolate instead.
 */
public final class ConvexHulls {

    private ConvexHulls() {}

    /**
     * @param tolerance distance outside the hull still counted as inside
     * @throws IllegalArgumentException if the points span less than the full dimension (collinear in 2D,
     *     coplanar in 3D) or the dimension is not 2 or 3
     */
    public static ConvexPolytope of(PointSet points, double tolerance) {
        return switch (points.dimension()) {
            case 2 -> hull2D(points, tolerance);
            case 3 -> new Hull3D(points).polytope(tolerance);
            default ->
                throw new IllegalArgumentException("domain: the convex hull is available in 2D and 3D only; "
                        + "dimension " + points.dimension() + " needs a given domain or extrapolation");
        };
    }

    private static ConvexPolytope hull2D(PointSet points, double tolerance) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(points.x()[i], points.y()[i]);
        }
        Geometry hull = new ConvexHull(cs, new GeometryFactory()).getConvexHull();
        if (!(hull instanceof Polygon poly)) {
            throw new IllegalArgumentException("points: all data points are collinear, their convex hull has no "
                    + "area; give a domain polygon or extrapolate");
        }
        Coordinate[] ring = poly.getExteriorRing().getCoordinates();
        double[] xs = new double[ring.length - 1];
        double[] ys = new double[ring.length - 1];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = ring[i].x;
            ys[i] = ring[i].y;
        }
        return ConvexPolytope.ofPolygon(xs, ys, tolerance);
    }

    /**
     * Incremental 3D convex hull: start from a tetrahedron of extreme points, then add each point outside the
     * current hull by removing the faces it sees and closing the hole with a fan from the horizon. A point is
     * tested against all faces, O(n * faces), which is fast here because hulls of real data have a few hundred
     * to a few thousand faces; points are inserted farthest from the centre first, so the hull is nearly complete early and most later
     * points see no face.
     */
    private static final class Hull3D {
        private final double[] x;
        private final double[] y;
        private final double[] z;
        private final double eps;
        private final List<int[]> faces = new ArrayList<>();
        private final List<double[]> planes = new ArrayList<>(); // nx, ny, nz, offset (unnormalised)
        private final double[] inner = new double[3];

        Hull3D(PointSet p) {
            x = p.coordinate(0);
            y = p.coordinate(1);
            z = p.coordinate(2);
            double extent = 0;
            for (int a = 0; a < 3; a++) {
                double[] r = p.range(a);
                extent = Math.max(extent, r[1] - r[0]);
            }
            eps = 1e-12 * Math.max(extent, Double.MIN_NORMAL);
            build();
        }

        private void build() {
            int n = x.length;
            int i0 = 0;
            int i1 = 0;
            for (int i = 1; i < n; i++) {
                if (x[i] < x[i0]) i0 = i;
                if (x[i] > x[i1]) i1 = i;
            }
            int i2 = -1;
            double best = 0;
            for (int i = 0; i < n; i++) {
                double d = norm(cross(sub(i1, i0), sub(i, i0)));
                if (d > best) {
                    best = d;
                    i2 = i;
                }
            }
            double[] normal = i2 < 0 ? null : cross(sub(i1, i0), sub(i2, i0));
            int i3 = -1;
            best = 0;
            for (int i = 0; normal != null && i < n; i++) {
                double d = Math.abs(dot(normal, sub(i, i0)));
                if (d > best) {
                    best = d;
                    i3 = i;
                }
            }
            if (i3 < 0 || best <= eps * norm(normal)) {
                throw new IllegalArgumentException("points: all data points are coplanar, their convex hull has no "
                        + "volume; give a domain or extrapolate");
            }
            int[] t = {i0, i1, i2, i3};
            for (int v : t) {
                inner[0] += x[v] / 4;
                inner[1] += y[v] / 4;
                inner[2] += z[v] / 4;
            }
            addFace(i0, i1, i2);
            addFace(i0, i1, i3);
            addFace(i0, i2, i3);
            addFace(i1, i2, i3);
            Integer[] order = new Integer[n];
            double[] far = new double[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                double dx = x[i] - inner[0];
                double dy = y[i] - inner[1];
                double dz = z[i] - inner[2];
                far[i] = dx * dx + dy * dy + dz * dz;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(far[b], far[a]));
            for (int i : order) {
                insert(i);
            }
        }

        /** Adds face (a, b, c), oriented so that its normal points away from the interior point. */
        private void addFace(int a, int b, int c) {
            double[] nrm = cross(sub(b, a), sub(c, a));
            double off = nrm[0] * x[a] + nrm[1] * y[a] + nrm[2] * z[a];
            if (nrm[0] * inner[0] + nrm[1] * inner[1] + nrm[2] * inner[2] > off) {
                int s = b;
                b = c;
                c = s;
                nrm[0] = -nrm[0];
                nrm[1] = -nrm[1];
                nrm[2] = -nrm[2];
                off = -off;
            }
            faces.add(new int[] {a, b, c});
            planes.add(new double[] {nrm[0], nrm[1], nrm[2], off});
        }

        private void insert(int p) {
            boolean[] visible = new boolean[faces.size()];
            boolean any = false;
            for (int f = 0; f < faces.size(); f++) {
                double[] pl = planes.get(f);
                double s = pl[0] * x[p] + pl[1] * y[p] + pl[2] * z[p] - pl[3];
                double len = Math.sqrt(pl[0] * pl[0] + pl[1] * pl[1] + pl[2] * pl[2]);
                if (s > eps * len) {
                    visible[f] = true;
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            // horizon: directed edges of visible faces whose reverse edge does not belong to a visible face
            Map<Long, int[]> edges = new HashMap<>();
            for (int f = 0; f < faces.size(); f++) {
                if (visible[f]) {
                    int[] v = faces.get(f);
                    for (int k = 0; k < 3; k++) {
                        int a = v[k];
                        int b = v[(k + 1) % 3];
                        long reverse = ((long) b << 32) | a;
                        if (edges.remove(reverse) == null) {
                            edges.put(((long) a << 32) | b, new int[] {a, b});
                        }
                    }
                }
            }
            List<int[]> keptFaces = new ArrayList<>();
            List<double[]> keptPlanes = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) {
                if (!visible[f]) {
                    keptFaces.add(faces.get(f));
                    keptPlanes.add(planes.get(f));
                }
            }
            faces.clear();
            planes.clear();
            faces.addAll(keptFaces);
            planes.addAll(keptPlanes);
            for (int[] e : edges.values()) {
                addFace(e[0], e[1], p);
            }
        }

        ConvexPolytope polytope(double tolerance) {
            double[][] normals = new double[planes.size()][];
            double[] offsets = new double[planes.size()];
            for (int f = 0; f < planes.size(); f++) {
                double[] pl = planes.get(f);
                normals[f] = new double[] {pl[0], pl[1], pl[2]};
                offsets[f] = pl[3];
            }
            return new ConvexPolytope(normals, offsets, tolerance);
        }

        private double[] sub(int i, int j) {
            return new double[] {x[i] - x[j], y[i] - y[j], z[i] - z[j]};
        }

        private static double[] cross(double[] a, double[] b) {
            return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        }

        private static double dot(double[] a, double[] b) {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }

        private static double norm(double[] a) {
            return Math.sqrt(dot(a, a));
        }
    }
}
