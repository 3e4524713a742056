package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written Cholesky solve against Gaussian elimination on the full matrix, written out here. */
class UpperCholeskyTest {

    @Test
    void solvesLikeGaussianElimination() {
        Random r = new Random(7);
        for (int n : new int[] {1, 2, 3, 7, 50, 111}) {
            double[][] full = new double[n][n];
            double[][] points = randomPoints(r, n);
            double[] px = points[0];
            double[] py = points[1];
            // the factor reads only the upper triangle: the lower one holds garbage
            double[][] upper = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k <= i; k++) {
                    double v = Kernel.WENDLAND_C2.value(2 * Math.hypot(px[i] - px[k], py[i] - py[k]));
                    full[i][k] = v;
                    full[k][i] = v;
                    upper[k][i] = v;
                    upper[i][k] = k < i ? Double.NaN : v;
                }
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = r.nextGaussian();
            }
            double[] want = gauss(full, b);
            double[] inv = new double[n];
            assertTrue(UpperCholesky.factor(upper, n, 1e-14, inv));
            double[] x = b.clone();
            UpperCholesky.solve(upper, n, inv, x);
            double scale = 0;
            for (double w : want) {
                scale = Math.max(scale, Math.abs(w));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(want[i], x[i], 1e-9 * scale, "n=" + n + " i=" + i);
            }
        }
    }

    @Test
    void refusesSingularMatrix() {
        // two equal rows: the second pivot is 0
        assertFalse(UpperCholesky.factor(new double[][] {{1, 1}, {0, 1}}, 2, 1e-14, new double[2]));
        assertFalse(UpperCholesky.factor(new double[][] {{1, 2}, {0, 1}}, 2, 1e-14, new double[2]));
        assertFalse(UpperCholesky.factor(new double[][] {{1, 0}, {0, Double.NaN}}, 2, 1e-14, new double[2]));
    }

    @Test
    void refusesExactlyWhatCheckingEachPivotWhenReachedRefuses() {
        // the early refusal (a remaining diagonal entry below the limit) must decide like the plain algorithm,
        // which only looks at each pivot when its row is reached: flat inverse multiquadric matrices of growing
        // size and flatness, some factorable and some not
        Random r = new Random(11);
        int refused = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + r.nextInt(40);
            double shape = Math.pow(10, -3 * r.nextDouble());
            double[][] a = new double[n][n];
            double[][] points = randomPoints(r, n);
            double[] px = points[0];
            double[] py = points[1];
            for (int i = 0; i < n; i++) {
                for (int k = i; k < n; k++) {
                    a[i][k] = Kernel.INVERSE_MULTIQUADRIC.value(shape * Math.hypot(px[i] - px[k], py[i] - py[k]));
                }
            }
            double[][] copy = new double[n][];
            for (int i = 0; i < n; i++) {
                copy[i] = a[i].clone();
            }
            boolean early = UpperCholesky.factor(a, n, LocalSolver.MIN_PIVOT, new double[n]);
            assertEquals(plainFactorSucceeds(copy, n, LocalSolver.MIN_PIVOT), early, "trial " + trial);
            refused += early ? 0 : 1;
        }
        assertTrue(refused > 20 && refused < 180, "refused " + refused + " of 200: the trials must test both outcomes");
    }

    /** The same updates (two rows at a time, as the class does), each pivot checked only when its row is reached. */
    private static boolean plainFactorSucceeds(double[][] a, int n, double minPivot) {
        int k = 0;
        for (; k + 1 < n; k += 2) {
            if (!scaleRow(a[k], k, n, minPivot)) {
                return false;
            }
            for (int j = k + 1; j < n; j++) {
                a[k + 1][j] -= a[k][k + 1] * a[k][j];
            }
            if (!scaleRow(a[k + 1], k + 1, n, minPivot)) {
                return false;
            }
            for (int i = k + 2; i < n; i++) {
                for (int j = i; j < n; j++) {
                    a[i][j] -= a[k][i] * a[k][j] + a[k + 1][i] * a[k + 1][j];
                }
            }
        }
        return k == n || a[k][k] >= minPivot;
    }

    private static boolean scaleRow(double[] row, int k, int n, double minPivot) {
        if (!(row[k] >= minPivot)) {
            return false;
        }
        double p = Math.sqrt(row[k]);
        double inv = 1 / p;
        row[k] = p;
        for (int j = k + 1; j < n; j++) {
            row[j] *= inv;
        }
        return true;
    }

    /** {x, y} of n points uniform in the unit square, drawn x then y per point. */
    private static double[][] randomPoints(Random r, int n) {
        double[][] p = new double[2][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = r.nextDouble();
            p[1][i] = r.nextDouble();
        }
        return p;
    }

    /** Gaussian elimination with partial pivoting on a copy. */
    private static double[] gauss(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[p][c])) {
                    p = i;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int i = c + 1; i < n; i++) {
                double f = a[i][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[i][k] -= f * a[c][k];
                }
                b[i] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
