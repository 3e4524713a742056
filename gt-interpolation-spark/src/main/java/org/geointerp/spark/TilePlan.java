package org.geointerp.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Which pieces the tasks compute and which task computes each: the tiles, each split into quarters (recursively)
 * while the density grid says its halo holds more than {@code maxPointsPerTask} points and it is larger than
 * {@link #MIN_SIDE} cells, then packed onto partitions, largest first onto the least loaded, with as many partitions
 * as it takes for none to hold more than the cap (where the pieces allow). A cluster that fills one tile thus
 * spreads over several tasks instead of one task holding most of the points.
 *
 * <p>A split does not shrink a piece's halo: a piece smaller than the method's reach still reads everything within
 * reach, so the share one task holds cannot fall below the points within reach of {@link #MIN_SIDE} cells.
 */
final class TilePlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Pieces are not split below this many cells a side. */
    static final int MIN_SIDE = 8;

    private final TileGrid tiles;
    private final Piece[] pieces;
    /** Pieces of tile t: piecesOf[t]. */
    private final int[][] piecesOf;

    private final double maxHalo;
    private final int partitions;

    private TilePlan(TileGrid tiles, Piece[] pieces, int partitions) {
        this.tiles = tiles;
        this.pieces = pieces;
        this.partitions = partitions;
        int[] count = new int[tiles.tileCount()];
        double h = 0;
        for (Piece p : pieces) {
            count[p.tile()]++;
            h = Math.max(h, p.halo());
        }
        this.maxHalo = h;
        piecesOf = new int[tiles.tileCount()][];
        for (int t = 0; t < count.length; t++) {
            piecesOf[t] = new int[count[t]];
        }
        int[] fill = new int[tiles.tileCount()];
        for (Piece p : pieces) {
            piecesOf[p.tile()][fill[p.tile()]++] = p.index();
        }
    }

    /**
     * @param halos one halo per tile
     * @param minPartitions at least this many partitions (the cluster's parallelism), when there are enough pieces
     */
    static TilePlan of(TileGrid tiles, double[] halos, DensityGrid density, long maxPointsPerTask, int minPartitions) {
        List<Piece> list = new ArrayList<>();
        for (int t = 0; t < tiles.tileCount(); t++) {
            split(
                    tiles,
                    density,
                    t,
                    halos[t],
                    tiles.colFrom(t),
                    tiles.rowFrom(t),
                    tiles.colTo(t),
                    tiles.rowTo(t),
                    maxPointsPerTask,
                    list);
        }
        // parts numbered per tile from 1 when a tile was split, 0 when it is whole
        int[] parts = new int[tiles.tileCount()];
        for (Piece p : list) {
            parts[p.tile()]++;
        }
        int[] next = new int[tiles.tileCount()];
        Piece[] pieces = new Piece[list.size()];
        for (int i = 0; i < pieces.length; i++) {
            Piece p = list.get(i);
            int part = parts[p.tile()] == 1 ? 0 : ++next[p.tile()];
            pieces[i] = new Piece(
                    i,
                    p.tile(),
                    part,
                    p.colFrom(),
                    p.rowFrom(),
                    p.colTo(),
                    p.rowTo(),
                    p.halo(),
                    p.minX(),
                    p.minY(),
                    p.maxX(),
                    p.maxY(),
                    p.estimatedPoints(),
                    0);
        }
        int partitions = pack(pieces, maxPointsPerTask, minPartitions);
        return new TilePlan(tiles, pieces, partitions);
    }

    private static void split(
            TileGrid tiles,
            DensityGrid density,
            int tile,
            double halo,
            int c0,
            int r0,
            int c1,
            int r1,
            long cap,
            List<Piece> out) {
        double minX = tiles.x(c0);
        double maxX = tiles.x(c1);
        double maxY = tiles.y(r0);
        double minY = tiles.y(r1);
        long estimate = density.countIn(minX - halo, minY - halo, maxX + halo, maxY + halo);
        boolean wide = c1 - c0 >= 2 * MIN_SIDE;
        boolean tall = r1 - r0 >= 2 * MIN_SIDE;
        if (estimate <= cap || (!wide && !tall)) {
            out.add(new Piece(-1, tile, 0, c0, r0, c1, r1, halo, minX, minY, maxX, maxY, estimate, 0));
            return;
        }
        int cm = wide ? (c0 + c1) / 2 : c1;
        int rm = tall ? (r0 + r1) / 2 : r1;
        split(tiles, density, tile, halo, c0, r0, cm, rm, cap, out);
        if (wide) {
            split(tiles, density, tile, halo, cm, r0, c1, rm, cap, out);
        }
        if (tall) {
            split(tiles, density, tile, halo, c0, rm, cm, r1, cap, out);
        }
        if (wide && tall) {
            split(tiles, density, tile, halo, cm, rm, c1, r1, cap, out);
        }
    }

    /** Largest first onto the least loaded partition; more partitions until none exceeds the cap. */
    private static int pack(Piece[] pieces, long cap, int minPartitions) {
        if (pieces.length == 0) {
            return 1;
        }
        long sum = 0;
        for (Piece p : pieces) {
            sum += p.estimatedPoints();
        }
        Piece[] bySize = pieces.clone();
        Arrays.sort(bySize, Comparator.comparingLong(Piece::estimatedPoints).reversed());
        int n = (int) Math.min(pieces.length, Math.max(minPartitions, (sum + cap - 1) / cap));
        while (true) {
            long[] load = new long[n];
            int[] assigned = new int[pieces.length];
            PriorityQueue<Integer> least = new PriorityQueue<>(
                    Comparator.<Integer>comparingLong(i -> load[i]).thenComparingInt(i -> i));
            for (int i = 0; i < n; i++) {
                least.add(i);
            }
            long max = 0;
            for (Piece p : bySize) {
                int part = least.poll();
                load[part] += p.estimatedPoints();
                assigned[p.index()] = part;
                least.add(part);
                max = Math.max(max, load[part]);
            }
            if (max <= cap || n >= pieces.length) {
                for (int i = 0; i < pieces.length; i++) {
                    pieces[i] = pieces[i].withPartition(assigned[i]);
                }
                return n;
            }
            n = Math.min(pieces.length, Math.max(n + 1, (int) Math.ceil(n * 1.25)));
        }
    }

    TileGrid tiles() {
        return tiles;
    }

    Piece[] pieces() {
        return pieces;
    }

    Piece piece(int index) {
        return pieces[index];
    }

    int partitions() {
        return partitions;
    }

    double maxHalo() {
        return maxHalo;
    }

    /**
     * Calls {@code sink} with the index of every piece whose halo box holds (x, y): every tile within the largest
     * halo of the point is looked at (one tile of slack against rounding), then each piece's own box decides.
     */
    void piecesHolding(double x, double y, java.util.function.IntConsumer sink) {
        double tw = tiles.tileWidth() * tiles.cellWidth();
        double th = tiles.tileHeight() * tiles.cellHeight();
        double gx = tiles.x(0);
        double gy = tiles.y(0);
        int c0 = (int) Math.max(0, Math.floor((x - maxHalo - gx) / tw) - 1);
        int c1 = (int) Math.min(tiles.columns() - 1, Math.floor((x + maxHalo - gx) / tw) + 1);
        int r0 = (int) Math.max(0, Math.floor((gy - y - maxHalo) / th) - 1);
        int r1 = (int) Math.min(tiles.rows() - 1, Math.floor((gy - y + maxHalo) / th) + 1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int p : piecesOf[tiles.index(c, r)]) {
                    if (pieces[p].holds(x, y)) {
                        sink.accept(p);
                    }
                }
            }
        }
    }

    /** Smallest and largest halo, for reports. */
    double[] haloRange() {
        double lo = Double.POSITIVE_INFINITY;
        for (Piece p : pieces) {
            lo = Math.min(lo, p.halo());
        }
        return new double[] {lo, maxHalo};
    }
}
