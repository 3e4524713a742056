package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The removal that looks only at border triangles and rebuilds the mesh once removes exactly the triangles of the
 * plain procedure below, which rescans every triangle and recomputes all neighbours and the border each pass.
 */
class ThinTriangleRemovalTest {

    @Test
    void sameTrianglesAsRescanningEveryPass() {
        int removedSomewhere = 0;
        for (int dps = 1; dps <= 3; dps++) {
            double[][] xy = FrankeData.pointSet(dps);
            Frame f = Frame.of(xy[0], xy[1]);
            removedSomewhere += compare(DelaunayMesh.of(f.us(xy[0]), f.vs(xy[1])), "DPS" + dps);
        }
        Random random = new Random(41);
        for (int round = 0; round < 20; round++) {
            // points in a flat ellipse and near its rim: long thin triangles along the border, several passes
            int n = 40 + 20 * round;
            double[] u = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * random.nextDouble();
                double r = i % 3 == 0 ? 1 : Math.sqrt(random.nextDouble());
                u[i] = 0.5 + 0.5 * r * Math.cos(a);
                v[i] = 0.5 + 0.1 * r * Math.sin(a);
            }
            removedSomewhere += compare(DelaunayMesh.of(u, v), "ellipse " + round);
        }
        assertTrue(removedSomewhere > 20, removedSomewhere + " meshes lost triangles");
    }

    /** Returns 1 when triangles were removed. */
    private static int compare(Mesh mesh, String label) {
        int[] expected = reference(mesh);
        Mesh fast = ThinTriangleRemoval.apply(mesh);
        assertArrayEquals(expected, fast.tri, label);
        return expected.length < mesh.tri.length ? 1 : 0;
    }

    /**
     * Akima's passes, written plainly: every pass rescans all triangles of the mesh as it stood at its start, in the
     * order of their positions.
     */
    private static int[] reference(Mesh mesh) {
        int[] tri = mesh.tri.clone();
        for (int pass = 0; pass < ThinTriangleRemoval.MAX_PASSES; pass++) {
            int nt = tri.length / 3;
            if (nt <= 1) {
                break;
            }
            int[] adj = neighbours(tri);
            boolean[] onBorder = new boolean[mesh.u.length];
            for (int k = 0; k < adj.length; k++) {
                if (adj[k] < 0) {
                    onBorder[tri[k]] = true;
                    onBorder[tri[3 * (k / 3) + (k % 3 + 1) % 3]] = true;
                }
            }
            boolean[] removed = new boolean[nt];
            int count = 0;
            // the triangles in the order of their positions, as the removal visits them
            int[] tri0 = tri;
            Integer[] order = new Integer[nt];
            for (int t = 0; t < nt; t++) {
                order[t] = t;
            }
            Arrays.sort(order, (a, b) -> ThinTriangleRemoval.comparePosition(mesh.u, mesh.v, tri0, a, b));
            for (int t : order) {
                int borderSides = 0;
                int e = -1;
                for (int s = 0; s < 3; s++) {
                    if (adj[3 * t + s] < 0) {
                        borderSides++;
                        e = s;
                    }
                }
                if (borderSides != 1) {
                    continue;
                }
                int a = tri[3 * t + e];
                int b = tri[3 * t + (e + 1) % 3];
                int apex = tri[3 * t + (e + 2) % 3];
                if (onBorder[apex] || count == nt - 1) {
                    continue;
                }
                double du = mesh.u[b] - mesh.u[a];
                double dv = mesh.v[b] - mesh.v[a];
                if (Mesh.cross(mesh.u, mesh.v, a, b, apex) / (du * du + dv * dv)
                        < ThinTriangleRemoval.MIN_HEIGHT_TO_BASE) {
                    removed[t] = true;
                    count++;
                    onBorder[apex] = true;
                }
            }
            if (count == 0) {
                break;
            }
            int[] kept = new int[3 * (nt - count)];
            int m = 0;
            for (int t = 0; t < nt; t++) {
                if (!removed[t]) {
                    System.arraycopy(tri, 3 * t, kept, m, 3);
                    m += 3;
                }
            }
            tri = kept;
        }
        return tri;
    }

    /** Neighbour across each edge by comparing every pair of triangles. */
    private static int[] neighbours(int[] tri) {
        int nt = tri.length / 3;
        int[] adj = new int[tri.length];
        Arrays.fill(adj, -1);
        for (int t = 0; t < nt; t++) {
            for (int e = 0; e < 3; e++) {
                int a = tri[3 * t + e];
                int b = tri[3 * t + (e + 1) % 3];
                for (int o = 0; o < nt && adj[3 * t + e] < 0; o++) {
                    for (int f = 0; f < 3; f++) {
                        if (o != t && tri[3 * o + f] == b && tri[3 * o + (f + 1) % 3] == a) {
                            adj[3 * t + e] = o;
                        }
                    }
                }
            }
        }
        return adj;
    }
}
