package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regenerated data (Halton sets and 3D evaluation grids, not stored in the repository) are the ones the data
 * README describes: equal to the stored files where those exist, and matching the README's checksums otherwise.
 */
class PaperDataTest {

    @ParameterizedTest(name = "{0} N={1}")
    @CsvSource({
        "triangle,100,51",
        "disk,400,317",
        "hexagon,2500,1877",
        "pyramid,1000,335",
        "cylinder,1000,786",
        "hexagonal_prism,1000,754"
    })
    void regeneratedHaltonSetsEqualStoredFiles(String domain, int haltonN, int n) {
        double[][] stored = PaperCases.points(domain, n);
        double[][] generated = PaperCases.halton(domain, haltonN);
        for (int a = 0; a < stored.length; a++) {
            assertArrayEquals(stored[a], generated[a], 0.0, domain + " axis " + a);
        }
    }

    @ParameterizedTest(name = "{0} N={1}")
    @CsvSource({
        "pyramid,8000,2670,1334.613281,1337.304019,665.735616",
        "pyramid,27000,8995,4499.954163,4498.436248,2245.645184",
        "pyramid,64000,21337,10669.287521,10671.273891,5329.930394",
        "pyramid,125000,41665,20831.305183,20832.843887,10411.181353",
        "cylinder,8000,6272,3135.222412,3130.176752,3131.954240",
        "cylinder,27000,21181,10590.874725,10582.545936,10589.421478",
        "cylinder,64000,50192,25092.595505,25087.980338,25086.842227",
        "cylinder,125000,98006,49004.542786,48993.395886,48998.892588",
        "hexagonal_prism,8000,6002,3002.846680,3000.083067,2997.731264",
        "hexagonal_prism,27000,20249,10123.614655,10121.675930,10116.213632",
        "hexagonal_prism,64000,47997,23995.675278,23996.828194,23985.201715",
        "hexagonal_prism,125000,93754,46869.299080,46876.623019,46865.145677"
    })
    void regeneratedHaltonSetsMatchReadmeChecksums(String domain, int haltonN, int n, double sx, double sy, double sz) {
        double[][] p = PaperCases.halton(domain, haltonN);
        assertEquals(n, p[0].length);
        assertEquals(sx, sum(p[0]), 1e-6);
        assertEquals(sy, sum(p[1]), 1e-6);
        assertEquals(sz, sum(p[2]), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pyramid,21360,10680,10680,5203.076923",
        "cylinder,47360,23680,23680,23680",
        "hexagonal_prism,46400,23200,23200,23200"
    })
    void evaluationGridsMatchReadmeChecksums(String domain, int s, double sx, double sy, double sz) {
        double[][] p = PaperCases.evaluationPoints(domain);
        assertEquals(s, p[0].length);
        assertEquals(sx, sum(p[0]), 1e-6);
        assertEquals(sy, sum(p[1]), 1e-6);
        assertEquals(sz, sum(p[2]), 1e-6);
    }

    @Test
    void twoDimensionalEvaluationGridsHaveReadmeCounts() {
        assertEquals(800, PaperCases.evaluationPoints("triangle")[0].length);
        assertEquals(1184, PaperCases.evaluationPoints("disk")[0].length);
        assertEquals(1160, PaperCases.evaluationPoints("hexagon")[0].length);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
