package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geointerp.engine.Execution;
import org.geointerp.engine.GridEvaluator;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geotools.coverage.grid.GridCoverage2D;
import org.junit.jupiter.api.Test;

/** GI_Interpolate in SQL: one Sedona raster per group, equal to the engine's fit of the group's points. */
class SqlFunctionTest {

    @Test
    void aggregatePerGroupIsTheEnginesSurface() {
        SparkSession spark = SparkTests.spark();
        InterpolationFunctions.register(spark);
        double[][] p = SparkTests.uniform(600, 1000, 41);
        SparkTests.points(p[0], p[1], p[2]).createOrReplaceTempView("readings");
        List<Row> rows = spark.sql("SELECT CASE WHEN ST_X(geom) < 500 THEN 'west' ELSE 'east' END AS side,"
                        + " GI_Interpolate(geom, value, 'Clusterpolate', 'radius=120, kernel=triweight',"
                        + " ST_PolygonFromEnvelope(0, 0, 1000, 1000), 25, 20) AS raster,"
                        + " RS_NumBands(GI_Interpolate(geom, value, 'Clusterpolate', 'radius=120',"
                        + " ST_PolygonFromEnvelope(0, 0, 1000, 1000), 25, 20)) AS bands"
                        + " FROM readings GROUP BY side ORDER BY side")
                .collectAsList();
        assertEquals(2, rows.size());
        for (Row r : rows) {
            boolean west = r.getString(0).equals("west");
            int n = 0;
            double[][] g = new double[3][p[0].length];
            for (int i = 0; i < p[0].length; i++) {
                if ((p[0][i] < 500) == west) {
                    g[0][n] = p[0][i];
                    g[1][n] = p[1][i];
                    g[2][n] = p[2][i];
                    n++;
                }
            }
            PointSet group = PointSet.of2D(
                    java.util.Arrays.copyOf(g[0], n),
                    java.util.Arrays.copyOf(g[1], n),
                    java.util.Arrays.copyOf(g[2], n));
            float[][] want = GridEvaluator.evaluate(
                    Methods.get("Clusterpolate")
                            .interpolator(Map.of("radius", "120", "kernel", "triweight"))
                            .fit(group),
                    new GridSpec(0, 0, 1000, 1000, 25, 20),
                    Execution.defaults());
            float[][] got = SparkTests.bands((GridCoverage2D) r.get(1));
            assertEquals(2, r.getInt(2));
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < want[b].length; i++) {
                    float w = Float.isNaN(want[b][i]) ? -9999f : want[b][i];
                    assertEquals(w, got[b][i], 0f, r.getString(0) + " band " + b + " cell " + i);
                }
            }
        }
    }
}
