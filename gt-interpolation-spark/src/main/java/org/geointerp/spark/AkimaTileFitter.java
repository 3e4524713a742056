package org.geointerp.spark;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.akima.AkimaInterpolator;
import org.geointerp.engine.akima.AkimaOptions;
import org.geointerp.engine.akima.AkimaSurface;
import org.geointerp.engine.akima.AkimaTiles;
import org.locationtech.jts.geom.Geometry;

/**
 * Akima tile by tile: every tile fits in the whole data set's frame (its bounding box and number of distinct
 * locations, {@link AkimaOptions#withFrame}), so that it makes the choices one fit to all points makes, and then
 * proves with {@link AkimaTiles} that its halo held everything its cells depend on. A tile that cannot be proven
 * exact stops the job with a message naming the halo. Before any tile is computed, {@link #checkHalos} refuses a
 * given halo that the density grid shows too narrow for some point's 11 nearest neighbours.
 */
final class AkimaTileFitter extends TileFitter {

    private static final long serialVersionUID = 1L;

    /** The whole data's frame: minX, minY, maxX, maxY (the engine's record is not serialisable). */
    private final double[] frameBox;

    private final long distinct;
    private final Geometry hull;
    private final long points;
    /** All points, on the driver, when they are few enough to collect; never sent to the tasks. */
    private final transient PointSet all;

    private AkimaTileFitter(
            Map<String, String> fixed, AkimaOptions.DataFrame frame, Geometry hull, long points, PointSet all) {
        super("Akima", fixed);
        this.all = all;
        this.frameBox = new double[] {frame.minX(), frame.minY(), frame.maxX(), frame.maxY()};
        this.distinct = frame.points();
        this.hull = hull;
        this.points = points;
    }

    /**
     * The frame of all the data: the bounding box from the summary, the distinct locations counted exactly (on the
     * driver for small data, with a distributed distinct otherwise).
     */
    static AkimaTileFitter of(Map<String, String> fixed, PointStats stats, PointSet all, JavaRDD<PointChunk> chunks) {
        long distinct;
        if (all != null) {
            java.util.Set<java.util.List<Double>> locations = new java.util.HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                locations.add(java.util.List.of(all.x()[i], all.y()[i]));
            }
            distinct = locations.size();
        } else {
            distinct = PointChunk.eachPoint(chunks)
                    .map(p -> new scala.Tuple2<>(p.x(), p.y()))
                    .distinct()
                    .count();
        }
        double[] b = stats.bounds();
        return new AkimaTileFitter(
                fixed,
                new AkimaOptions.DataFrame(b[0], b[1], b[2], b[3], distinct),
                stats.hullGeometry(),
                stats.used(),
                all);
    }

    @Override
    Bands evaluate(PointSet data, GridSpec window, Piece piece, Execution execution) {
        double[] tile = {piece.minX(), piece.minY(), piece.maxX(), piece.maxY()};
        double h = piece.halo();
        double[] box = {tile[0] - h, tile[1] - h, tile[2] + h, tile[3] + h};
        AkimaSurface surface = null;
        if (data.size() >= 3) {
            try {
                // the registry's interpolator with the fixed parameters (the preset), in the whole data's frame
                AkimaOptions options = ((AkimaInterpolator) interpolator())
                        .options()
                        .withExtrapolate(false)
                        .withFrame(new AkimaOptions.DataFrame(
                                frameBox[0], frameBox[1], frameBox[2], frameBox[3], distinct));
                surface = new AkimaInterpolator(options).fit(data, execution);
            } catch (IllegalArgumentException e) {
                // fewer than 3 distinct locations, or all on one line: no triangle, as with no points
                surface = null;
            }
        }
        if (surface == null) {
            require(AkimaTiles.checkEmpty(tile, hull), piece);
            return empty(window);
        }
        float[] values = new float[(int) window.cellCount()];
        GridEvaluator.evaluate(surface, window, new float[][] {values}, execution);
        if (data.size() < points) {
            require(AkimaTiles.check(surface, tile, box, hull, window, values), piece);
        }
        return new Bands(new float[][] {values}, new String[] {surface.bandName(0)});
    }

    private static void require(AkimaTiles.Proof proof, Piece piece) {
        if (!proof.exact()) {
            throw new IllegalArgumentException("halo: Akima tile " + piece.tile()
                    + (piece.part() > 0 ? " part " + piece.part() : "")
                    + " cannot be proven exact with a halo of " + piece.halo() + ": " + proof.reason() + ", near ("
                    + proof.x() + ", " + proof.y() + "); give a wider halo");
        }
    }

    /**
     * Refuses, before any tile is computed, a halo that cannot be exact: a point inside a tile is a vertex of the
     * tile's triangles, and its derivatives read its 11 nearest neighbours, so all of them must lie in the halo
     * box. With the points on the driver (small data) every point is checked; otherwise the density grid shows it
     * where the cells within reach of a point hold too few points for its neighbours to be inside the halo.
     */
    void checkHalos(TileGrid tiles, double[] halos, DensityGrid density) {
        org.geointerp.engine.internal.KdTree.Searcher search =
                all == null ? null : new org.geointerp.engine.internal.KdTree(all).searcher();
        for (int t = 0; t < tiles.tileCount(); t++) {
            double x0 = tiles.x(tiles.colFrom(t));
            double x1 = tiles.x(tiles.colTo(t));
            double y1 = tiles.y(tiles.rowFrom(t));
            double y0 = tiles.y(tiles.rowTo(t));
            double h = halos[t];
            String reason = search != null
                    ? neighboursOutside(search, x0, y0, x1, y1, h)
                    : density.outsideWithinNeighbours(
                            x0, y0, x1, y1, x0 - h, y0 - h, x1 + h, y1 + h, Halos.AKIMA_NEIGHBOURHOOD);
            if (reason != null) {
                throw new IllegalArgumentException("halo: " + h + " cannot be exact for Akima tile (" + tiles.col(t)
                        + ", " + tiles.row(t) + "): " + reason + "; give a halo of at least a few times the"
                        + " distance between neighbouring points, or leave it to the data's density");
            }
        }
    }

    /** The first point inside the tile with one of its 11 nearest neighbours outside the halo box, or null. */
    private String neighboursOutside(
            org.geointerp.engine.internal.KdTree.Searcher search,
            double x0,
            double y0,
            double x1,
            double y1,
            double h) {
        for (int i = 0; i < all.size(); i++) {
            double x = all.x()[i];
            double y = all.y()[i];
            if (x < x0 || x > x1 || y < y0 || y > y1) {
                continue;
            }
            int found = search.nearest(x, y, Halos.AKIMA_NEIGHBOURHOOD);
            for (int k = 0; k < found; k++) {
                int q = search.index(k);
                double qx = all.x()[q];
                double qy = all.y()[q];
                if (qx < x0 - h || qx > x1 + h || qy < y0 - h || qy > y1 + h) {
                    return "the point (" + x + ", " + y + ") has (" + qx + ", " + qy + ") among its "
                            + (Halos.AKIMA_NEIGHBOURHOOD - 1) + " nearest neighbours (Akima's derivative estimate),"
                            + " outside the halo";
                }
            }
        }
        return null;
    }

    @Override
    Bands empty(GridSpec window) {
        float[] values = new float[(int) window.cellCount()];
        Arrays.fill(values, Float.NaN);
        return new Bands(new float[][] {values}, new String[] {"value"});
    }
}
