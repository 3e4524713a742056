package org.geointerp.engine.barrier;

import java.util.Arrays;
import org.geointerp.engine.internal.BucketLists;

/**
 * The free directions around every vertex of the geometric barriers.
 *
 * <p>At a vertex V the barrier segments that end there, sorted counter-clockwise, cut the directions around V into
 * wedges; wedge {@code s} runs counter-clockwise from the direction of incident segment {@code s} to that of
 * segment {@code s + 1}. A path may touch V but not pass from one wedge into another, since that would cross a
 * barrier at V (lines have no width, so the two sides of a polyline meet at each of its vertices). A wedge inside a
 * polygon obstacle is forbidden, and so is every wedge of a vertex that lies inside some other obstacle.
 *
 * <p>Shortest paths around polygonal obstacles bend only at vertices, and only where the free wedge is wider than a
 * half-turn (a path turning inside a narrower wedge can be shortened within it). Such a wedge is the vertex's
 * <em>node</em> in the visibility graph; a vertex has at most one, since two wedges cannot both exceed half of the
 * circle.
 */
final class WedgeTable {

    /** {@link #side} results. */
    static final int OUT = 2;

    static final int LEFT = 1;
    static final int RIGHT = -1;
    static final int INSIDE = 0;
    /** Bit sets of sides of a directed line, for {@link #passSides} and {@link #leaveSides}. */
    static final int SIDE_LEFT = 1;

    static final int SIDE_RIGHT = 2;
    static final int BOTH_SIDES = SIDE_LEFT | SIDE_RIGHT;

    private final double[] vx;
    private final double[] vy;
    /** Incident segments of vertex v: slots {@code start[v] .. start[v + 1]}, counter-clockwise; other end ids. */
    private final int[] start;

    private final int[] other;
    /** Whether the wedge starting at a slot is free to travel in. */
    private final boolean[] allowed;
    /** The slot of the vertex's node wedge, or -1 when no shortest path can bend at the vertex. */
    private final int[] nodeSlot;

    /** @param inside whether each vertex lies strictly inside an obstacle (every wedge of it is then forbidden) */
    WedgeTable(double[] vx, double[] vy, SegmentTable geo, boolean[] inside) {
        this.vx = vx;
        this.vy = vy;
        int n = vx.length;
        // incidence 2s is segment s at its start vertex, 2s + 1 at its end vertex
        BucketLists incidences = BucketLists.of(n, sink -> {
            for (int s = 0; s < geo.size; s++) {
                sink.add(2 * s, geo.v0[s]);
                sink.add(2 * s + 1, geo.v1[s]);
            }
        });
        int[] degree = incidences.start();
        // raw incidences: other end, and interior marks (polygon interior lies left of its edges a->b: at a the
        // wedge starting at b's direction is inside, at b the wedge ending at a's direction is)
        int[] rawOther = new int[degree[n]];
        boolean[] rawInsideAfter = new boolean[degree[n]];
        boolean[] rawInsideBefore = new boolean[degree[n]];
        for (int k = 0; k < degree[n]; k++) {
            int incidence = incidences.items()[k];
            int s = incidence >> 1;
            boolean atStart = (incidence & 1) == 0;
            rawOther[k] = atStart ? geo.v1[s] : geo.v0[s];
            rawInsideAfter[k] = atStart && geo.polygon[s];
            rawInsideBefore[k] = !atStart && geo.polygon[s];
        }
        start = new int[n + 1];
        int[] outOther = new int[degree[n]];
        boolean[] outAfter = new boolean[degree[n]];
        boolean[] outBefore = new boolean[degree[n]];
        int used = 0;
        for (int v = 0; v < n; v++) {
            start[v] = used;
            Integer[] order = new Integer[degree[v + 1] - degree[v]];
            for (int k = 0; k < order.length; k++) {
                order[k] = degree[v] + k;
            }
            int center = v;
            Arrays.sort(order, (p, q) -> compareAngle(center, rawOther[p], rawOther[q]));
            for (int k = 0; k < order.length; k++) {
                int raw = order[k];
                if (used > start[v] && outOther[used - 1] == rawOther[raw]) {
                    // the same segment twice (shared polygon edge, line along an edge): merge the marks
                    outAfter[used - 1] |= rawInsideAfter[raw];
                    outBefore[used - 1] |= rawInsideBefore[raw];
                    continue;
                }
                outOther[used] = rawOther[raw];
                outAfter[used] = rawInsideAfter[raw];
                outBefore[used] = rawInsideBefore[raw];
                used++;
            }
        }
        start[n] = used;
        other = Arrays.copyOf(outOther, used);
        allowed = new boolean[used];
        nodeSlot = new int[n];
        for (int v = 0; v < n; v++) {
            int k = count(v);
            nodeSlot[v] = -1;
            for (int s = 0; s < k; s++) {
                int slot = start[v] + s;
                int next = start[v] + (s + 1) % k;
                allowed[slot] = !inside[v] && !outAfter[slot] && !outBefore[next];
                if (allowed[slot] && (k == 1 || orient(v, other[slot], vx[other[next]], vy[other[next]]) < 0)) {
                    nodeSlot[v] = s;
                }
            }
        }
    }

    int vertexCount() {
        return vx.length;
    }

    double x(int v) {
        return vx[v];
    }

    double y(int v) {
        return vy[v];
    }

    int count(int v) {
        return start[v + 1] - start[v];
    }

    /** The slot (0-based within v) of v's node wedge, or -1. */
    int nodeSlot(int v) {
        return nodeSlot[v];
    }

    /**
     * Where the direction from v towards (x, y) lies relative to wedge {@code s} of v (closed): {@link #OUT},
     * {@link #INSIDE} (strictly inside, or v is a line's free end whose single wedge is the whole turn), or on the
     * wedge's boundary, the wedge lying {@link #LEFT} or {@link #RIGHT} of the ray from v towards (x, y).
     */
    int side(int v, int s, double x, double y) {
        int k = count(v);
        if (k == 1) {
            return INSIDE;
        }
        int a = other[start[v] + s];
        int b = other[start[v] + (s + 1) % k];
        int oa = orient(v, a, x, y);
        int ob = orient(v, b, x, y);
        int oab = orient(v, a, vx[b], vy[b]);
        boolean in;
        if (oab > 0) {
            in = oa >= 0 && ob <= 0; // convex wedge: left of ray a and right of ray b
        } else if (oab < 0) {
            in = !(oa < 0 && ob > 0); // reflex wedge: not strictly inside its convex complement
        } else {
            in = oa >= 0; // half-plane: a and b opposite
        }
        if (!in) {
            return OUT;
        }
        if (oa == 0 && Orient.sameDirection(vx[v], vy[v], vx[a], vy[a], x, y)) {
            return LEFT;
        }
        if (ob == 0 && Orient.sameDirection(vx[v], vy[v], vx[b], vy[b], x, y)) {
            return RIGHT;
        }
        return INSIDE;
    }

    /** True when a path may run straight through v from (ax, ay) to (bx, by): one free wedge holds both. */
    /**
     * The sides of the directed line A->B on which a path may pass straight through v (v lies strictly between A
     * and B): {@link #SIDE_LEFT} and/or {@link #SIDE_RIGHT}, 0 when it may not pass at all. Passing on the left
     * means keeping to the left half-plane close to v, so no barrier may leave v into it (barriers along the line
     * itself are fine) and it must not be inside an obstacle.
     */
    int passSides(int v, double ax, double ay, double bx, double by) {
        boolean leftClear = true;
        boolean rightClear = true;
        for (int i = start[v]; i < start[v + 1]; i++) {
            int o = Orient.index(ax, ay, bx, by, vx[other[i]], vy[other[i]]);
            leftClear &= o <= 0;
            rightClear &= o >= 0;
        }
        // with no barrier leaving into a side, its normal lies strictly inside one wedge, which holds the side
        double nx = -(by - ay);
        double ny = bx - ax;
        int sides = 0;
        if (leftClear && freeDirection(v, vx[v] + nx, vy[v] + ny)) {
            sides |= SIDE_LEFT;
        }
        if (rightClear && freeDirection(v, vx[v] - nx, vy[v] - ny)) {
            sides |= SIDE_RIGHT;
        }
        return sides;
    }

    private boolean freeDirection(int v, double x, double y) {
        for (int s = 0, k = count(v); s < k; s++) {
            if (side(v, s, x, y) != OUT) {
                return allowed[start[v] + s];
            }
        }
        return false;
    }

    /**
     * The sides of the ray from v towards (x, y) on which a path may leave v along it, in wedge {@code s}, or in
     * any free wedge when s is -1: both when the ray is strictly inside the wedge, one when it runs along the
     * wedge's boundary (a barrier), 0 when no such wedge holds the ray.
     */
    int leaveSides(int v, int s, double x, double y) {
        if (s >= 0) {
            return sidesOf(side(v, s, x, y));
        }
        int sides = 0;
        for (int w = 0, k = count(v); w < k; w++) {
            if (allowed[start[v] + w]) {
                sides |= sidesOf(side(v, w, x, y));
            }
        }
        return sides;
    }

    /** The same sides seen from the other end of the line: left and right swap. */
    static int mirror(int sides) {
        return (sides & SIDE_LEFT) << 1 | (sides & SIDE_RIGHT) >> 1;
    }

    private static int sidesOf(int side) {
        return side == OUT ? 0 : side == LEFT ? SIDE_LEFT : side == RIGHT ? SIDE_RIGHT : SIDE_LEFT | SIDE_RIGHT;
    }

    private int orient(int v, int a, double x, double y) {
        return Orient.index(vx[v], vy[v], vx[a], vy[a], x, y);
    }

    /** Counter-clockwise order of the directions from v to a and to b, starting at the positive x axis. */
    private int compareAngle(int v, int a, int b) {
        int ha = upperHalf(v, a) ? 0 : 1;
        int hb = upperHalf(v, b) ? 0 : 1;
        if (ha != hb) {
            return ha - hb;
        }
        return -orient(v, a, vx[b], vy[b]);
    }

    private boolean upperHalf(int v, int a) {
        double dy = vy[a] - vy[v];
        return dy > 0 || dy == 0 && vx[a] > vx[v];
    }
}
