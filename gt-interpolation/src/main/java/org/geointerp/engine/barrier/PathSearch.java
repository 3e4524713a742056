package org.geointerp.engine.barrier;

/**
 * Shortest path from P to D around the geometric barriers: A* over the visibility graph whose nodes are the
 * barrier vertices' node wedges ({@link WedgeTable}), with the straight-line distance to D as the (consistent)
 * heuristic and edges tested lazily, only when they would improve a node. Only nodes v with
 * {@code |Pv| + |vD| <= maxLength} can lie on a path short enough to matter, so only those are gathered (from the
 * grid cells around the ellipse). One instance per query thread; its arrays are sized once for all nodes.
 */
final class PathSearch {

    private final CellGrid grid;
    private final WedgeTable wedges;
    private final Visibility visibility;
    /** Node vertices grouped by grid cell: the nodes of cell k are {@code nodes[start[k] .. start[k + 1])}. */
    private final int[] start;
    private final int[] nodes;

    private final int[] cand;
    private final double[] g;
    private final double[] h;
    private final boolean[] done;

    PathSearch(CellGrid grid, WedgeTable wedges, Visibility visibility, int[] start, int[] nodes) {
        this.grid = grid;
        this.wedges = wedges;
        this.visibility = visibility;
        this.start = start;
        this.nodes = nodes;
        cand = new int[nodes.length + 1];
        g = new double[nodes.length + 1];
        h = new double[nodes.length + 1];
        done = new boolean[nodes.length + 1];
    }

    /** Length of the shortest barrier-free path from P to D, or +Inf when none is at most maxLength long. */
    double shortest(double px, double py, double qx, double qy, double maxLength) {
        int k = gather(px, py, qx, qy, maxLength);
        int target = k;
        for (int i = 0; i < k; i++) {
            int v = cand[i];
            h[i] = dist(qx - wedges.x(v), qy - wedges.y(v));
            done[i] = false;
            double t = dist(wedges.x(v) - px, wedges.y(v) - py);
            g[i] = t + h[i] <= maxLength && freeToNode(px, py, v) ? t : Double.POSITIVE_INFINITY;
        }
        h[target] = 0;
        g[target] = Double.POSITIVE_INFINITY; // the straight edge P-D is known to be blocked
        done[target] = false;
        while (true) {
            int best = -1;
            double bestF = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= k; i++) {
                if (!done[i] && g[i] + h[i] < bestF) {
                    bestF = g[i] + h[i];
                    best = i;
                }
            }
            if (best < 0 || bestF > maxLength) {
                return Double.POSITIVE_INFINITY;
            }
            if (best == target) {
                return g[target];
            }
            done[best] = true;
            int u = cand[best];
            double ux = wedges.x(u);
            double uy = wedges.y(u);
            for (int j = 0; j <= k; j++) {
                if (done[j]) {
                    continue;
                }
                boolean toTarget = j == target;
                double jx = toTarget ? qx : wedges.x(cand[j]);
                double jy = toTarget ? qy : wedges.y(cand[j]);
                double t = g[best] + dist(jx - ux, jy - uy);
                if (t < g[j] && t + h[j] <= maxLength
                        && (toTarget ? nodeToFree(u, qx, qy) : nodeToNode(u, cand[j]))) {
                    g[j] = t;
                }
            }
        }
    }

    /** Candidate node vertices into cand[0..k), returns k. */
    private int gather(double px, double py, double qx, double qy, double maxLength) {
        int k = 0;
        double radius = maxLength / 2;
        double cellsAcross = 2 * radius / grid.size + 1;
        if (!(cellsAcross * cellsAcross < nodes.length)) {
            // the ellipse covers more cells than there are nodes: filter the nodes directly
            for (int v : nodes) {
                if (withinEllipse(v, px, py, qx, qy, maxLength)) {
                    cand[k++] = v;
                }
            }
            return k;
        }
        double mx = (px + qx) / 2;
        double my = (py + qy) / 2;
        if (grid.outside(mx - radius, my - radius, mx + radius, my + radius)) {
            return 0;
        }
        for (int r = grid.row(my - radius), rEnd = grid.row(my + radius); r <= rEnd; r++) {
            for (int c = grid.col(mx - radius), cEnd = grid.col(mx + radius); c <= cEnd; c++) {
                int cell = r * grid.nx + c;
                for (int i = start[cell]; i < start[cell + 1]; i++) {
                    if (withinEllipse(nodes[i], px, py, qx, qy, maxLength)) {
                        cand[k++] = nodes[i];
                    }
                }
            }
        }
        return k;
    }

    private boolean withinEllipse(int v, double px, double py, double qx, double qy, double maxLength) {
        double x = wedges.x(v);
        double y = wedges.y(v);
        return dist(x - px, y - py) + dist(x - qx, y - qy) <= maxLength;
    }

    /**
     * Euclidean length; Math.hypot guards against overflow that finite map coordinates cannot reach, at several
     * times the cost in this inner loop.
     */
    private static double dist(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    private boolean freeToNode(double px, double py, int v) {
        return wedges.side(v, wedges.nodeSlot(v), px, py) != WedgeTable.OUT
                && !visibility.blocked(px, py, -1, wedges.x(v), wedges.y(v), v);
    }

    private boolean nodeToFree(int v, double qx, double qy) {
        return wedges.side(v, wedges.nodeSlot(v), qx, qy) != WedgeTable.OUT
                && !visibility.blocked(wedges.x(v), wedges.y(v), v, qx, qy, -1);
    }

    /**
     * An edge between two nodes must leave each in its node wedge. When it runs along a barrier at both ends, both
     * wedges must lie on the same side of it: otherwise the path would change sides of that barrier on the way.
     */
    private boolean nodeToNode(int u, int v) {
        double ux = wedges.x(u);
        double uy = wedges.y(u);
        double vx = wedges.x(v);
        double vy = wedges.y(v);
        int su = wedges.side(u, wedges.nodeSlot(u), vx, vy);
        if (su == WedgeTable.OUT) {
            return false;
        }
        int sv = wedges.side(v, wedges.nodeSlot(v), ux, uy);
        if (sv == WedgeTable.OUT || su != WedgeTable.INSIDE && su == sv) {
            return false; // left of u->v at u, right of u->v at v (or the reverse)
        }
        return !visibility.blocked(ux, uy, u, vx, vy, v);
    }
}
