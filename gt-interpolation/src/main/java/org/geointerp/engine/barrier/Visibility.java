package org.geointerp.engine.barrier;

import java.util.Arrays;

/**
 * Decides whether a straight piece of path from A to B is blocked by the geometric barriers. It is blocked when it
 * <ul>
 *   <li>properly crosses a barrier segment (the two meet in one point interior to both), or</li>
 *   <li>passes through a barrier vertex from one of its wedges into another ({@link WedgeTable}), or</li>
 *   <li>starts or ends exactly on an obstacle's edge heading into the obstacle's interior, or</li>
 *   <li>runs along a barrier on one side and reaches a vertex or end it may only pass or leave on the other side
 *   (it would have to cross the barrier on the way).</li>
 * </ul>
 * Touching is not blocking: a path may pass through a line's free end, run along a barrier, or start on one. The
 * touching cases need the order of the vertices along the piece, so they are collected during the scan and
 * resolved after it; they only occur when coordinates line up exactly. One instance per thread.
 */
final class Visibility {

    private final SegmentTable geo;
    private final WedgeTable wedges;
    private final CandidateSegments candidates;

    // the current piece
    private double ax;
    private double ay;
    private double bx;
    private double by;
    private int aVertex;
    private int bVertex;
    // vertices lying on the piece (or at a free end of it), and spans where it runs along a barrier segment
    private int[] touched = new int[8];
    private double[] touchedKey = new double[8];
    private int touchCount;
    private double[] alongFrom = new double[8];
    private double[] alongTo = new double[8];
    private int alongCount;

    Visibility(CellGrid grid, SegmentTable geo, WedgeTable wedges) {
        this.geo = geo;
        this.wedges = wedges;
        this.candidates = new CandidateSegments(grid, geo);
    }

    static double length(double ax, double ay, double bx, double by) {
        return Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
    }

    /** Blocked between two free points. */
    boolean blocked(double ax, double ay, double bx, double by) {
        return blocked(ax, ay, -1, WedgeTable.BOTH_SIDES, bx, by, -1, WedgeTable.BOTH_SIDES);
    }

    /**
     * @param aVertex the vertex at A when A is a graph node (its wedge is then given by aSides), else -1
     * @param aSides the sides of the line A->B on which the path may leave A ({@link WedgeTable#leaveSides})
     * @param bVertex likewise for B
     * @param bSides the sides of the line A->B on which the path may arrive at B
     */
    boolean blocked(double ax, double ay, int aVertex, int aSides, double bx, double by, int bVertex, int bSides) {
        if (!candidates.start(ax, ay, bx, by)) {
            return false;
        }
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        this.aVertex = aVertex;
        this.bVertex = bVertex;
        touchCount = 0;
        alongCount = 0;
        for (int s = candidates.next(); s >= 0; s = candidates.next()) {
            if (blocks(s)) {
                return true;
            }
        }
        return (touchCount > 0 || alongCount > 0) && !sidesAgree(aSides, bSides);
    }

    private boolean blocks(int s) {
        double sx0 = geo.x0[s];
        double sy0 = geo.y0[s];
        double sx1 = geo.x1[s];
        double sy1 = geo.y1[s];
        // A and B against the barrier's line first: a short piece near a long barrier is mostly on one side
        int o3 = Orient.index(sx0, sy0, sx1, sy1, ax, ay);
        int o4 = Orient.index(sx0, sy0, sx1, sy1, bx, by);
        if (o3 == o4 && o3 != 0) {
            return false;
        }
        int o1 = Orient.index(ax, ay, bx, by, sx0, sy0);
        int o2 = Orient.index(ax, ay, bx, by, sx1, sy1);
        if (o1 == o2 && o1 != 0) {
            return false;
        }
        if (o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0) {
            return true; // proper crossing
        }
        if (o1 == 0 && o2 == 0) {
            addAlong(key(sx0, sy0), key(sx1, sy1));
        }
        if (o1 == 0) {
            touch(geo.v0[s]);
        }
        if (o2 == 0) {
            touch(geo.v1[s]);
        }
        if (geo.polygon[s] && o1 == -o2 && o1 != 0) {
            // an end lies inside the edge (the interior is on the edge's left): may not head into the obstacle
            return o3 == 0 && o4 > 0 || o4 == 0 && o3 > 0;
        }
        return false;
    }

    /** Position along the piece, increasing from A to B; exact in order for points on the piece's line. */
    private double key(double x, double y) {
        if (Math.abs(bx - ax) >= Math.abs(by - ay)) {
            return ax < bx ? x : -x;
        }
        return ay < by ? y : -y;
    }

    /** Vertex v lies on the piece's line: keep it if it lies on the piece, apart from an end that is a node. */
    private void touch(int v) {
        if (v == aVertex || v == bVertex) {
            return;
        }
        double x = wedges.x(v);
        double y = wedges.y(v);
        boolean atEnd = x == ax && y == ay || x == bx && y == by;
        if (!atEnd && !Orient.strictlyBetween(ax, ay, bx, by, x, y)) {
            return;
        }
        for (int i = 0; i < touchCount; i++) {
            if (touched[i] == v) {
                return;
            }
        }
        if (touchCount == touched.length) {
            touched = Arrays.copyOf(touched, 2 * touchCount);
            touchedKey = Arrays.copyOf(touchedKey, 2 * touchCount);
        }
        touched[touchCount] = v;
        touchedKey[touchCount++] = key(x, y);
    }

    private void addAlong(double k0, double k1) {
        if (alongCount == alongFrom.length) {
            alongFrom = Arrays.copyOf(alongFrom, 2 * alongCount);
            alongTo = Arrays.copyOf(alongTo, 2 * alongCount);
        }
        alongFrom[alongCount] = Math.min(k0, k1);
        alongTo[alongCount++] = Math.max(k0, k1);
    }

    /** True when the piece runs along a barrier segment from key k0 to key k1. */
    private boolean along(double k0, double k1) {
        for (int i = 0; i < alongCount; i++) {
            if (alongFrom[i] <= k0 && alongTo[i] >= k1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the touched vertices in order from A to B, keeping the set of sides of the piece the path can be on.
     * Along a barrier the side is fixed; in open space it is free again; each vertex admits only some sides.
     */
    private boolean sidesAgree(int aSides, int bSides) {
        // insertion sort by position: only a handful of vertices can lie exactly on one piece
        for (int i = 1; i < touchCount; i++) {
            int v = touched[i];
            double key = touchedKey[i];
            int j = i - 1;
            for (; j >= 0 && touchedKey[j] > key; j--) {
                touched[j + 1] = touched[j];
                touchedKey[j + 1] = touchedKey[j];
            }
            touched[j + 1] = v;
            touchedKey[j + 1] = key;
        }
        int sides = aSides;
        double keyA = key(ax, ay);
        double previous = keyA;
        double keyB = key(bx, by);
        for (int i = 0; i < touchCount; i++) {
            int v = touched[i];
            double key = touchedKey[i];
            if (key == keyA) {
                sides &= wedges.leaveSides(v, -1, bx, by); // a free start exactly at a vertex
            } else if (key == keyB) {
                continue; // a free end exactly at a vertex: handled after the loop
            } else {
                if (!along(previous, key)) {
                    sides = WedgeTable.BOTH_SIDES;
                }
                sides &= wedges.passSides(v, ax, ay, bx, by);
                previous = key;
            }
            if (sides == 0) {
                return false;
            }
        }
        if (!along(previous, keyB)) {
            sides = WedgeTable.BOTH_SIDES;
        }
        sides &= bSides;
        for (int i = touchCount - 1; i >= 0 && touchedKey[i] == keyB; i--) {
            sides &= WedgeTable.mirror(wedges.leaveSides(touched[i], -1, ax, ay));
        }
        return sides != 0;
    }
}
