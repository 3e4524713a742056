package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written packed Cholesky solve against Gaussian elimination on the full matrix, written out here. */
class PackedCholeskyTest {

    @Test
    void solvesLikeGaussianElimination() {
        Random r = new Random(7);
        for (int n : new int[] {1, 2, 3, 7, 50, 111}) {
            double[][] full = new double[n][n];
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = r.nextDouble();
                py[i] = r.nextDouble();
            }
            double[] packed = new double[PackedCholesky.row(n)];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k <= i; k++) {
                    double v = Kernel.WENDLAND_C2.value(2 * Math.hypot(px[i] - px[k], py[i] - py[k]));
                    full[i][k] = v;
                    full[k][i] = v;
                    packed[PackedCholesky.row(i) + k] = v;
                }
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = r.nextGaussian();
            }
            double[] want = gauss(full, b);
            double[] inv = new double[n];
            assertTrue(PackedCholesky.factor(packed, n, 1e-14, inv));
            double[] x = b.clone();
            PackedCholesky.solve(packed, n, inv, x);
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
        double[] packed = {1, 1, 1};
        assertFalse(PackedCholesky.factor(packed, 2, 1e-14, new double[2]));
        double[] negative = {1, 2, 1};
        assertFalse(PackedCholesky.factor(negative, 2, 1e-14, new double[2]));
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
