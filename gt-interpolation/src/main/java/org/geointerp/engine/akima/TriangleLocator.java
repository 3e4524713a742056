package org.geointerp.engine.akima;

import org.geointerp.engine.internal.BucketLists;

/**
 * Finds the triangle that holds a point. A grid walk asks for neighbouring points one after the other, so the
 * search first tests the previous triangle, then walks across edges towards the point; if the walk leaves the
 * area (the border is not convex after thin-triangle removal) it falls back to a uniform bucket grid of triangles.
 * A point on an edge belongs to either triangle; both give the same value there.
 *
 * <p>The bucket grid is shared and immutable; {@link #walk} keeps no state, the caller passes its last triangle.
 */
final class TriangleLocator {

    private final Mesh mesh;
    private final Buckets grid;
    private final int[] start;
    private final int[] items;
    private final int maxWalk;

    TriangleLocator(Mesh mesh) {
        this.mesh = mesh;
        int nt = mesh.triangleCount();
        Bounds box = Bounds.of(mesh.u, mesh.v, mesh.tri);
        // about two triangles per bucket
        double side = Math.max(box.width(), box.height());
        int perSide = (int) Math.max(1, Math.min(4096, Math.ceil(Math.sqrt(nt / 2.0))));
        double cell = side / perSide * (1 + 1e-12);
        grid = new Buckets(
                box.minU(), box.minV(), cell, Math.max(1, (int) Math.ceil(box.width() / cell)), Math.max(1, (int)
                        Math.ceil(box.height() / cell)));
        // each triangle goes into every bucket its bounding box touches: counted first, then filled
        BucketLists buckets = BucketLists.of(grid.count(), sink -> placeInBuckets(nt, sink));
        start = buckets.start();
        items = buckets.items();
        maxWalk = 64 + (int) Math.sqrt(nt);
    }

    /** Every triangle t in every bucket that t's bounding box touches. */
    private void placeInBuckets(int nt, BucketLists.Sink sink) {
        int[] tri = mesh.tri;
        double[] u = mesh.u;
        double[] v = mesh.v;
        for (int t = 0; t < nt; t++) {
            int a = tri[3 * t];
            int b = tri[3 * t + 1];
            int c = tri[3 * t + 2];
            int c0 = grid.col(Math.min(u[a], Math.min(u[b], u[c])));
            int c1 = grid.col(Math.max(u[a], Math.max(u[b], u[c])));
            int r0 = grid.row(Math.min(v[a], Math.min(v[b], v[c])));
            int r1 = grid.row(Math.max(v[a], Math.max(v[b], v[c])));
            for (int r = r0; r <= r1; r++) {
                for (int col = c0; col <= c1; col++) {
                    sink.add(t, r * grid.cols() + col);
                }
            }
        }
    }

    Mesh mesh() {
        return mesh;
    }

    /** Whether (x, y) lies in triangle t or on its edges. */
    boolean contains(int t, double x, double y) {
        int[] tri = mesh.tri;
        double[] u = mesh.u;
        double[] v = mesh.v;
        for (int e = 0; e < 3; e++) {
            int a = tri[3 * t + e];
            int b = tri[3 * t + (e + 1) % 3];
            if ((u[b] - u[a]) * (y - v[a]) - (v[b] - v[a]) * (x - u[a]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The triangle holding (x, y), searched from triangle {@code hint} (-1 for none); -1 if outside the area. */
    int locate(double x, double y, int hint) {
        if (hint >= 0) {
            int t = walk(x, y, hint);
            if (t >= 0) {
                return t;
            }
        }
        return fromBuckets(x, y);
    }

    private int walk(double x, double y, int from) {
        int[] tri = mesh.tri;
        double[] u = mesh.u;
        double[] v = mesh.v;
        int t = from;
        for (int step = 0; step < maxWalk; step++) {
            int exit = -1;
            for (int e = 0; e < 3; e++) {
                int a = tri[3 * t + e];
                int b = tri[3 * t + (e + 1) % 3];
                if ((u[b] - u[a]) * (y - v[a]) - (v[b] - v[a]) * (x - u[a]) < 0) {
                    exit = e;
                    break;
                }
            }
            if (exit < 0) {
                return t;
            }
            t = mesh.adj[3 * t + exit];
            if (t < 0) {
                return -1;
            }
        }
        return -1;
    }

    private int fromBuckets(double x, double y) {
        if (!grid.covers(x, y)) {
            return -1;
        }
        int b = grid.bucketOf(x, y);
        for (int s = start[b]; s < start[b + 1]; s++) {
            if (contains(items[s], x, y)) {
                return items[s];
            }
        }
        return -1;
    }
}
