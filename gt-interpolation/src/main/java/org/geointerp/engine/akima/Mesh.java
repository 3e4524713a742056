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

    /** A mesh from triangles and their neighbours across edges, as the triangulation delivers them. */
    Mesh(double[] u, double[] v, int[] tri, int[] adj) {
        this.u = u;
        this.v = v;
        this.tri = tri;
        this.adj = adj;
        this.border = borderLoop(u.length, tri, adj);
    }

    int triangleCount() {
        return tri.length / 3;
    }

    /** Twice the signed area of (a, b, c): positive when counter-clockwise. */
    static double cross(double[] u, double[] v, int a, int b, int c) {
        return (u[b] - u[a]) * (v[c] - v[a]) - (v[b] - v[a]) * (u[c] - u[a]);
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
                        throw new IllegalStateException(
                                "border of the triangulation is not a simple loop at point " + a);
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
