package org.geointerp.engine.akima;

/**
 * A triangulation of the data area on primitive arrays: triangle {@code t} has vertices {@code tri[3t..3t+2]}
 * counter-clockwise; its edge {@code e} runs from vertex {@code e} to vertex {@code (e + 1) % 3} and
 * {@code adj[3t + e]} is the triangle across it, or -1 on the border. The border is one closed counter-clockwise
 * loop: segment {@code k} runs from {@code border[k]} to {@code border[(k + 1) % border.length]}, the data area on
 * its left.
 */
final class Mesh {

    final double[] u;
    final double[] v;
    final int[] tri;
    final int[] adj;
    final int[] border;

    Mesh(double[] u, double[] v, int[] tri) {
        this.u = u;
        this.v = v;
        this.tri = tri;
        this.adj = adjacency(u.length, tri);
        this.border = borderLoop(u.length, tri, adj);
    }

    int triangleCount() {
        return tri.length / 3;
    }

    /** Twice the signed area of (a, b, c): positive when counter-clockwise. */
    static double cross(double[] u, double[] v, int a, int b, int c) {
        return (u[b] - u[a]) * (v[c] - v[a]) - (v[b] - v[a]) * (u[c] - u[a]);
    }

    /** Neighbours across edges, through the triangles incident to each vertex (no boxed edge map). */
    private static int[] adjacency(int n, int[] tri) {
        int nt = tri.length / 3;
        int[] start = new int[n + 1];
        for (int c : tri) {
            start[c + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] incident = new int[tri.length];
        int[] fill = start.clone();
        for (int t = 0; t < nt; t++) {
            for (int e = 0; e < 3; e++) {
                int c = tri[3 * t + e];
                incident[fill[c]++] = t;
            }
        }
        int[] adj = new int[tri.length];
        java.util.Arrays.fill(adj, -1);
        for (int t = 0; t < nt; t++) {
            for (int e = 0; e < 3; e++) {
                int a = tri[3 * t + e];
                int b = tri[3 * t + (e + 1) % 3];
                // the neighbour holds the same edge the other way round, b -> a
                for (int s = start[b]; s < start[b + 1]; s++) {
                    int o = incident[s];
                    if (o != t && edgeIndex(tri, o, b, a) >= 0) {
                        adj[3 * t + e] = o;
                        break;
                    }
                }
            }
        }
        return adj;
    }

    /** The edge index of the directed edge a -> b in triangle t, or -1. */
    static int edgeIndex(int[] tri, int t, int a, int b) {
        for (int e = 0; e < 3; e++) {
            if (tri[3 * t + e] == a && tri[3 * t + (e + 1) % 3] == b) {
                return e;
            }
        }
        return -1;
    }

    private static int[] borderLoop(int n, int[] tri, int[] adj) {
        int[] next = new int[n];
        java.util.Arrays.fill(next, -1);
        int first = -1;
        int segments = 0;
        for (int t = 0; t < tri.length / 3; t++) {
            for (int e = 0; e < 3; e++) {
                if (adj[3 * t + e] < 0) {
                    int a = tri[3 * t + e];
                    if (next[a] >= 0) {
                        throw new IllegalStateException("border of the triangulation is not a simple loop at point " + a);
                    }
                    next[a] = tri[3 * t + (e + 1) % 3];
                    first = a;
                    segments++;
                }
            }
        }
        int[] loop = new int[segments];
        int p = first;
        for (int k = 0; k < segments; k++) {
            loop[k] = p;
            p = next[p];
        }
        if (p != first) {
            throw new IllegalStateException("border of the triangulation is not one closed loop");
        }
        return loop;
    }
}
