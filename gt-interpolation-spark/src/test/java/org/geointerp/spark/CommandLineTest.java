package org.geointerp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.geointerp.spark.cli.SparkMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line reads CSV, GeoJSON and GeoParquet (through Sedona) and writes the tiles and the VRT; the three
 * inputs holding the same points give the same mosaic.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = SparkMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String[] common(String method, String input, String output, String... more) {
        String[] base = {
            method,
            "-i",
            input,
            "--bbox",
            "0,0,1000,1000",
            "--width",
            "40",
            "--height",
            "40",
            "--crs",
            "EPSG:32633",
            "--tile-size",
            "20",
            "-o",
            output,
            "--name",
            "surface"
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void csvGeoJsonAndGeoParquetGiveTheSameMosaic() throws Exception {
        double[][] p = SparkTests.uniform(400, 1000, 31);
        StringBuilder csv = new StringBuilder("x,y,elevation\n");
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < p[0].length; i++) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s%n", p[0][i], p[1][i], p[2][i]));
            json.append(String.format(
                    Locale.ROOT,
                    "%s{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%s,%s]},"
                            + "\"properties\":{\"elevation\":%s}}%n",
                    i == 0 ? "" : ",",
                    p[0][i],
                    p[1][i],
                    p[2][i]));
        }
        json.append("]}\n");
        Path csvFile = dir.resolve("points.csv");
        Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
        Path jsonFile = dir.resolve("points.geojson");
        Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
        Path parquet = dir.resolve("points.parquet");
        SparkTests.points(p[0], p[1], p[2])
                .withColumnRenamed("value", "elevation")
                .write()
                .format("geoparquet")
                .save(parquet.toString());

        Run a = run(common("shepard", csvFile.toString(), dir.resolve("csv").toString(), "--value", "elevation"));
        assertEquals(0, a.exit(), a.err() + a.out());
        assertTrue(a.out().contains("400 of 400 rows used"), a.out());
        Run b = run(common("shepard", jsonFile.toString(), dir.resolve("json").toString(), "--value", "elevation"));
        assertEquals(0, b.exit(), b.err() + b.out());
        Run c = run(common(
                "shepard",
                parquet.toString(),
                dir.resolve("parquet").toString(),
                "--format",
                "geoparquet",
                "--geometry",
                "geom",
                "--value",
                "elevation"));
        assertEquals(0, c.exit(), c.err() + c.out());
        for (String d : new String[] {"csv", "json", "parquet"}) {
            assertTrue(Files.exists(dir.resolve(d).resolve("surface.vrt")), d);
            assertEquals(
                    4,
                    Files.list(dir.resolve(d))
                            .filter(f -> f.toString().endsWith(".tif"))
                            .count(),
                    d);
        }
        // the same points give the same tiles, byte for byte
        for (String tile : new String[] {"surface_0_0.tif", "surface_1_1.tif"}) {
            byte[] fromCsv = Files.readAllBytes(dir.resolve("csv").resolve(tile));
            assertTrue(
                    java.util.Arrays.equals(
                            fromCsv, Files.readAllBytes(dir.resolve("json").resolve(tile))),
                    tile);
            assertTrue(
                    java.util.Arrays.equals(
                            fromCsv, Files.readAllBytes(dir.resolve("parquet").resolve(tile))),
                    tile);
        }
    }

    @Test
    void badInputIsOneLineNamingTheParameter() throws Exception {
        Path csvFile = dir.resolve("points.csv");
        Files.writeString(csvFile, "x,y,z\n1,2,3\n4,5,6\n7,1,2\n");
        Run r = run(common("shepard", csvFile.toString(), dir.resolve("out").toString(), "--value", "elevation"));
        assertEquals(2, r.exit(), r.err() + r.out());
        assertTrue(r.err().startsWith("error: valueColumn: no column 'elevation'"), r.err());
        Run m = run(common("kriging", csvFile.toString(), dir.resolve("out").toString()));
        assertEquals(2, m.exit(), m.err());
        assertTrue(m.err().startsWith("error: method: unknown method 'kriging'"), m.err());
    }
}
