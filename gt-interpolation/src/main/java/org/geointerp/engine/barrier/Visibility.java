package org.geointerp.engine.barrier;

/**
 * Decides whether a straight piece of path is blocked by the geometric barriers. It is blocked when it
 * <ul>
 *   <li>properly crosses a barrier segment (the two meet in one point interior to both), or</li>
 *   <li>passes through a barrier vertex from one of its wedges into another ({@link WedgeTable}), or</li>
 *   <li>starts or ends exactly on an obstacle's edge or vertex and heads into the obstacle's interior.</li>
 * </ul>
 * Touching is not blocking: a path may pass through a line's free end, run along a barrier, or start on one. An
 * end of the piece that is a visibility-graph node (a barrier vertex entered in a known wedge) is exempt from the
 * vertex test there: the caller has checked that wedge. One instance per thread (it owns a {@link CellWalk}).
 */
final class Visibility {

    private final CellGrid grid;
    private final SegmentTable geo;
    private final WedgeTable wedges;
    private final CellWalk walk;
    private final Stamps stamps;

    Visibility(CellGrid grid, SegmentTable geo, WedgeTable wedges) {
        this.grid = grid;
        this.geo = geo;
        this.wedges = wedges;
        this.walk = new CellWalk(grid);
        this.stamps = new Stamps(geo.size);
    }

    /**
     * @param aVertex the wedge-table vertex at A when A is a graph node, else -1 (a free point)
     * @param bVertex likewise for B
     */
    boolean blocked(double ax, double ay, int aVertex, double bx, double by, int bVertex) {
        if (geo.size == 0 || grid.outside(ax, ay, bx, by)) {
            return false;
        }
        double minX = ax < bx ? ax : bx;
        double maxX = ax < bx ? bx : ax;
        double minY = ay < by ? ay : by;
        double maxY = ay < by ? by : ay;
        int epoch = stamps.next();
        walk.start(ax, ay, bx, by);
        for (int cell = walk.next(); cell >= 0; cell = walk.next()) {
            for (int k = geo.start[cell], kEnd = geo.start[cell + 1]; k < kEnd; k++) {
                int s = geo.items[k];
                // the common case: boxes apart, four comparisons; a segment listed in several cells tested once
                if (geo.boxMisses(s, minX, minY, maxX, maxY) || stamps.seen(s, epoch)) {
                    continue;
                }
                if (blocks(s, ax, ay, aVertex, bx, by, bVertex)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean blocks(int s, double ax, double ay, int aVertex, double bx, double by, int bVertex) {
        double sx0 = geo.x0[s];
        double sy0 = geo.y0[s];
        double sx1 = geo.x1[s];
        double sy1 = geo.y1[s];
        int o1 = Orient.index(ax, ay, bx, by, sx0, sy0);
        int o2 = Orient.index(ax, ay, bx, by, sx1, sy1);
        if (o1 == o2 && o1 != 0) {
            return false;
        }
        int o3 = Orient.index(sx0, sy0, sx1, sy1, ax, ay);
        int o4 = Orient.index(sx0, sy0, sx1, sy1, bx, by);
        if (o3 == o4 && o3 != 0) {
            return false;
        }
        if (o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0) {
            return true; // proper crossing
        }
        // touching contacts: through a vertex, or an end of the piece on the segment
        if (o1 == 0 && vertexBlocks(geo.v0[s], ax, ay, aVertex, bx, by, bVertex)) {
            return true;
        }
        if (o2 == 0 && vertexBlocks(geo.v1[s], ax, ay, aVertex, bx, by, bVertex)) {
            return true;
        }
        if (geo.polygon[s] && o1 == -o2 && o1 != 0) {
            // an end lies inside the edge (the interior is on the edge's left): may not head into the obstacle
            return o3 == 0 && o4 > 0 || o4 == 0 && o3 > 0;
        }
        return false;
    }

    /** Vertex v lies on the line AB: does the piece pass through it, or start there, in a forbidden way? */
    private boolean vertexBlocks(int v, double ax, double ay, int aVertex, double bx, double by, int bVertex) {
        if (v == aVertex || v == bVertex) {
            return false;
        }
        double x = wedges.x(v);
        double y = wedges.y(v);
        boolean atA = x == ax && y == ay;
        boolean atB = x == bx && y == by;
        if (atA && atB) {
            return false;
        }
        if (atA) {
            return !wedges.anyAllowedContains(v, bx, by);
        }
        if (atB) {
            return !wedges.anyAllowedContains(v, ax, ay);
        }
        return Orient.strictlyBetween(ax, ay, bx, by, x, y) && !wedges.passAllowed(v, ax, ay, bx, by);
    }
}
