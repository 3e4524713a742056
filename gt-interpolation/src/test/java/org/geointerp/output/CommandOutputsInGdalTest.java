package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geointerp.cli.Main;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.clusterpolate.DefaultRadius;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What GDAL (the reader QGIS and most GIS software use) shows of files the command line writes from real runs, not
 * synthetic coverages: each band's description and colour interpretation, and the metadata items of the run,
 * including the parameters derived from the data (a user must be able to tell from the file what radius was used).
 */
class CommandOutputsInGdalTest {

    @TempDir
    Path tmp;

    private static final Path ARC = Path.of("..", "sample-data", "clusterpolate_arc.csv");
    private static final Path CYLINDER = Path.of("..", "sample-data", "purbf_cylinder_f3d.csv");

    private static void run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(args), err.toString());
    }

    @Test
    void clusterpolateFileNamesItsBandsAndTheDerivedRadius() throws Exception {
        Path base = tmp.resolve("arc");
        run(
                "clusterpolate",
                "-i",
                ARC.toString(),
                "--crs",
                "EPSG:3857",
                "-o",
                base.toString(),
                "--bbox",
                "-1.5,-1.5,1.5,1.5",
                "-W",
                "80");
        JsonNode info = Gdal.info(tmp.resolve("arc.tif"));
        JsonNode bands = info.path("bands");
        assertEquals(2, bands.size(), info.toString());
        assertEquals("value", bands.get(0).path("description").asText());
        assertEquals("membership", bands.get(1).path("description").asText());
        assertEquals("Gray", bands.get(0).path("colorInterpretation").asText());
        assertEquals("Undefined", bands.get(1).path("colorInterpretation").asText());
        JsonNode md = info.path("metadata").path("");
        assertTrue(md.path("method").asText().startsWith("Clusterpolate"), md.toString());
        assertEquals("derived from the data", md.path("radiusSource").asText(), md.toString());
        // the radius the engine derived from these points, as the file reports it
        double derived = DefaultRadius.of(readXy(ARC));
        assertEquals(derived, Double.parseDouble(md.path("radius").asText()), 1e-12 * derived, md.toString());
        int rows = (int) Files.lines(ARC).count() - 1;
        assertEquals(String.valueOf(rows), md.path("pointsRead").asText(), md.toString());
    }

    @Test
    void zLevelsAreBandsNamedByTheirLevelNotColours() throws Exception {
        Path base = tmp.resolve("levels");
        run(
                "purbf",
                "-i",
                CYLINDER.toString(),
                "--crs",
                "EPSG:32633",
                "--z-column",
                "z",
                "--z-levels",
                "1000,5000,9000",
                "--bbox",
                "500000,5000000,510000,5010000",
                "-W",
                "20",
                "-H",
                "16",
                "-o",
                base.toString());
        JsonNode info = Gdal.info(tmp.resolve("levels.tif"));
        JsonNode bands = info.path("bands");
        assertEquals(3, bands.size(), info.toString());
        String[] names = {"z=1000", "z=5000", "z=9000"};
        for (int b = 0; b < 3; b++) {
            assertEquals(names[b], bands.get(b).path("description").asText(), info.toString());
            String colour = bands.get(b).path("colorInterpretation").asText();
            assertTrue(colour.equals("Gray") || colour.equals("Undefined"), "band " + b + " is " + colour);
        }
        JsonNode md = info.path("metadata").path("");
        assertTrue(md.path("method").asText().startsWith("PartitionOfUnityRBF"), md.toString());
    }

    private static PointSet readXy(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        double[] z = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
            z[i] = rows.get(i)[2];
        }
        return PointSet.of2D(x, y, z);
    }
}
