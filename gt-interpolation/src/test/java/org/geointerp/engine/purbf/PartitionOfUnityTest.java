package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Shepard weights form a partition of unity: positive sum, normalised weights summing to 1, in the domain.
 * Checked with the default setting, whose centre margin guarantees that every point of the domain is covered; the
 * paper's rule (centres inside the domain only) can leave points near sharp corners uncovered, where the engine
 * falls back to the nearest patch.
 */
class PartitionOfUnityTest {

    @ParameterizedTest(name = "{0} n={1}")
    @CsvSource({"triangle,805", "disk,80", "hexagon,1877", "pyramid,335", "cylinder,786"})
    void weightsSumToOneAtEveryEvaluationPoint(String domain, int n) {
        for (PuRbfOptions o : new PuRbfOptions[] {PuRbfOptions.defaults()}) {
            PuRbfModel m = PartitionOfUnityRbf.fit(
                    PaperCases.frankeSet(PaperCases.points(domain, n)),
                    o.withDomain(PaperCases.domain(domain, 1e-12), false));
            double[][] eval = PaperCases.evaluationPoints(domain);
            PuRbfModel.Evaluator e = m.evaluator();
            int[] patches = new int[m.patchCount()];
            double[] weights = new double[m.patchCount()];
            double[] p = new double[eval.length];
            for (int i = 0; i < eval[0].length; i++) {
                for (int a = 0; a < p.length; a++) {
                    p[a] = eval[a][i];
                }
                int k = e.weights(p, patches, weights);
                assertTrue(k > 0, "no patch covers " + java.util.Arrays.toString(p));
                assertTrue(SlowReference.weightSum(m, p) > 0);
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    assertTrue(weights[j] >= 0);
                    sum += weights[j];
                }
                assertEquals(1, sum, 1e-12, "at " + java.util.Arrays.toString(p));
            }
            assertEquals(0, m.uncoveredEvaluations());
        }
    }
}
