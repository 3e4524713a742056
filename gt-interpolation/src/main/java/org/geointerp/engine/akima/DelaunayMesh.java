package org.geointerp.engine.akima;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geointerp.engine.Execution;
import org.tinfour.common.IIncrementalTin;
import org.tinfour.common.IQuadEdge;
import org.tinfour.common.Vertex;
import org.tinfour.semivirtual.SemiVirtualIncrementalTin;
import org.tinfour.standard.IncrementalTin;

/**
 * Delaunay triangulation of the convex hull of the (distinct, not all collinear) data points, by Tinfour's
 * incremental triangulator. Tinfour replaced JTS's here because JTS took 1.3 to 2 s (100,000 points) and was the
 * largest part of the fit; Tinfour needs about 0.1 s of one core for the same points and 1 s for 1,000,000.
 *
 * <p>Tinfour's standard triangulator keeps two objects per edge; its semi-virtual one keeps the edges in integer
 * arrays, needs half the memory and is about 30 % slower (0.18 against 0.24 s for 100,000 points in a fresh JVM).
 * From {@link #SEMI_VIRTUAL_FROM} points on, the semi-virtual one is used: the six million edge objects of
 * 1,000,000 points, all alive until the end, made the garbage collector copy them again and again (8 s of pauses
 * in three fits in one JVM, against 3 s).
 *
 * <p>Points are inserted along a Hilbert curve (Tinfour locates each new point by walking from the last one, so a
 * spatially coherent order keeps the walks short). The point index rides in the vertex's index. Triangles and their
 * neighbours are read straight from Tinfour's quad edges (edge {@code i} and its twin {@code i ^ 1}), in one pass
 * over the edges and no map.
 */
final class DelaunayMesh {

    /**
     * Tinfour merges vertices closer than its nominal point spacing / 10^5. The fit has already merged locations
     * within {@link AkimaInterpolator#COINCIDENT} (frame units), so the spacing is chosen to put Tinfour's merge
     * distance 20 times below that: no two remaining points are merged. Its other thresholds (when to switch to
     * exact arithmetic) scale with this spacing too; set this small, they only make it use exact arithmetic more
     * often near degenerate configurations, never less.
     */
    private static final double NOMINAL_SPACING = AkimaInterpolator.COINCIDENT * 1e5 / 20;

    /** Number of points from which the semi-virtual triangulator is used. */
    static final int SEMI_VIRTUAL_FROM = 500_000;

    private DelaunayMesh() {}

    static Mesh of(double[] u, double[] v) {
        return triangulate(u, v, HilbertOrder.of(u, v, Execution.defaults()), u.length >= SEMI_VIRTUAL_FROM);
    }

    /** The triangulation by the standard ({@code semiVirtual} false) or the semi-virtual triangulator. */
    static Mesh of(double[] u, double[] v, boolean semiVirtual) {
        return triangulate(u, v, HilbertOrder.of(u, v, Execution.defaults()), semiVirtual);
    }

    /** The triangulation of points that are in Hilbert order already, inserted as they come. */
    static Mesh inOrder(double[] u, double[] v) {
        int[] identity = new int[u.length];
        Arrays.setAll(identity, i -> i);
        return triangulate(u, v, identity, u.length >= SEMI_VIRTUAL_FROM);
    }

    private static Mesh triangulate(double[] u, double[] v, int[] order, boolean semiVirtual) {
        int n = u.length;
        List<Vertex> sites = new ArrayList<>(n);
        for (int i : order) {
            sites.add(new Vertex(u[i], v[i], 0, i));
        }
        IIncrementalTin tin =
                semiVirtual ? new SemiVirtualIncrementalTin(NOMINAL_SPACING) : new IncrementalTin(NOMINAL_SPACING);
        tin.preAllocateEdges(3 * n);
        if (!tin.add(sites, null)) {
            throw new IllegalStateException("the Delaunay triangulation could not start: no three points span an area");
        }
        // slot[e] = 3 t + k when directed edge e is side k of triangle t (from vertex k to vertex k + 1), else -1
        int[] slot = new int[tin.getMaximumEdgeAllocationIndex() + 2];
        Arrays.fill(slot, -1);
        int[] tri = new int[6 * n];
        int nt = 0;
        for (IQuadEdge base : tin.edges()) {
            for (IQuadEdge e = base; e != null; e = e == base ? base.getDual() : null) {
                if (slot[e.getIndex()] >= 0) {
                    continue;
                }
                IQuadEdge f = e.getForward();
                IQuadEdge g = f.getForward();
                Vertex a = e.getA();
                Vertex b = f.getA();
                Vertex c = g.getA();
                if (a == null || b == null || c == null) {
                    continue; // a ghost triangle outside the hull
                }
                tri[3 * nt] = a.getIndex();
                tri[3 * nt + 1] = b.getIndex();
                tri[3 * nt + 2] = c.getIndex();
                slot[e.getIndex()] = 3 * nt;
                slot[f.getIndex()] = 3 * nt + 1;
                slot[g.getIndex()] = 3 * nt + 2;
                nt++;
            }
        }
        int[] adj = new int[3 * nt];
        for (int e = 0; e < slot.length; e++) {
            if (slot[e] >= 0) {
                int twin = slot[e ^ 1];
                adj[slot[e]] = twin >= 0 ? twin / 3 : -1;
            }
        }
        tin.dispose();
        Mesh mesh = new Mesh(u, v, Arrays.copyOf(tri, 3 * nt), adj);
        requireEveryPoint(mesh);
        return mesh;
    }

    /** Every data point must be a vertex; a missing one would mean Tinfour merged it into a neighbour. */
    private static void requireEveryPoint(Mesh mesh) {
        boolean[] seen = new boolean[mesh.u.length];
        for (int p : mesh.tri) {
            seen[p] = true;
        }
        for (int p = 0; p < seen.length; p++) {
            if (!seen[p]) {
                throw new IllegalStateException("point " + p + " is missing from the Delaunay triangulation");
            }
        }
    }
}
