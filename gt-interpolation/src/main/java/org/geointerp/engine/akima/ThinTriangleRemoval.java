package org.geointerp.engine.akima;

import java.util.Arrays;

/**
 * Removes thin triangles along the border of the triangulation (Appendix B): a triangle that has a border segment
 * as its base and a height-to-base ratio below {@link #MIN_HEIGHT_TO_BASE} is dropped, and its two other sides
 * become border. One pass looks at the border as it was at the start of the pass, in the order of the triangles'
 * positions (so the result depends on the points, not on how the triangulation numbered them); passes repeat,
 * at most {@link #MAX_PASSES} times, until nothing changes.
 *
 * <p>A triangle is kept when its apex already lies on the border (including apexes put there earlier in the same
 * pass): removing it would pinch the data area into two pieces joined at one point, and the border would stop
 * being one simple loop. Akima's SDTRTT does not check this; it does not occur in Franke's test sets.
 *
 * <p>Only triangles on the border are ever looked at, and the mesh is rebuilt once at the end: the work is
 * proportional to the border per pass plus one copy of the mesh (rebuilding the whole mesh per pass cost 0.15 to
 * 0.4 s at 100,000 points).
 */
final class ThinTriangleRemoval {

    /** Akima's HBRMN. */
    static final double MIN_HEIGHT_TO_BASE = 0.1;
    /** Akima's NRRTT. */
    static final int MAX_PASSES = 5;

    private ThinTriangleRemoval() {}

    static Mesh apply(Mesh mesh) {
        int nt = mesh.triangleCount();
        int[] tri = mesh.tri;
        int[] adj = mesh.adj.clone();
        boolean[] onBorder = new boolean[mesh.u.length];
        boolean[] candidate = new boolean[nt];
        int[] border = new int[16];
        int borderCount = 0;
        for (int t = 0; t < nt; t++) {
            for (int e = 0; e < 3; e++) {
                if (adj[3 * t + e] < 0) {
                    onBorder[tri[3 * t + e]] = true;
                    onBorder[tri[3 * t + (e + 1) % 3]] = true;
                    if (!candidate[t]) {
                        candidate[t] = true;
                        border = grow(border, borderCount);
                        border[borderCount++] = t;
                    }
                }
            }
        }
        boolean[] removed = new boolean[nt];
        int remaining = nt;
        int[] removedNow = new int[16];
        for (int pass = 0; pass < MAX_PASSES && remaining > 1; pass++) {
            // the pass visits border triangles in the order of their positions (not of their numbers, which depend
            // on the order the triangulation was built in), with the adjacency as it was at its start: when two
            // thin triangles of one pass share an apex, which one goes then depends on the points alone, so a map
            // tile holding the same triangles decides as the whole data set does
            sortByPosition(mesh, border, borderCount);
            int count = 0;
            for (int k = 0; k < borderCount; k++) {
                int t = border[k];
                if (!removed[t] && count < remaining - 1 && isThin(mesh, adj, onBorder, t)) {
                    onBorder[apex(tri, adj, t)] = true;
                    removedNow = grow(removedNow, count);
                    removedNow[count++] = t;
                }
            }
            if (count == 0) {
                break;
            }
            for (int r = 0; r < count; r++) {
                removed[removedNow[r]] = true;
            }
            remaining -= count;
            // the neighbours of removed triangles get a border side: they are looked at from the next pass on
            for (int r = 0; r < count; r++) {
                int t = removedNow[r];
                for (int e = 0; e < 3; e++) {
                    int o = adj[3 * t + e];
                    if (o < 0 || removed[o]) {
                        continue;
                    }
                    for (int f = 0; f < 3; f++) {
                        if (adj[3 * o + f] == t) {
                            adj[3 * o + f] = -1;
                        }
                    }
                    if (!candidate[o]) {
                        candidate[o] = true;
                        border = grow(border, borderCount);
                        border[borderCount++] = o;
                    }
                }
            }
        }
        return remaining == nt ? mesh : compact(mesh, adj, removed, remaining);
    }

    /** Whether t has exactly one border side, its apex is not on the border, and it is thin over that side. */
    private static boolean isThin(Mesh mesh, int[] adj, boolean[] onBorder, int t) {
        int borderEdges = 0;
        int edge = -1;
        for (int e = 0; e < 3; e++) {
            if (adj[3 * t + e] < 0) {
                borderEdges++;
                edge = e;
            }
        }
        // a triangle with two or three border sides has its apex on the border: never removed
        if (borderEdges != 1) {
            return false;
        }
        int a = mesh.tri[3 * t + edge];
        int b = mesh.tri[3 * t + (edge + 1) % 3];
        int apex = mesh.tri[3 * t + (edge + 2) % 3];
        if (onBorder[apex]) {
            return false;
        }
        double du = mesh.u[b] - mesh.u[a];
        double dv = mesh.v[b] - mesh.v[a];
        return Mesh.cross(mesh.u, mesh.v, a, b, apex) / (du * du + dv * dv) < MIN_HEIGHT_TO_BASE;
    }

    /** The vertex opposite the one border side of t. */
    private static int apex(int[] tri, int[] adj, int t) {
        for (int e = 0; e < 3; e++) {
            if (adj[3 * t + e] < 0) {
                return tri[3 * t + (e + 2) % 3];
            }
        }
        throw new IllegalStateException("triangle " + t + " has no border side");
    }

    /** Sorts triangles by their vertices' positions: lowest vertex (u, then v) first, then the next two. */
    private static void sortByPosition(Mesh mesh, int[] triangles, int count) {
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) {
            boxed[i] = triangles[i];
        }
        Arrays.sort(boxed, (a, b) -> comparePosition(mesh.u, mesh.v, mesh.tri, a, b));
        for (int i = 0; i < count; i++) {
            triangles[i] = boxed[i];
        }
    }

    /** The order of triangles a and b of {@code tri} by their vertices' positions, lowest vertex first. */
    static int comparePosition(double[] u, double[] v, int[] tri, int a, int b) {
        int[] va = sortedVertices(u, v, tri, a);
        int[] vb = sortedVertices(u, v, tri, b);
        for (int k = 0; k < 3; k++) {
            int c = compareVertex(u, v, va[k], vb[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int[] sortedVertices(double[] u, double[] v, int[] tri, int t) {
        int[] p = {tri[3 * t], tri[3 * t + 1], tri[3 * t + 2]};
        for (int i = 1; i < 3; i++) {
            for (int j = i; j > 0 && compareVertex(u, v, p[j], p[j - 1]) < 0; j--) {
                int x = p[j];
                p[j] = p[j - 1];
                p[j - 1] = x;
            }
        }
        return p;
    }

    private static int compareVertex(double[] u, double[] v, int p, int q) {
        int c = Double.compare(u[p], u[q]);
        return c != 0 ? c : Double.compare(v[p], v[q]);
    }

    private static int[] grow(int[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, 2 * a.length);
    }

    /** The kept triangles, renumbered in their old order, with their neighbours renumbered too. */
    private static Mesh compact(Mesh mesh, int[] adj, boolean[] removed, int remaining) {
        int nt = removed.length;
        int[] renumber = new int[nt];
        int m = 0;
        for (int t = 0; t < nt; t++) {
            renumber[t] = removed[t] ? -1 : m++;
        }
        int[] tri = new int[3 * remaining];
        int[] newAdj = new int[3 * remaining];
        for (int t = 0; t < nt; t++) {
            int s = renumber[t];
            if (s < 0) {
                continue;
            }
            for (int e = 0; e < 3; e++) {
                tri[3 * s + e] = mesh.tri[3 * t + e];
                int o = adj[3 * t + e];
                newAdj[3 * s + e] = o < 0 ? -1 : renumber[o];
            }
        }
        return new Mesh(mesh.u, mesh.v, tri, newAdj);
    }
}
