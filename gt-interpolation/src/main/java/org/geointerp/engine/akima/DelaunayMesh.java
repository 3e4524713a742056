package org.geointerp.engine.akima;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.triangulate.IncrementalDelaunayTriangulator;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

/**
 * Delaunay triangulation of the convex hull of the (distinct, not all collinear) data points, by JTS's incremental
 * triangulator. Points are inserted along a Hilbert curve: JTS locates each new point by walking from the last one,
 * so a spatially coherent order keeps the walks short. The point index rides in the vertex's z.
 */
final class DelaunayMesh {

    private DelaunayMesh() {}

    static Mesh of(double[] u, double[] v) {
        int n = u.length;
        Envelope env = new Envelope();
        List<Vertex> sites = new ArrayList<>(n);
        for (int i : HilbertOrder.of(u, v)) {
            Vertex vertex = new Vertex(u[i], v[i], i);
            sites.add(vertex);
            env.expandToInclude(u[i], v[i]);
        }
        QuadEdgeSubdivision subdivision = new QuadEdgeSubdivision(env, 0.0);
        IncrementalDelaunayTriangulator triangulator = new IncrementalDelaunayTriangulator(subdivision);
        triangulator.forceConvex(true);
        triangulator.insertSites(sites);
        @SuppressWarnings("unchecked")
        List<Vertex[]> triangles = subdivision.getTriangleVertices(false);
        int[] tri = new int[3 * triangles.size()];
        int m = 0;
        for (Vertex[] t : triangles) {
            int a = (int) t[0].getZ();
            int b = (int) t[1].getZ();
            int c = (int) t[2].getZ();
            double area = Mesh.cross(u, v, a, b, c);
            if (area == 0) {
                continue; // JTS may keep flat slivers of collinear hull points; they carry no area
            }
            tri[m++] = a;
            tri[m++] = area > 0 ? b : c;
            tri[m++] = area > 0 ? c : b;
        }
        return new Mesh(u, v, java.util.Arrays.copyOf(tri, m));
    }
}
