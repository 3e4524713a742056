package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * GDAL (Debian gdal-bin, python3-gdal) as the independent reader of the files written here: what QGIS and most GIS
 * software open rasters with. Required on CI ({@code .ci/run} installs it); on a developer machine without it the
 * tests that need it are skipped.
 */
final class Gdal {

    /** Debian's interpreter, which has python3-gdal's osgeo_utils. */
    static final String PYTHON = "/usr/bin/python3";

    private Gdal() {}

    record Result(int exit, String out) {}

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(
                        command.get(0) + " is required on CI (apt-get install gdal-bin python3-gdal)", e);
            }
            Assumptions.abort(command.get(0) + " not installed");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** {@code gdalinfo -json -stats -mdd all}: structure, metadata of every domain, bands with statistics. */
    static JsonNode info(Path file) throws Exception {
        Result r = run(List.of("gdalinfo", "-json", "-stats", "-mdd", "all", file.toString()));
        Files.deleteIfExists(Path.of(file + ".aux.xml")); // where -stats keeps what it computed
        assertEquals(0, r.exit(), r.out());
        return new ObjectMapper().readTree(r.out());
    }

    /** Plain {@code gdalinfo} text, as a user reads it. */
    static String infoText(Path file) throws Exception {
        Result r = run(List.of("gdalinfo", file.toString()));
        assertEquals(0, r.exit(), r.out());
        return r.out();
    }

    /** Every band's cells as GDAL reads them (through gdal_translate to raw little-endian floats). */
    static List<float[]> cells(Path file, int width, int height, int bands) throws Exception {
        Path raw = Files.createTempFile("gdal", ".bin");
        try {
            Result r = run(List.of(
                    "gdal_translate",
                    "-q",
                    "-of",
                    "ENVI",
                    "-co",
                    "INTERLEAVE=BSQ",
                    "-ot",
                    "Float32",
                    file.toString(),
                    raw.toString()));
            assertEquals(0, r.exit(), r.out());
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
            List<float[]> out = new ArrayList<>();
            for (int k = 0; k < bands; k++) {
                float[] v = new float[width * height];
                for (int i = 0; i < v.length; i++) {
                    v[i] = b.getFloat();
                }
                out.add(v);
            }
            return out;
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(Path.of(raw.toString().replace(".bin", ".hdr")));
            Files.deleteIfExists(Path.of(raw + ".aux.xml"));
        }
    }

    /** GDAL's own cloud-optimised GeoTIFF validation (osgeo_utils, python3-gdal): its report. */
    static Result validateCog(Path file) throws Exception {
        return run(List.of(PYTHON, "-m", "osgeo_utils.samples.validate_cloud_optimized_geotiff", file.toString()));
    }
}
