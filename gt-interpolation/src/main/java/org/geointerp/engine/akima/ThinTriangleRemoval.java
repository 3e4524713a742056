package org.geointerp.engine.akima;

/**
 * Removes thin triangles along the border of the triangulation (Appendix B): a triangle that has a border segment
 * as its base and a height-to-base ratio below {@link #MIN_HEIGHT_TO_BASE} is dropped, and its two other sides
 * become border. One pass looks at the border as it was at the start of the pass; passes repeat, at most
 * {@link #MAX_PASSES} times, until nothing changes.
 *
 * <p>A triangle is kept when its apex already lies on the border (including apexes put there earlier in the same
 * pass): removing it would pinch the data area into two pieces joined at one point, and the border would stop
 * being one simple loop. Akima's SDTRTT does not check this; it does not occur in Franke's test sets.
 */
final class ThinTriangleRemoval {

    /** Akima's HBRMN. */
    static final double MIN_HEIGHT_TO_BASE = 0.1;
    /** Akima's NRRTT. */
    static final int MAX_PASSES = 5;

    private ThinTriangleRemoval() {}

    static Mesh apply(Mesh mesh) {
        Mesh current = mesh;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Mesh next = onePass(current);
            if (next == current) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static Mesh onePass(Mesh mesh) {
        int nt = mesh.triangleCount();
        if (nt <= 1) {
            return mesh;
        }
        boolean[] onBorder = new boolean[mesh.u.length];
        for (int p : mesh.border) {
            onBorder[p] = true;
        }
        boolean[] removed = new boolean[nt];
        int removedCount = 0;
        for (int t = 0; t < nt; t++) {
            int borderEdges = 0;
            int edge = -1;
            for (int e = 0; e < 3; e++) {
                if (mesh.adj[3 * t + e] < 0) {
                    borderEdges++;
                    edge = e;
                }
            }
            // a triangle with two or three border sides has its apex on the border: never removed
            if (borderEdges != 1) {
                continue;
            }
            int a = mesh.tri[3 * t + edge];
            int b = mesh.tri[3 * t + (edge + 1) % 3];
            int apex = mesh.tri[3 * t + (edge + 2) % 3];
            if (onBorder[apex] || removedCount == nt - 1) {
                continue;
            }
            double du = mesh.u[b] - mesh.u[a];
            double dv = mesh.v[b] - mesh.v[a];
            double heightToBase = Mesh.cross(mesh.u, mesh.v, a, b, apex) / (du * du + dv * dv);
            if (heightToBase < MIN_HEIGHT_TO_BASE) {
                removed[t] = true;
                removedCount++;
                onBorder[apex] = true;
            }
        }
        if (removedCount == 0) {
            return mesh;
        }
        int[] tri = new int[3 * (nt - removedCount)];
        int m = 0;
        for (int t = 0; t < nt; t++) {
            if (!removed[t]) {
                System.arraycopy(mesh.tri, 3 * t, tri, m, 3);
                m += 3;
            }
        }
        return new Mesh(mesh.u, mesh.v, tri);
    }
}
