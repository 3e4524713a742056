package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Akima's condition measure on flat arrays equals a plain two-dimensional-array transcription of SDLEQN's procedure
 * (below), and the fast decision {@link AkimaCondition#atMost} (a bound after the forward elimination, the full
 * number only when the bound is too high) decides exactly as comparing the full number with the limit. Matrices are
 * the fits' own kind: monomials of points near and far from the origin, well and badly shaped, at many scales.
 */
class AkimaConditionTest {

    @Test
    void flatArraysGiveTheNumberOfThePlainProcedure() {
        Random random = new Random(5);
        AkimaCondition condition = new AkimaCondition(10);
        for (int round = 0; round < 600; round++) {
            int m = new int[] {10, 6, 3}[round % 3];
            double[] matrix = monomialMatrix(random, m);
            double expected = reference(matrix, m);
            assertEquals(expected, condition.of(matrix, m), 1e-12 * expected, "m = " + m);
        }
    }

    @Test
    void boundIsAboveTheNumberAndTheFastDecisionAgrees() {
        Random random = new Random(761);
        AkimaCondition condition = new AkimaCondition(10);
        int tight = 0;
        for (int round = 0; round < 3000; round++) {
            int m = new int[] {10, 6, 3}[round % 3];
            double[] matrix = monomialMatrix(random, m);
            double number = condition.of(matrix, m);
            double bound = condition.bound(matrix, m);
            assertTrue(bound >= number * (1 - 1e-12), "bound " + bound + " below the number " + number);
            if (bound < 100 * number) {
                tight++;
            }
            // limits below, at and above the number, and between the number and the bound (the bound cannot decide)
            for (double limit : new double[] {
                number * 1e-6,
                number * (1 - 1e-12),
                number,
                number * (1 + 1e-12),
                Math.sqrt(number * bound),
                bound,
                bound * 2
            }) {
                assertEquals(
                        number <= limit,
                        condition.atMost(matrix, m, limit),
                        "m = " + m + ", number " + number + ", bound " + bound + ", limit " + limit);
            }
        }
        assertTrue(tight > 1500, "the bound is within a factor 100 for " + tight + " of 3000 matrices");
    }

    /** Rows of cubic, quadratic or plane monomials at m points around a random centre, at a random scale. */
    private static double[] monomialMatrix(Random random, int m) {
        double cx = random.nextDouble();
        double cy = random.nextDouble();
        double h = Math.pow(10, -3 * random.nextDouble());
        boolean thin = random.nextInt(4) == 0;
        double[] out = new double[m * m];
        for (int r = 0; r < m; r++) {
            double s = cx + h * (2 * random.nextDouble() - 1);
            double t = cy + h * (thin ? 1e-3 : 1) * (2 * random.nextDouble() - 1);
            double[] row = m == 10
                    ? new double[] {1, s, s * s, s * s * s, t, s * t, s * s * t, t * t, s * t * t, t * t * t}
                    : m == 6 ? new double[] {1, s, s * s, t, s * t, t * t} : new double[] {1, s, t};
            System.arraycopy(row, 0, out, r * m, m);
        }
        return out;
    }

    /** SDLEQN's measure, transcribed step by step on two-dimensional arrays with no shortcut. */
    private static double reference(double[] matrix, int m) {
        double[][] a = new double[m][m];
        double[][] e = new double[m][m];
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
            for (int j = 0; j < m; j++) {
                a[i][j] = matrix[i * m + j];
                e[i][j] = i == j ? 1 : 0;
            }
        }
        for (int k = 0; k < m; k++) {
            int best = k;
            for (int j = k; j < m; j++) {
                if (Math.abs(a[k][j]) > Math.abs(a[k][best])) {
                    best = j;
                }
            }
            for (int i = 0; i < m; i++) {
                double t = a[i][k];
                a[i][k] = a[i][best];
                a[i][best] = t;
            }
            int t = perm[k];
            perm[k] = perm[best];
            perm[best] = t;
            double pivot = a[k][k];
            if (pivot == 0) {
                return Double.POSITIVE_INFINITY;
            }
            for (int j = k; j < m; j++) {
                a[k][j] /= pivot;
            }
            for (int j = 0; j < m; j++) {
                e[k][j] /= pivot;
            }
            for (int i = k + 1; i < m; i++) {
                double f = a[i][k];
                for (int j = k + 1; j < m; j++) {
                    a[i][j] -= a[k][j] * f;
                }
                for (int j = 0; j < m; j++) {
                    e[i][j] -= e[k][j] * f;
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            for (int j = k + 1; j < m; j++) {
                for (int c = 0; c < m; c++) {
                    e[k][c] -= a[k][j] * e[j][c];
                }
            }
        }
        double[][] z = new double[m][];
        for (int k = 0; k < m; k++) {
            z[perm[k]] = e[k];
        }
        double sa = 0;
        double sz = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sa += a[i][j] * a[j][i];
                sz += z[i][j] * z[j][i];
            }
        }
        return Math.sqrt(Math.abs(sa * sz));
    }
}
