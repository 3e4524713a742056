package org.geointerp.engine.barrier;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Answers "is this point inside a polygon obstacle?" (in its interior; the boundary is outside). Each grid cell
 * that no obstacle edge touches is wholly inside or wholly outside, decided once from its centre; only in the cells
 * an edge passes through does a query ask JTS's indexed point-in-polygon locator (thread-safe once built).
 */
final class ObstacleMap {

    private static final byte OUTSIDE = 0;
    private static final byte INSIDE = 1;
    private static final byte MIXED = 2;

    private final CellGrid grid;
    private final Envelope[] envelopes;
    private final IndexedPointInAreaLocator[] locators;
    private final byte[] state;
    /** For mixed cells: the obstacles whose envelope meets the cell. */
    private final int[][] candidates;

    ObstacleMap(CellGrid grid, SegmentTable geo, List<Polygon> obstacles) {
        this.grid = grid;
        int n = obstacles.size();
        envelopes = new Envelope[n];
        locators = new IndexedPointInAreaLocator[n];
        state = new byte[n == 0 ? 0 : grid.cellCount()];
        candidates = new int[state.length][];
        if (n == 0) {
            return;
        }
        for (int cell = 0; cell < state.length; cell++) {
            for (int k = geo.start[cell]; k < geo.start[cell + 1]; k++) {
                if (geo.polygon[geo.items[k]]) {
                    state[cell] = MIXED;
                    break;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            envelopes[p] = obstacles.get(p).getEnvelopeInternal();
            locators[p] = new IndexedPointInAreaLocator(obstacles.get(p));
            Envelope e = envelopes[p];
            for (int r = grid.row(e.getMinY()); r <= grid.row(e.getMaxY()); r++) {
                for (int c = grid.col(e.getMinX()); c <= grid.col(e.getMaxX()); c++) {
                    int cell = r * grid.nx + c;
                    if (state[cell] == MIXED) {
                        int[] list = candidates[cell];
                        list = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
                        list[list.length - 1] = p;
                        candidates[cell] = list;
                    } else if (state[cell] == OUTSIDE && interior(p, grid.centreX(c), grid.centreY(r))) {
                        state[cell] = INSIDE;
                    }
                }
            }
        }
    }

    boolean isEmpty() {
        return locators.length == 0;
    }

    boolean inside(double x, double y) {
        if (locators.length == 0 || grid.outside(x, y, x, y)) {
            return false;
        }
        int cell = grid.cellOf(x, y);
        byte s = state[cell];
        if (s != MIXED) {
            return s == INSIDE;
        }
        int[] list = candidates[cell];
        if (list == null) {
            return false; // an edge listed here only through the cell margin: the cell lies outside its polygon
        }
        for (int p : list) {
            if (envelopes[p].contains(x, y) && interior(p, x, y)) {
                return true;
            }
        }
        return false;
    }

    private boolean interior(int p, double x, double y) {
        return locators[p].locate(new Coordinate(x, y)) == Location.INTERIOR;
    }
}
