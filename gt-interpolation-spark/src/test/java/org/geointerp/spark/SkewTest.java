package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;

/**
 * A clustered set where one tile's halo holds 90 % of the points: the tile is split into pieces and the pieces are
 * spread over tasks so that no task holds more than the set share, and the mosaic is still the one machine's.
 */
class SkewTest {

    @Test
    void aTileHoldingMostPointsIsSplitAcrossTasks() throws Exception {
        Random r = new Random(11);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            boolean cluster = i % 10 != 0;
            x[i] = cluster ? 1000 + r.nextDouble() * 1000 : r.nextDouble() * 4000;
            y[i] = cluster ? 2000 + r.nextDouble() * 1000 : r.nextDouble() * 4000;
            v[i] = SparkTests.value(x[i], y[i]);
        }
        long cap = n / 5;
        InterpolationRequest request = InterpolationRequest.of("Clusterpolate")
                .withParameter("radius", 60.0)
                .withGeometryColumn("geom")
                .withGrid(0, 0, 4000, 4000, 128, 128)
                .withCrs("EPSG:32633")
                .withTileSize(32)
                .withMaxPointsPerTask(cap);
        TiledResult result = SparkInterpolation.interpolate(SparkTests.points(x, y, v), request);
        List<Row> tiles = result.tiles()
                .select("tile_col", "tile_row", "part", "points", "task")
                .collectAsList();
        Map<Integer, Long> perTask = new HashMap<>();
        long inClusterTile = 0;
        int pieces = 0;
        for (Row t : tiles) {
            perTask.merge(t.getInt(4), t.getLong(3), Long::sum);
            if (t.getInt(0) == 1 && t.getInt(1) == 1) {
                inClusterTile += t.getLong(3);
                pieces++;
            }
        }
        long largest =
                perTask.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.println("skew: " + pieces + " pieces of the cluster's tile, " + perTask.size() + " tasks, largest "
                + largest + " points of " + n + " (cap " + cap + ")");
        // the cluster's tile (column 1, row 1: x 1000-2000, y 2000-3000) with its halo holds 90 % of the points
        assertTrue(pieces > 1, "the cluster's tile must be split");
        assertTrue(inClusterTile >= 0.9 * n, inClusterTile + " points in the cluster tile's pieces");
        assertTrue(largest <= cap, "a task held " + largest + " points, more than " + cap);

        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633", true);
        float[][] one = SparkTests.bands(SparkTests.process(
                "Clusterpolate",
                SparkTests.features(utm, x, y, v),
                new ReferencedEnvelope(0, 4000, 0, 4000, utm),
                128,
                128,
                result.parameters()));
        float[][] mosaic = SparkTests.mosaic(result, 128, 128);
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < one[b].length; i++) {
                float want = one[b][i] == -9999f ? Float.NaN : one[b][i];
                float got = mosaic[b][i] == -9999f ? Float.NaN : mosaic[b][i];
                assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got), "band " + b + " cell " + i);
            }
        }
        result.release();
    }
}
