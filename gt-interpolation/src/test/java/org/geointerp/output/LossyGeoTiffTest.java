package org.geointerp.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoTIFFs with discarded mantissa bits as GDAL reads them: every cell against the unrounded value. */
class LossyGeoTiffTest {

    private static final float NO_DATA = -9999f;

    @TempDir
    Path tmp;

    /** A smooth 300 x 200 two-band surface with nodata cells in a corner ({@link TestCoverages}). */
    private static RasterContent smooth(double noData) throws Exception {
        return RasterContent.of(TestCoverages.surface(
                TestCoverages.envelope(500000, 5000000, 503000, 5004000, CRS.decode("EPSG:32633")),
                300,
                200,
                2,
                noData,
                null));
    }

    /**
     * A smooth two-band surface with nodata cells (from {@link TestCoverages}) and, in band 0, NaN, the infinities,
     * zeros, subnormals, the largest floats and the float next to the nodata value.
     */
    private static RasterContent content(double noData) throws Exception {
        RasterContent c = smooth(noData);
        float[] special = {
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            0f,
            -0f,
            3 * Float.MIN_VALUE,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            Math.nextUp(NO_DATA)
        };
        float[] band = c.bands()[0];
        System.arraycopy(special, 0, band, band.length - special.length, special.length);
        return c;
    }

    private Path write(RasterContent c, GeoTiffOptions options, String name) throws Exception {
        Path file = tmp.resolve(name + ".tif");
        GeoTiffEncoder.write(c, file, options);
        return file;
    }

    /** The largest relative error of the cells GDAL reads; fails on any cell not rounded to nearest. */
    private static double checkCells(RasterContent c, Path file, int k) throws Exception {
        List<float[]> read = Gdal.cells(file, c.width(), c.height(), c.bands().length);
        double bound = Math.scalb(1.0, k - 24);
        double worst = 0;
        for (int b = 0; b < read.size(); b++) {
            float[] original = c.bands()[b];
            for (int i = 0; i < original.length; i++) {
                float x = original[i];
                float got = read.get(b)[i];
                String cell = "k=" + k + " band " + b + " cell " + i + ": " + x + " read back as " + got;
                // unchanged: special values, nodata, values that would round to infinity or onto nodata
                double nearest = MantissaRoundingTest.nearestOnKeptBits(x, k);
                boolean kept = !Float.isFinite(x)
                        || Math.abs(x) < Float.MIN_NORMAL
                        || Float.floatToRawIntBits(x) == Float.floatToRawIntBits((float) c.noData())
                        || Math.abs(nearest) > Float.MAX_VALUE
                        || nearest == c.noData();
                if (kept) {
                    assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits(got), cell);
                    continue;
                }
                assertEquals(nearest, got, 0.0, cell);
                double rel = Math.abs((double) got - x) / Math.abs(x);
                assertTrue(rel <= bound, cell + ", relative error " + rel + " above " + bound);
                worst = Math.max(worst, rel);
            }
        }
        return worst;
    }

    @Test
    void everyCellIsTheNearestOnTheKeptBitsWithinTheBoundAndTheMetadataSaysSo() throws Exception {
        RasterContent c = content(NO_DATA);
        long lossless = Files.size(write(c, GeoTiffOptions.defaults(), "k0"));
        for (int k : new int[] {8, 13, 22}) { // at 8, the float next to -9999 would round onto it
            Path file = write(c, GeoTiffOptions.defaults().withDiscardedBits(k), "k" + k);
            double worst = checkCells(c, file, k);
            assertTrue(worst > 0.5 * Math.scalb(1.0, k - 24), "k=" + k + ": values were rounded, worst " + worst);
            assertTrue(
                    Files.size(file) < lossless, "k=" + k + ": " + Files.size(file) + " bytes, lossless " + lossless);
            JsonNode info = Gdal.info(file);
            JsonNode md = info.path("metadata").path("");
            assertEquals(Integer.toString(k), md.path("discardedMantissaBits").asText(), md.toString());
            assertTrue(
                    md.path("valuesRounded").asText().contains("relative error at most 2^-" + (24 - k) + " = "),
                    md.toString());
            assertEquals(NO_DATA, info.path("bands").get(0).path("noDataValue").asDouble(), 0.0);
            assertEquals(
                    "3",
                    info.path("metadata")
                            .path("IMAGE_STRUCTURE")
                            .path("PREDICTOR")
                            .asText());
        }
        assertTrue(Gdal.infoText(write(c, GeoTiffOptions.defaults().withDiscardedBits(11), "text"))
                .contains("valuesRounded=to nearest on 13 of 24 significant bits (11 low mantissa bits discarded):"
                        + " relative error at most 2^-13 = 1.220703125E-4"));
    }

    /** GDAL's own DISCARD_LSB, applied to the lossless file, gives the same cells bit for bit on a smooth surface. */
    @Test
    void sameCellsAsGdalsDiscardLsb() throws Exception {
        RasterContent c = smooth(NO_DATA);
        Path lossless = write(c, GeoTiffOptions.defaults(), "lossless");
        for (int k : new int[] {8, 16}) {
            Path gdal = tmp.resolve("gdal" + k + ".tif");
            Gdal.Result r = Gdal.run(List.of(
                    "gdal_translate",
                    "-q",
                    "-co",
                    "COMPRESS=DEFLATE",
                    "-co",
                    "PREDICTOR=3",
                    "-co",
                    "DISCARD_LSB=" + k,
                    lossless.toString(),
                    gdal.toString()));
            assertEquals(0, r.exit(), r.out());
            List<float[]> expected = Gdal.cells(gdal, c.width(), c.height(), 2);
            List<float[]> got = Gdal.cells(
                    write(c, GeoTiffOptions.defaults().withDiscardedBits(k), "ours" + k), c.width(), c.height(), 2);
            int changed = 0;
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < expected.get(b).length; i++) {
                    int e = Float.floatToRawIntBits(expected.get(b)[i]);
                    assertEquals(e, Float.floatToRawIntBits(got.get(b)[i]), "k=" + k + " band " + b + " cell " + i);
                    changed += e != Float.floatToRawIntBits(c.bands()[b][i]) ? 1 : 0;
                }
            }
            assertTrue(changed > c.width() * c.height(), "k=" + k + ": GDAL rounded " + changed + " cells");
        }
    }

    @Test
    void stripsHoldTheSameRoundedValues() throws Exception {
        RasterContent c = content(NO_DATA);
        Path file = write(c, GeoTiffOptions.strips().withDiscardedBits(13), "strips");
        checkCells(c, file, 13);
    }

    @Test
    void withoutNoDataNaNCellsStayNaN() throws Exception {
        RasterContent c = content(Double.NaN);
        Path file = write(c, GeoTiffOptions.defaults().withDiscardedBits(16), "nan");
        checkCells(c, file, 16);
        assertTrue(Float.isNaN(Gdal.cells(file, c.width(), c.height(), 2).get(1)[0]), "the corner is nodata: NaN");
    }

    /** Zero discarded bits is today's file, byte for byte, with no rounding metadata. */
    @Test
    void zeroBitsIsTheLosslessFile() throws Exception {
        RasterContent c = content(NO_DATA);
        GeoTiffOptions d = GeoTiffOptions.defaults();
        byte[] lossless = Files.readAllBytes(write(c, d, "default"));
        byte[] zero = Files.readAllBytes(write(
                c, new GeoTiffOptions(d.layout(), d.tileSize(), d.overviewsAbove(), d.deflateLevel(), 0), "zero"));
        assertArrayEquals(lossless, zero);
        assertFalse(new String(lossless, java.nio.charset.StandardCharsets.ISO_8859_1).contains("discardedMantissa"));
        checkCells(c, tmp.resolve("zero.tif"), 0);
    }
}
