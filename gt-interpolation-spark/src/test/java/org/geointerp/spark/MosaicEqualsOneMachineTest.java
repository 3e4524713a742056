package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;

/**
 * The Must-show equality: for each method, a local[2] run over 3 x 3 tiles (points right at tile corners, one tile
 * without points) gives the mosaic the single-machine GeoTools process gives over the whole grid with the same
 * fixed parameters, cell for cell.
 */
class MosaicEqualsOneMachineTest {

    /** 60 x 60 cells of 50 m: cell centres are exact in binary, in the whole grid and in every tile. */
    static final int SIZE = 60;

    static final double CELL = 50;
    static final int TILE = 20;

    /** Uniform points over a box a little larger than the grid, none in the top-right tile, four at each corner. */
    static double[][] data(int n, long seed) {
        double[][] u = SparkTests.uniform(n, 3400, seed);
        java.util.List<double[]> kept = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = u[0][i] - 200;
            double y = u[1][i] - 200;
            boolean emptyTile = x >= 2000 && x <= 3000 && y >= 2000 && y <= 3000;
            if (!emptyTile) {
                kept.add(new double[] {x, y, SparkTests.value(x, y)});
            }
        }
        // points a hair off the corners shared by four tiles: each belongs to all four tiles' halos
        for (double cx : new double[] {1000, 2000}) {
            for (double cy : new double[] {1000, 2000}) {
                if (cx == 2000 && cy == 2000) {
                    continue;
                }
                for (double[] d : new double[][] {{0.01, 0.02}, {-0.03, 0.01}, {0.02, -0.04}, {-0.01, -0.01}}) {
                    kept.add(new double[] {cx + d[0], cy + d[1], SparkTests.value(cx + d[0], cy + d[1])});
                }
            }
        }
        double[][] out = new double[3][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            for (int k = 0; k < 3; k++) {
                out[k][i] = kept.get(i)[k];
            }
        }
        return out;
    }

    static Compared run(String method, Map<String, ?> parameters) throws Exception {
        return run(method, parameters, r -> r);
    }

    static Compared run(
            String method, Map<String, ?> parameters, java.util.function.UnaryOperator<InterpolationRequest> more)
            throws Exception {
        double[][] p = data(1500, 3);
        InterpolationRequest request = more.apply(InterpolationRequest.of(method))
                .withParameters(parameters)
                .withGeometryColumn("geom")
                .withValueColumn("value")
                .withGrid(0, 0, SIZE * CELL, SIZE * CELL, SIZE, SIZE)
                .withCrs("EPSG:32633")
                .withTileSize(TILE);
        TiledResult result = SparkInterpolation.interpolate(SparkTests.points(p[0], p[1], p[2]), request);
        float[][] tiles = SparkTests.mosaic(result, SIZE, SIZE);
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633", true);
        float[][] one = SparkTests.bands(SparkTests.process(
                method,
                SparkTests.features(utm, p[0], p[1], p[2]),
                new ReferencedEnvelope(0, SIZE * CELL, 0, SIZE * CELL, utm),
                SIZE,
                SIZE,
                result.parameters()));
        result.release();
        return new Compared(result, tiles, one);
    }

    record Compared(TiledResult result, float[][] tiles, float[][] one) {
        int differing() {
            int n = 0;
            for (int b = 0; b < one.length; b++) {
                for (int i = 0; i < one[b].length; i++) {
                    if (Float.floatToIntBits(tiles[b][i]) != Float.floatToIntBits(one[b][i])) {
                        n++;
                    }
                }
            }
            return n;
        }

        double largestDifference() {
            double d = 0;
            for (int b = 0; b < one.length; b++) {
                for (int i = 0; i < one[b].length; i++) {
                    d = Math.max(d, Math.abs((double) tiles[b][i] - one[b][i]));
                }
            }
            return d;
        }

        int noData() {
            int n = 0;
            for (float v : one[0]) {
                n += v == -9999f ? 1 : 0;
            }
            return n;
        }

        String report(String method) {
            return method + ": " + result.parameters() + ", halos " + java.util.Arrays.toString(result.haloRange())
                    + ", differing cells " + differing() + ", largest difference " + largestDifference()
                    + ", nodata cells " + noData();
        }
    }

    @Test
    void shepardIsBitIdentical() throws Exception {
        Compared c = run("Shepard", Map.of());
        System.out.println(c.report("Shepard"));
        assertEquals(9, c.result().pieces());
        assertEquals(0, c.differing(), c.report("Shepard"));
    }

    @Test
    void clusterpolateIsBitIdentical() throws Exception {
        Compared c = run("Clusterpolate", Map.of());
        System.out.println(c.report("Clusterpolate"));
        assertEquals(2, c.tiles().length);
        assertEquals(0, c.differing(), c.report("Clusterpolate"));
        assertTrue(c.noData() > 0, "the empty tile's cells far from data have no value");
    }

    @Test
    void akimaAgrees() throws Exception {
        Compared c = run("Akima", Map.of());
        System.out.println(c.report("Akima"));
        assertTrue(c.largestDifference() <= 1e-9, c.report("Akima"));
    }

    @Test
    void partitionOfUnityRbfAgrees() throws Exception {
        Compared c = run("PartitionOfUnityRBF", Map.of("patchSpacing", 150.0));
        System.out.println(c.report("PartitionOfUnityRBF"));
        assertEquals(0, c.differing(), c.report("PartitionOfUnityRBF"));
    }

    /**
     * Data too large for the driver (here: more than 100 points) take the distributed path to the derived
     * parameters: Shepard's radius from the hull and its slope scale from every point's slope tile by tile, equal to
     * what the engine derives from all the points; Clusterpolate's radius from a seeded sample of the driver's size
     * (here 100 of the 1,500 points), its neighbour distance scaled by the square root of the sampling fraction: an
     * estimate, within a quarter of the engine's. The mosaic equals the one-machine process run with them.
     */
    @Test
    void largeDataDeriveTheEnginesParametersWithoutTheDriver() throws Exception {
        double[][] p = data(1500, 3);
        for (String method : new String[] {"Shepard", "Clusterpolate"}) {
            Compared c = run(method, Map.of(), r -> r.withDriverPoints(100));
            System.out.println(c.report(method + " (distributed parameters)"));
            assertEquals(0, c.differing(), c.report(method));
            Map<String, Object> engine = org.geointerp.engine.Methods.get(method)
                    .interpolator(Map.of())
                    .fit(org.geointerp.engine.PointSet.of2D(p[0], p[1], p[2]))
                    .summary()
                    .parameters();
            int compared = 0;
            for (Map.Entry<String, String> e : c.result().parameters().entrySet()) {
                Object derived = engine.get(e.getKey());
                if (derived instanceof Double d && !d.isNaN()) {
                    double tolerance = method.equals("Clusterpolate") ? 0.25 : 1e-9;
                    assertEquals(
                            d, Double.parseDouble(e.getValue()), tolerance * Math.abs(d), method + " " + e.getKey());
                    compared++;
                }
            }
            assertTrue(
                    compared >= 1,
                    method + ": no derived parameter compared in " + c.result().parameters());
        }
    }
}
