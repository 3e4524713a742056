package org.geointerp.engine.barrier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.internal.BucketLists;

/**
 * The geometric barriers as a planar network: equal points of different barriers become one vertex, and a segment
 * whose interior passes exactly through another barrier's vertex (a road ending on a river, a wall ending at a
 * building) is split there. Without the split the vertex would not see the segment ending at it, and a path could
 * slip across the T-junction through that vertex.
 */
final class GeometricNetwork {

    private record Key(double x, double y) {}

    final double[] vx;
    final double[] vy;
    final SegmentTable.Builder segments = new SegmentTable.Builder();

    GeometricNetwork(List<BarrierReader.Chain> chains, CellGrid grid) {
        Map<Key, Integer> ids = new HashMap<>();
        List<int[]> raw = new ArrayList<>(); // {a, b, polygonEdge}
        double[] xs = new double[16];
        double[] ys = new double[16];
        for (BarrierReader.Chain chain : chains) {
            if (!chain.geometric()) {
                continue;
            }
            int m = chain.pointCount();
            int[] id = new int[m];
            for (int p = 0; p < m; p++) {
                double x = chain.xy()[2 * p];
                double y = chain.xy()[2 * p + 1];
                Integer known = ids.putIfAbsent(new Key(x, y), ids.size());
                id[p] = known == null ? ids.size() - 1 : known;
                if (known == null) {
                    if (id[p] == xs.length) {
                        xs = Arrays.copyOf(xs, xs.length * 2);
                        ys = Arrays.copyOf(ys, ys.length * 2);
                    }
                    xs[id[p]] = x;
                    ys[id[p]] = y;
                }
            }
            for (int s = 0; s < chain.segmentCount(); s++) {
                raw.add(new int[] {id[s], id[(s + 1) % m], chain.polygonRing() ? 1 : 0});
            }
        }
        vx = Arrays.copyOf(xs, ids.size());
        vy = Arrays.copyOf(ys, ids.size());
        int[] cellOf = new int[vx.length];
        for (int v = 0; v < vx.length; v++) {
            cellOf[v] = grid.cellOf(vx[v], vy[v]);
        }
        BucketLists cellVertices = BucketLists.byBucket(grid.cellCount(), cellOf);
        for (int[] seg : raw) {
            split(grid, seg[0], seg[1], seg[2] == 1, cellVertices.start(), cellVertices.items());
        }
    }

    private void split(CellGrid grid, int a, int b, boolean polygonEdge, int[] cellStart, int[] cellVertices) {
        double ax = vx[a];
        double ay = vy[a];
        double bx = vx[b];
        double by = vy[b];
        List<Integer> inner = new ArrayList<>();
        CellWalk walk = new CellWalk(grid).start(ax, ay, bx, by);
        for (int cell = walk.next(); cell >= 0; cell = walk.next()) {
            for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                int w = cellVertices[k];
                if (w != a
                        && w != b
                        && !inner.contains(w)
                        && Orient.index(ax, ay, bx, by, vx[w], vy[w]) == 0
                        && Orient.strictlyBetween(ax, ay, bx, by, vx[w], vy[w])) {
                    inner.add(w);
                }
            }
        }
        boolean alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
        double sign = alongX ? Math.signum(bx - ax) : Math.signum(by - ay);
        inner.sort((p, q) -> Double.compare(sign * (alongX ? vx[p] : vy[p]), sign * (alongX ? vx[q] : vy[q])));
        int from = a;
        for (int w : inner) {
            segments.addGeometric(vx[from], vy[from], vx[w], vy[w], from, w, polygonEdge);
            from = w;
        }
        segments.addGeometric(vx[from], vy[from], bx, by, from, b, polygonEdge);
    }
}
