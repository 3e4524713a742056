package org.geointerp.engine.barrier;

import java.util.Arrays;

/**
 * Shortest path from P to D around the geometric barriers: A* over the visibility graph whose nodes are the
 * barrier vertices' node wedges ({@link WedgeTable}), with the straight-line distance to D as the (consistent)
 * heuristic and edges tested lazily, only when they would improve a node. Only nodes v with
 * {@code |Pv| + |vD| <= maxLength} can lie on a path short enough to matter, so only those are gathered (from the
 * nodes collected once around P from the grid cells). One instance per query thread; its arrays are sized once for
 * all nodes.
 */
final class PathSearch {

    private final CellGrid grid;
    private final WedgeTable wedges;
    private final Visibility visibility;
    /** Node vertices grouped by grid cell: the nodes of cell k are {@code nodes[start[k] .. start[k + 1])}. */
    private final int[] start;

    private final int[] nodes;

    /** Candidates as positions in {@link #nodes} (the node's number in the pair cache), then their vertices. */
    private final int[] cand;

    private final int[] candVertex;
    private final double[] g;
    private final double[] h;
    private final boolean[] done;

    /** Node-to-node visibility, shared by all threads: it depends on neither P nor D. */
    private final NodePairs pairs;

    /**
     * Straight edges from the last P to nodes, kept while P stays the same: a neighbour search asks about one P
     * with many data points D in a row, and their ellipses share most nodes. freeStamp[n] == freeEpoch marks a
     * known answer in freeValue[n].
     */
    private final int[] freeStamp;

    private final boolean[] freeValue;
    private int freeEpoch;
    private double lastPx = Double.NaN;
    private double lastPy = Double.NaN;

    /** Nodes within nearRadius of the last P (see {@link #collectNear}); nearRadius -1 when not collected. */
    private final int[] near;

    private final double[] nearT;
    private int nearCount;
    private double nearRadius = -1;
    /** How many of the collected nodes have a free edge from P. */
    private int nearFree;

    PathSearch(CellGrid grid, WedgeTable wedges, Visibility visibility, int[] start, int[] nodes, NodePairs pairs) {
        this.grid = grid;
        this.wedges = wedges;
        this.visibility = visibility;
        this.start = start;
        this.nodes = nodes;
        this.pairs = pairs;
        cand = new int[nodes.length + 1];
        candVertex = new int[nodes.length + 1];
        g = new double[nodes.length + 1];
        h = new double[nodes.length + 1];
        done = new boolean[nodes.length + 1];
        freeStamp = new int[nodes.length];
        freeValue = new boolean[nodes.length];
        near = new int[nodes.length];
        nearT = new double[nodes.length];
    }

    /**
     * Length of the shortest barrier-free path from P to D, or +Inf when none is at most maxLength long.
     *
     * <p>The edges from P are tested for every candidate up front, but through {@link #freeFromP}: on the
     * benchmark (1,000 points, 100 random lines, 100 x 100 grid) 6.5 million such tests came from only 35,000
     * distinct (P, node) pairs. (Testing them lazily, only when a candidate's key is the smallest open one, saves
     * nothing: most searches end beyond maxLength, so nearly every candidate is reached anyway.)
     */
    double shortest(double px, double py, double qx, double qy, double maxLength) {
        if (px != lastPx || py != lastPy) {
            lastPx = px;
            lastPy = py;
            nearRadius = -1;
            if (++freeEpoch == 0) {
                Arrays.fill(freeStamp, 0);
                freeEpoch = 1;
            }
        }
        if (!(maxLength <= nearRadius)) {
            // while fewer than k points are known the caller's limits grow with d, and it restarts with a doubled
            // bound: growing the radius geometrically keeps the collections per P few (on the benchmark, 100,000
            // points, exactly the limit asked recollected in 3 of 4 searches)
            collectNear(px, py, nearRadius > 0 ? Math.max(maxLength, 2 * nearRadius) : maxLength);
        }
        if (nearFree == 0) {
            // no node around P can be reached from P: the loop below would find no free edge for any D. A P in a
            // pocket closed by crossing lines (whose corners are crossings, not nodes) sees none; on the benchmark
            // its neighbour search restarts with doubled bounds up to the whole data set; 99.8% of all path
            // searches found no free edge from P, after filtering every collected node against their ellipse
            return Double.POSITIVE_INFINITY;
        }
        // the candidates are the nodes of the ellipse |Pv| + |vD| <= maxLength, in node order as always; all lie
        // within maxLength of P, among the nodes collected around it (t > maxLength implies t + h > maxLength, as
        // h >= 0 and rounding is monotone, so the skip drops nothing the ellipse test would keep)
        int k = 0;
        boolean anyFree = false;
        for (int e = 0; e < nearCount; e++) {
            double t = nearT[e];
            if (t > maxLength) {
                continue;
            }
            int n = near[e];
            int v = nodes[n];
            double hv = dist(qx - wedges.x(v), qy - wedges.y(v));
            if (t + hv <= maxLength) {
                cand[k] = n;
                candVertex[k] = v;
                h[k] = hv;
                done[k] = false;
                boolean free = freeFromP(px, py, n);
                g[k++] = free ? t : Double.POSITIVE_INFINITY;
                anyFree |= free;
            }
        }
        if (!anyFree) {
            return Double.POSITIVE_INFINITY; // no edge leaves P: the first scan below would find nothing open
        }
        int target = k;
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
            int u = candVertex[best];
            int un = cand[best];
            double ux = wedges.x(u);
            double uy = wedges.y(u);
            double gu = g[best];
            for (int j = 0; j <= k; j++) {
                // t >= gu, and rounding is monotone: when gu >= g[j] or gu + h[j] > maxLength the tests below fail
                // for any t, so the square root is skipped (the profile put a third of the time in this loop)
                if (done[j] || gu >= g[j] || gu + h[j] > maxLength) {
                    continue;
                }
                boolean toTarget = j == target;
                double jx = toTarget ? qx : wedges.x(candVertex[j]);
                double jy = toTarget ? qy : wedges.y(candVertex[j]);
                double t = gu + dist(jx - ux, jy - uy);
                if (t < g[j]
                        && t + h[j] <= maxLength
                        && (toTarget ? nodeToFree(u, qx, qy) : pairVisible(un, cand[j]))) {
                    g[j] = t;
                }
            }
        }
    }

    /** {@link #freeToNode} for node number n from the current P, remembered while P stays the same. */
    private boolean freeFromP(double px, double py, int n) {
        if (freeStamp[n] == freeEpoch) {
            return freeValue[n];
        }
        boolean free = freeToNode(px, py, nodes[n]);
        freeValue[n] = free;
        freeStamp[n] = freeEpoch;
        return free;
    }

    /** {@link #nodeToNode} for node numbers a and b, through the shared cache when there is one. */
    private boolean pairVisible(int a, int b) {
        int known = pairs.get(a, b);
        if (known != NodePairs.UNKNOWN) {
            return known == NodePairs.VISIBLE;
        }
        boolean visible = nodeToNode(nodes[a], nodes[b]);
        pairs.put(a, b, visible);
        return visible;
    }

    /**
     * The nodes within distance radius of P, in node order, with their distances, into near/nearT, and how many
     * of them P sees. Done a few times per P (a neighbour search asks about one P with many D) instead of
     * gathering each D's ellipse from the grid cells: on the benchmark (10,000 points, 100 random lines) the
     * gathering was a fifth of the time.
     */
    private void collectNear(double px, double py, double radius) {
        nearCount = 0;
        nearFree = 0;
        nearRadius = radius;
        double cellsAcross = 2 * radius / grid.size + 1;
        if (!(cellsAcross * cellsAcross < nodes.length)) {
            // the disc covers more cells than there are nodes: filter the nodes directly
            for (int i = 0; i < nodes.length; i++) {
                addNear(i, px, py, radius);
            }
            return;
        }
        if (grid.outside(px - radius, py - radius, px + radius, py + radius)) {
            return;
        }
        // cells row by row, each row left to right: increasing cell numbers, so increasing node numbers
        for (int r = grid.row(py - radius), rEnd = grid.row(py + radius); r <= rEnd; r++) {
            for (int c = grid.col(px - radius), cEnd = grid.col(px + radius); c <= cEnd; c++) {
                int cell = r * grid.nx + c;
                for (int i = start[cell]; i < start[cell + 1]; i++) {
                    addNear(i, px, py, radius);
                }
            }
        }
    }

    private void addNear(int n, double px, double py, double radius) {
        int v = nodes[n];
        double t = dist(wedges.x(v) - px, wedges.y(v) - py);
        if (t <= radius) {
            near[nearCount] = n;
            nearT[nearCount++] = t;
            if (freeFromP(px, py, n)) {
                nearFree++;
            }
        }
    }

    /**
     * Euclidean length; Math.hypot guards against overflow that finite map coordinates cannot reach, at several
     * times the cost in this inner loop.
     */
    private static double dist(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    /**
     * An edge must leave and enter nodes within their node wedges; where it runs along a barrier, on the side of
     * it the wedge lies on ({@link Visibility} checks that the side is kept along the way).
     */
    private boolean freeToNode(double px, double py, int v) {
        int arrive = WedgeTable.mirror(wedges.leaveSides(v, wedges.nodeSlot(v), px, py));
        return arrive != 0
                && !visibility.blocked(px, py, -1, WedgeTable.BOTH_SIDES, wedges.x(v), wedges.y(v), v, arrive);
    }

    private boolean nodeToFree(int v, double qx, double qy) {
        int leave = wedges.leaveSides(v, wedges.nodeSlot(v), qx, qy);
        return leave != 0 && !visibility.blocked(wedges.x(v), wedges.y(v), v, leave, qx, qy, -1, WedgeTable.BOTH_SIDES);
    }

    private boolean nodeToNode(int u, int v) {
        double ux = wedges.x(u);
        double uy = wedges.y(u);
        double vx = wedges.x(v);
        double vy = wedges.y(v);
        int leave = wedges.leaveSides(u, wedges.nodeSlot(u), vx, vy);
        int arrive = WedgeTable.mirror(wedges.leaveSides(v, wedges.nodeSlot(v), ux, uy));
        return leave != 0 && arrive != 0 && !visibility.blocked(ux, uy, u, leave, vx, vy, v, arrive);
    }
}
