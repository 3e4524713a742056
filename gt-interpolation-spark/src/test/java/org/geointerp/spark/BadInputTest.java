package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused before any job runs, with a message naming the parameter; an Akima halo that cannot be exact
 * is refused after the planning passes and before any tile is computed.
 */
class BadInputTest {

    /** Descriptions of the jobs started since the last {@link #jobs()} call ("" for none). */
    private static final List<String> JOBS = new ArrayList<>();

    @BeforeAll
    static void listen() {
        SparkTests.spark().sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                String d =
                        start.properties() == null ? null : start.properties().getProperty("spark.job.description");
                synchronized (JOBS) {
                    JOBS.add(d == null ? "" : d);
                }
            }
        });
    }

    private static List<String> jobs() {
        // the listener bus delivers events asynchronously: let it catch up
        try {
            SparkTests.spark().sparkContext().listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        synchronized (JOBS) {
            List<String> copy = new ArrayList<>(JOBS);
            JOBS.clear();
            return copy;
        }
    }

    private static Dataset<Row> points() {
        double[][] p = SparkTests.uniform(300, 1000, 5);
        return SparkTests.points(p[0], p[1], p[2]);
    }

    private static InterpolationRequest shepard() {
        return InterpolationRequest.of("Shepard")
                .withGeometryColumn("geom")
                .withValueColumn("value")
                .withGrid(0, 0, 1000, 1000, 50, 50)
                .withCrs("EPSG:32633")
                .withTileSize(25);
    }

    /** Refused with a message starting with {@code parameter + ":"} and containing {@code text}, before any job. */
    private static void refusedBeforeAnyJob(
            Dataset<Row> data, InterpolationRequest request, String parameter, String text) {
        jobs();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SparkInterpolation.interpolate(data, request));
        assertTrue(e.getMessage().startsWith(parameter + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertEquals(List.of(), jobs(), "no job may run before the request is refused: " + e.getMessage());
    }

    @Test
    void noValueColumn() {
        refusedBeforeAnyJob(points(), shepard().withValueColumn("elevation"), "valueColumn", "no column 'elevation'");
    }

    @Test
    void valueColumnNotNumeric() {
        Dataset<Row> text = points().withColumn("value", functions.col("value").cast("string"));
        refusedBeforeAnyJob(text, shepard(), "valueColumn", "is string, not numeric");
    }

    @Test
    void mismatchedCrs() {
        refusedBeforeAnyJob(points(), shepard().withPointsCrs("EPSG:4326"), "crs", "the points are in EPSG:4326");
    }

    @Test
    void tileSizeZeroOrOverTheLimit() {
        refusedBeforeAnyJob(points(), shepard().withTileSize(0), "tileSize", "must be a positive number of cells");
        refusedBeforeAnyJob(
                points(),
                shepard().withGrid(0, 0, 1000, 1000, 5000, 5000).withTileSize(5000),
                "tileSize",
                "exceeds the limit of 16777216 cells per tile");
    }

    @Test
    void unknownParameterAndBadValue() {
        refusedBeforeAnyJob(points(), shepard().withParameter("radious", 5), "parameters", "no parameter 'radious'");
        refusedBeforeAnyJob(points(), shepard().withParameter("radius", "-3"), "radius", "must be a finite number > 0");
        refusedBeforeAnyJob(points(), shepard().withParameter("radius", "wide"), "radius", "is not a number");
    }

    @Test
    void notAGeometryColumn() {
        refusedBeforeAnyJob(
                points().withColumn("geom", functions.lit("POINT (1 2)")),
                shepard(),
                "geometryColumn",
                "not a Sedona geometry");
    }

    @Test
    void akimaExtrapolationCannotBeTiled() {
        InterpolationRequest akima = InterpolationRequest.of("Akima")
                .withParameter("extrapolate", true)
                .withGeometryColumn("geom")
                .withGrid(0, 0, 1000, 1000, 50, 50)
                .withTileSize(25);
        refusedBeforeAnyJob(points(), akima, "extrapolate", "tiles cannot compute it exactly");
    }

    /**
     * A halo narrower than the spacing of the points cannot hold a point's 11 nearest neighbours: refused once the
     * density is known, before the tiles' job (every job that ran is a planning pass).
     */
    @Test
    void akimaHaloThatCannotBeExact() {
        InterpolationRequest akima = InterpolationRequest.of("Akima")
                .withGeometryColumn("geom")
                .withGrid(0, 0, 1000, 1000, 50, 50)
                .withTileSize(25)
                .withHalo(5);
        jobs();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SparkInterpolation.interpolate(points(), akima));
        assertTrue(e.getMessage().startsWith("halo: 5.0 cannot be exact for Akima tile"), e.getMessage());
        assertTrue(e.getMessage().contains("nearest neighbours"), e.getMessage());
        List<String> ran = jobs();
        int first = ran.indexOf("geointerp: summarise points");
        assertTrue(first >= 0, ran.toString());
        assertTrue(
                ran.subList(first, ran.size()).stream().allMatch(d -> d.startsWith("geointerp: ")),
                "only planning passes ran, no tile job: " + ran);
    }

    /**
     * A halo wide enough for every tile point's 11 nearest neighbours (the check before the job) but not for the
     * triangles' circumcircles and the neighbours' neighbours: the tile's proof stops the job, naming the halo.
     */
    @Test
    void akimaTileThatCannotBeProvenStopsTheJob() {
        int provenFailures = 0;
        for (double halo : new double[] {130, 150, 170, 190}) {
            InterpolationRequest akima = InterpolationRequest.of("Akima")
                    .withGeometryColumn("geom")
                    .withGrid(0, 0, 1000, 1000, 50, 50)
                    .withTileSize(25)
                    .withHalo(halo);
            TiledResult r;
            try {
                r = SparkInterpolation.interpolate(points(), akima);
            } catch (IllegalArgumentException refusedBeforeTheJob) {
                continue;
            }
            Exception e = assertThrows(Exception.class, () -> r.tiles().collectAsList(), "halo " + halo);
            assertTrue(String.valueOf(e.getMessage()).contains("halo: Akima tile"), e.getMessage());
            assertTrue(
                    String.valueOf(e.getMessage()).contains("cannot be proven exact with a halo of " + halo),
                    e.getMessage());
            r.release();
            provenFailures++;
            break;
        }
        assertEquals(1, provenFailures, "some halo passes the check before the job and fails a tile's proof");
    }

    @Test
    void rowsWithoutValueAreCountedNotDropped() {
        Dataset<Row> withNulls = points().withColumn(
                        "value", functions.when(functions.rand(7).lt(0.1), null).otherwise(functions.col("value")));
        TiledResult r = SparkInterpolation.interpolate(withNulls, shepard());
        long nulls = withNulls.filter(functions.col("value").isNull()).count();
        assertTrue(nulls > 0);
        assertTrue(
                r.inputSummary().startsWith((300 - nulls) + " of 300 rows used; skipped " + nulls + " with null value"),
                r.inputSummary());
        r.release();
        Map<String, String> p = r.parameters();
        assertTrue(p.containsKey("radius") && p.containsKey("slopeScale"), p.toString());
    }

    /** Values the float32 rasters cannot hold are refused naming the value column, as the processes refuse them. */
    @Test
    void valuesBeyondFloat32AreRefused() {
        double[][] p = SparkTests.uniform(300, 1000, 5);
        long count = 0;
        for (int i = 0; i < 300; i += 37) {
            p[2][i] = i % 2 == 0 ? 1e308 : Double.NEGATIVE_INFINITY;
            count++;
        }
        Dataset<Row> huge = SparkTests.points(p[0], p[1], p[2]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SparkInterpolation.interpolate(huge, shepard()));
        assertTrue(
                e.getMessage().startsWith("value: " + count + " rows have a value beyond the 32-bit float range"),
                e.getMessage());
    }
}
