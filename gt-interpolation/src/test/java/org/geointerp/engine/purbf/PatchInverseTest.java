package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/**
 * The closed-form leave-one-out of one patch ({@link PatchInverse}) against solving the patch again without the
 * point (the independent slow evaluation: {@link PatchSolve}, the fit's own code), over kernels, shapes from steep
 * to very flat, and smoothing: where {@code trace(A^-1)} is within {@link PuRbfLeaveOneOut#MAX_INVERSE_TRACE} the
 * two agree to far better than 1e-9 of the values; beyond it the difference grows with the condition number,
 * which is why leave-one-out solves such patches again.
 */
class PatchInverseTest {

    /**
     * The inverse against the definition: {@code B A = I}, for sizes around the four-row passes' edges.
     */
    @Test
    void inverseTimesMatrixIsTheIdentity() {
        Random r = new Random(3);
        LocalSolver solver = new LocalSolver();
        PatchInverse inverse = new PatchInverse();
        for (int m : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 50, 51, 52, 53}) {
            double[] coords = new double[2 * m];
            for (int i = 0; i < coords.length; i++) {
                coords[i] = r.nextDouble();
            }
            double lambda = 0.1;
            assertTrue(solver.factorOnly(Kernel.WENDLAND_C2, 2, coords, m, 1, lambda));
            double returned = inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m, Double.MAX_VALUE);
            double[][] b = inverse.matrix();
            double trace = 0;
            for (int i = 0; i < m; i++) {
                trace += b[i][i];
                assertEquals(inverse.diagonal(i), b[i][i], 0, "diagonal " + i);
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int k = 0; k < m; k++) {
                        double dx = coords[2 * k] - coords[2 * j];
                        double dy = coords[2 * k + 1] - coords[2 * j + 1];
                        double a = Kernel.WENDLAND_C2.ofSquared(dx * dx + dy * dy) + (k == j ? lambda : 0);
                        s += b[i][k] * a;
                    }
                    assertEquals(i == j ? 1 : 0, s, 1e-9, "m=" + m + " (B A)[" + i + "][" + j + "]");
                    assertEquals(b[i][j], b[j][i], 0, "symmetric");
                }
            }
            assertEquals(trace, inverse.trace(), 1e-12 * trace);
            assertEquals(trace, returned, 1e-12 * trace);
            // a limit below the trace stops early and says so
            if (m > 1) {
                assertEquals(
                        Double.POSITIVE_INFINITY,
                        inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m, trace / 2));
            }
        }
    }

    @Test
    void closedFormEqualsSolvingAgainWhereTheBoundAllows() {
        Random r = new Random(7);
        // largest difference per decade of trace(A^-1): [1, 10), [10, 100), ...
        double[] byDecade = new double[16];
        double[] worstBelow = new double[1];
        double[] worstAbove = new double[1];
        int[] used = new int[2];
        LocalSolver solver = new LocalSolver();
        PatchInverse inverse = new PatchInverse();
        for (Kernel kernel : Kernel.values()) {
            for (double shape : new double[] {0.3, 1, 3, 10, 30}) {
                for (double lambda : new double[] {0, 1e-6, 1e-5, 1e-4, 1e-2}) {
                    int m = 15 + r.nextInt(40);
                    double[] x = new double[m];
                    double[] y = new double[m];
                    double[] z = new double[m];
                    for (int i = 0; i < m; i++) {
                        x[i] = r.nextDouble();
                        y[i] = r.nextDouble();
                        z[i] = 5 + Math.sin(3 * x[i]) * Math.cos(2 * y[i]) + 0.1 * r.nextGaussian();
                    }
                    PointSet pts = PointSet.of2D(x, y, z);
                    PatchSolve again = new PatchSolve(pts, 1, new double[2]);
                    double[] coords = new double[2 * m];
                    for (int i = 0; i < m; i++) {
                        coords[2 * i] = x[i];
                        coords[2 * i + 1] = y[i];
                    }
                    // distances in units of the patch's fit radius 1: factor = shape
                    PuRbfOptions o = PuRbfOptions.paper()
                            .withKernel(kernel, shape, KernelScale.PATCH)
                            .withLambda(lambda);
                    if (!solver.factorOnly(kernel, 2, coords, m, shape, lambda)) {
                        continue; // singular to rounding: the fit takes a fallback, leave-one-out solves again
                    }
                    double trace = inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m, Double.MAX_VALUE);
                    for (int k = 0; k < m; k++) {
                        int[] rest = new int[m - 1];
                        for (int i = 0, c = 0; i < m; i++) {
                            if (i != k) {
                                rest[c++] = i;
                            }
                        }
                        again.solve(rest, m - 1, o, 1, 0, 1);
                        if (again.status != LocalSolver.Status.EXACT) {
                            continue;
                        }
                        double slow = again.result().value(kernel, new double[] {x[k], y[k]});
                        double fast = inverse.leaveOneOut(k, z);
                        double d = Math.abs(fast - slow) / Math.max(1, Math.abs(slow));
                        int decade = Math.max(0, Math.min(byDecade.length - 1, (int) Math.floor(Math.log10(trace))));
                        byDecade[decade] = Math.max(byDecade[decade], d);
                        if (trace <= PuRbfLeaveOneOut.MAX_INVERSE_TRACE) {
                            worstBelow[0] = Math.max(worstBelow[0], d);
                            used[0]++;
                        } else {
                            worstAbove[0] = Math.max(worstAbove[0], d);
                            used[1]++;
                        }
                    }
                }
            }
        }
        StringBuilder decades = new StringBuilder();
        for (int e = 0; e < byDecade.length; e++) {
            if (byDecade[e] > 0) {
                decades.append(String.format(" 1e%d: %.2g;", e, byDecade[e]));
            }
        }
        System.out.println("closed form vs solving again, largest difference by trace(A^-1) from" + decades);
        System.out.printf(
                "closed-form leave-one-out vs solving again: %d points within the bound, largest difference %.3g;"
                        + " %d beyond it, largest %.3g%n",
                used[0], worstBelow[0], used[1], worstAbove[0]);
        assertTrue(used[0] > 1000 && used[1] > 100, "both sides of the bound tried: " + used[0] + ", " + used[1]);
        assertTrue(worstBelow[0] < 1e-10, "within the bound: " + worstBelow[0]);
    }

    @Test
    void inverseIsTheInverse() {
        Random r = new Random(3);
        int m = 30;
        double[] coords = new double[2 * m];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = r.nextDouble();
        }
        LocalSolver solver = new LocalSolver();
        assertTrue(solver.factorOnly(Kernel.WENDLAND_C2, 2, coords, m, 1.2, 0.1));
        PatchInverse inverse = new PatchInverse();
        inverse.invert(solver.factorRows(), solver.inverseDiagonal(), m, Double.MAX_VALUE);
        // B_kk from the inverse against a solve of A b = e_k
        for (int k = 0; k < m; k++) {
            double[] e = new double[m];
            e[k] = 1;
            UpperCholesky.solve(solver.factorRows(), m, solver.inverseDiagonal(), e);
            assertEquals(e[k], inverse.diagonal(k), 1e-12 * e[k]);
        }
    }
}
