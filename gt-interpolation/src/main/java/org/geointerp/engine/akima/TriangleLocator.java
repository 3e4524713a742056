package org.geointerp.engine.akima;

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
    private final double minU;
    private final double minV;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] start;
    private final int[] items;
    private final int maxWalk;

    TriangleLocator(Mesh mesh) {
        this.mesh = mesh;
        int nt = mesh.triangleCount();
        double loU = Double.POSITIVE_INFINITY;
        double hiU = Double.NEGATIVE_INFINITY;
        double loV = Double.POSITIVE_INFINITY;
        double hiV = Double.NEGATIVE_INFINITY;
        for (int p : mesh.tri) {
            loU = Math.min(loU, mesh.u[p]);
            hiU = Math.max(hiU, mesh.u[p]);
            loV = Math.min(loV, mesh.v[p]);
            hiV = Math.max(hiV, mesh.v[p]);
        }
        minU = loU;
        minV = loV;
        // about two triangles per bucket
        double side = Math.max(hiU - loU, hiV - loV);
        int perSide = (int) Math.max(1, Math.min(4096, Math.ceil(Math.sqrt(nt / 2.0))));
        cell = side / perSide * (1 + 1e-12);
        cols = Math.max(1, (int) Math.ceil((hiU - loU) / cell));
        rows = Math.max(1, (int) Math.ceil((hiV - loV) / cell));
        start = new int[cols * rows + 1];
        for (int t = 0; t < nt; t++) {
            int[] box = bucketBox(t);
            for (int r = box[2]; r <= box[3]; r++) {
                for (int c = box[0]; c <= box[1]; c++) {
                    start[r * cols + c + 1]++;
                }
            }
        }
        for (int b = 0; b < cols * rows; b++) {
            start[b + 1] += start[b];
        }
        items = new int[start[cols * rows]];
        int[] fill = start.clone();
        for (int t = 0; t < nt; t++) {
            int[] box = bucketBox(t);
            for (int r = box[2]; r <= box[3]; r++) {
                for (int c = box[0]; c <= box[1]; c++) {
                    items[fill[r * cols + c]++] = t;
                }
            }
        }
        maxWalk = 64 + (int) Math.sqrt(nt);
    }

    /** First and last bucket column and row covered by the bounding box of triangle t. */
    private int[] bucketBox(int t) {
        double lu = Double.POSITIVE_INFINITY;
        double hu = Double.NEGATIVE_INFINITY;
        double lv = Double.POSITIVE_INFINITY;
        double hv = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < 3; e++) {
            int p = mesh.tri[3 * t + e];
            lu = Math.min(lu, mesh.u[p]);
            hu = Math.max(hu, mesh.u[p]);
            lv = Math.min(lv, mesh.v[p]);
            hv = Math.max(hv, mesh.v[p]);
        }
        return new int[] {col(lu), col(hu), row(lv), row(hv)};
    }

    private int col(double u) {
        return Math.max(0, Math.min(cols - 1, (int) ((u - minU) / cell)));
    }

    private int row(double v) {
        return Math.max(0, Math.min(rows - 1, (int) ((v - minV) / cell)));
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
        if (x < minU || y < minV || x > minU + cols * cell || y > minV + rows * cell) {
            return -1;
        }
        int b = row(y) * cols + col(x);
        for (int s = start[b]; s < start[b + 1]; s++) {
            if (contains(items[s], x, y)) {
                return items[s];
            }
        }
        return -1;
    }
}
