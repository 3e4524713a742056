package org.geointerp.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.shepard.ShepardSurface;
import scala.Tuple2;

/**
 * Shepard's derived slope scale {@code nu = 0.1 (max z - min z) / max_i |grad_i|} over all points of a large data
 * set, without one machine holding them: the data's bounding box is cut into tiles, each tile fits Shepard (radius
 * fixed) to its points and halo, and reports the largest slope of the points inside it (exact there: the halo holds
 * every point a slope uses). The largest over the tiles is the largest over all points.
 */
final class ShepardSlopes {

    private ShepardSlopes() {}

    static double slopeScale(
            JavaRDD<PointChunk> chunks,
            PointStats stats,
            DensityGrid density,
            Map<String, String> fixed,
            long maxPointsPerTask,
            int parallelism) {
        double[] b = stats.bounds();
        // a hair beyond the box, so that every point is inside some tile
        double pad = 1e-9 * Math.max(1, Math.max(b[2] - b[0], b[3] - b[1]));
        int side = (int) Math.max(1, Math.min(64, Math.ceil(Math.sqrt(stats.used() / (double) maxPointsPerTask) * 2)));
        GridSpec box = new GridSpec(b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad, side, side);
        TileGrid tiles = new TileGrid(box, 1, 1);
        double[] halos = Halos.of("Shepard", fixed, tiles, density, Double.NaN);
        TilePlan plan = TilePlan.of(tiles, halos, density, maxPointsPerTask, parallelism);
        // slopes do not depend on nu: any value lets the fit skip deriving it
        Map<String, String> withScale = new java.util.HashMap<>(fixed);
        withScale.put("slopeScale", "1");
        double largest = PieceShuffle.blocks(chunks, plan)
                .mapPartitions(it -> largestSlopes(plan, withScale, it))
                .fold(0.0, Math::max);
        double range = stats.maxValue() - stats.minValue();
        return largest > 0 && range > 0 ? 0.1 * range / largest : 0;
    }

    private static Iterator<Double> largestSlopes(
            TilePlan plan, Map<String, String> fixed, Iterator<Tuple2<Integer, PointBlock>> blocks) {
        List<Double> out = new ArrayList<>();
        List<PointBlock> mine = new ArrayList<>();
        Integer current = null;
        while (blocks.hasNext() || current != null) {
            Tuple2<Integer, PointBlock> next = blocks.hasNext() ? blocks.next() : null;
            if (current != null && (next == null || !next._1().equals(current))) {
                out.add(largest(plan.piece(current), PointBlock.points(mine), fixed));
                mine.clear();
                current = null;
            }
            if (next != null) {
                current = next._1();
                mine.add(next._2());
            }
        }
        return out.iterator();
    }

    private static double largest(Piece piece, PointSet points, Map<String, String> fixed) {
        if (points.size() == 0) {
            return 0;
        }
        ShepardSurface s = (ShepardSurface) Methods.get("Shepard")
                .interpolator(fixed)
                .fit(points, Execution.defaults().withParallelism(1));
        PointSet merged = s.points();
        double max = 0;
        for (int i = 0; i < merged.size(); i++) {
            double x = merged.x()[i];
            double y = merged.y()[i];
            if (x >= piece.minX() && x <= piece.maxX() && y >= piece.minY() && y <= piece.maxY()) {
                max = Math.max(max, s.slopeX(i) * s.slopeX(i) + s.slopeY(i) * s.slopeY(i));
            }
        }
        // as the engine: the largest squared slope, its root taken once
        return Math.sqrt(max);
    }
}
