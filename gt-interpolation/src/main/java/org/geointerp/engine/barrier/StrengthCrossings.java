package org.geointerp.engine.barrier;

/**
 * Sums the strengths of the strength-barrier crossings of a straight segment PD: each time PD crosses such a
 * barrier adds its strength, so a polygon's boundary passed through twice counts twice and a river crossed twice
 * counts twice. A crossing is a proper crossing of one of the barrier's segments, or a pass exactly through one of
 * its interior vertices with the barrier's neighbouring points strictly on opposite sides of PD (counted once, by
 * the segment that starts there). Touching (a line's free end, a vertex from one side, P or D on the barrier) is no
 * crossing. One instance per query thread (its {@link CandidateSegments} walk is mutable).
 */
final class StrengthCrossings {

    private final SegmentTable table;
    private final CandidateSegments candidates;

    StrengthCrossings(CellGrid grid, SegmentTable table) {
        this.table = table;
        this.candidates = new CandidateSegments(grid, table);
    }

    double sum(double px, double py, double qx, double qy) {
        if (!candidates.start(px, py, qx, qy)) {
            return 0;
        }
        double sum = 0;
        for (int s = candidates.next(); s >= 0; s = candidates.next()) {
            if (crosses(s, px, py, qx, qy)) {
                sum += table.strength[s];
            }
        }
        return sum;
    }

    private boolean crosses(int s, double px, double py, double qx, double qy) {
        double sx0 = table.x0[s];
        double sy0 = table.y0[s];
        double sx1 = table.x1[s];
        double sy1 = table.y1[s];
        int o3 = Orient.index(sx0, sy0, sx1, sy1, px, py);
        int o4 = Orient.index(sx0, sy0, sx1, sy1, qx, qy);
        if (o3 == 0 || o4 == 0 || o3 == o4) {
            return false;
        }
        int o1 = Orient.index(px, py, qx, qy, sx0, sy0);
        int o2 = Orient.index(px, py, qx, qy, sx1, sy1);
        if (o1 != 0 && o2 != 0) {
            return o1 != o2;
        }
        // the start vertex lies on PD, strictly between P and D since the segment's line separates them
        return o1 == 0 && table.hasPrev[s] && Orient.index(px, py, qx, qy, table.prevX[s], table.prevY[s]) == -o2;
    }
}
