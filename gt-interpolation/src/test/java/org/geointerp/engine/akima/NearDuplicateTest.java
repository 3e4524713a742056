package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * Pairs of samples a millionth of the spacing apart with different values (a station read twice): the default
 * merges each pair into one location with the mean value and counts them, so the derivative estimates stay those of
 * the field; Akima's own setting keeps both and its derivatives follow the pair's difference over its distance.
 */
class NearDuplicateTest {

    private static final int N = 200;
    private static final int PAIRS = 50;

    /** Franke's F1 on N random points of a 1000 m square, and PAIRS re-readings 1e-6 of the spacing away, 0.3 off. */
    private static PointSet data() {
        Random r = new Random(5);
        double side = 1000;
        double spacing = side / Math.sqrt(N);
        double[] x = new double[N + PAIRS];
        double[] y = new double[N + PAIRS];
        double[] z = new double[N + PAIRS];
        for (int i = 0; i < N; i++) {
            x[i] = side * r.nextDouble();
            y[i] = side * r.nextDouble();
            z[i] = FrankeData.FUNCTIONS[0].applyAsDouble(x[i] / side, y[i] / side);
        }
        for (int k = 0; k < PAIRS; k++) {
            int i = 3 * k;
            x[N + k] = x[i] + 1e-6 * spacing;
            y[N + k] = y[i] - 0.7e-6 * spacing;
            z[N + k] = z[i] + (k % 2 == 0 ? 0.3 : -0.3);
        }
        return PointSet.of2D(x, y, z);
    }

    /** Largest gradient size over the vertices, in value units per frame unit (the data's box is 1 wide). */
    private static double largestGradient(AkimaSurface s) {
        double[] pd = s.data().pd;
        double largest = 0;
        for (int p = 0; p < pd.length / 5; p++) {
            largest = Math.max(largest, Math.hypot(pd[5 * p], pd[5 * p + 1]));
        }
        return largest;
    }

    @Test
    void theDefaultMergesThePairsAndKeepsTheDerivativesBounded() {
        PointSet p = data();
        AkimaSurface robust = new AkimaInterpolator().fit(p);
        assertEquals(PAIRS, robust.nearDuplicatesMerged());
        assertEquals(N, robust.summary().pointsUsed());
        assertEquals(PAIRS, robust.summary().diagnostics().get("nearDuplicatesMerged"));
        assertTrue(
                robust.summary().warnings().get(0).startsWith(PAIRS + " samples within"),
                robust.summary().warnings().toString());
        // F1's gradient on the unit square is below 3; the merged means are 0.15 off F1 at 50 locations
        double bounded = largestGradient(robust);
        assertTrue(bounded < 20, "largest gradient " + bounded);
        int read = 0;
        for (int k = 0; k < PAIRS; k++) {
            int i = 3 * k;
            double mean = (p.values()[i] + p.values()[N + k]) / 2;
            // at the merged location (the pair's mean location, a vertex)
            double v = robust.value((p.x()[i] + p.x()[N + k]) / 2, (p.y()[i] + p.y()[N + k]) / 2);
            if (!Double.isNaN(v)) {
                assertEquals(mean, v, 1e-6, "pair " + k);
                read++;
            }
        }
        assertTrue(read >= PAIRS - 2, read + " pairs read");
        // Akima's setting: the pairs' difference over their distance, about 0.3 / (1e-6 * 0.07)
        AkimaSurface paper = new AkimaInterpolator(AkimaOptions.paper()).fit(p);
        assertEquals(0, paper.nearDuplicatesMerged());
        assertTrue(largestGradient(paper) > 1e4, "largest gradient " + largestGradient(paper));
    }
}
