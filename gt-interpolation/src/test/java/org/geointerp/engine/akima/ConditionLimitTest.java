package org.geointerp.engine.akima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Where {@link LocalFits#MAX_CONDITION_PER_POINT} comes from, measured without Table I: Akima's rule itself. His
 * SDLEQN condition number of the fit's system in the data's raw coordinates, against CNRMX = 15,000 times the number
 * of points, decides at every point of Franke's three sets whether the cubic, then the quadratic, then the plane is
 * kept. The engine asks the same question of the system in frame coordinates ({@link LocalFits#decisionSystem}),
 * which changes the numbers (the condition number is not invariant under the frame's shift and scale). The limits
 * under which the engine decides as Akima's rule on every one of those fits form a window; the constant must lie in
 * it.
 */
class ConditionLimitTest {

    /** Akima's CNRMX (TOMS 761, SDSF3P), for raw coordinates. */
    private static final double AKIMA_LIMIT_PER_POINT = 15_000;

    @Test
    void makesAkimasDecisionsOnEveryFitOfFrankesSets() {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        int decisions = 0;
        for (int dps = 1; dps <= 3; dps++) {
            double[][] xy = FrankeData.pointSet(dps);
            for (double[] d : decisions(xy[0], xy[1])) {
                decisions++;
                // d = {m, Akima's number per point, the engine's number per point}
                if (d[1] <= AKIMA_LIMIT_PER_POINT) {
                    low = Math.max(low, d[2]);
                } else {
                    high = Math.min(high, d[2]);
                }
            }
        }
        System.out.printf(
                "condition limit: %d decisions of Akima's rule on DPS1-3 reproduced for limits in [%.1f, %.1f)%n",
                decisions, low, high);
        assertEquals(165, decisions); // 100 + 33 + 25 points, 7 of them past the cubic
        assertTrue(
                low <= LocalFits.MAX_CONDITION_PER_POINT && LocalFits.MAX_CONDITION_PER_POINT < high,
                "limit " + LocalFits.MAX_CONDITION_PER_POINT + " outside [" + low + ", " + high + ")");
    }

    /**
     * Every condition decision Akima's rule takes on the set (the cubic at each point; the quadratic where the cubic
     * failed, the plane through the three nearest neighbours where that failed too), each as {m, Akima's condition
     * number / m, the engine's / m}.
     */
    private static double[][] decisions(double[] x, double[] y) {
        int n = x.length;
        Frame frame = Frame.of(x, y);
        double[] u = frame.us(x);
        double[] v = frame.vs(y);
        double stretch = LocalFits.stretch(u, v);
        AkimaCondition condition = new AkimaCondition(LocalFits.CUBIC);
        double[] system = new double[LocalFits.CUBIC * LocalFits.CUBIC];
        double[][] out = new double[3 * n][];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int[] near = byDistance(x, y, i);
            for (int m : new int[] {LocalFits.CUBIC, LocalFits.QUADRATIC, LocalFits.PLANE}) {
                int[] pts = m == LocalFits.PLANE ? Arrays.copyOfRange(near, 1, 4) : Arrays.copyOf(near, m);
                for (int r = 0; r < m; r++) {
                    LocalFits.monomials(m, x[pts[r]], y[pts[r]], system, r * m);
                }
                double akima = condition.of(system, m) / m;
                double h = 0;
                for (int p : pts) {
                    h = Math.max(h, Math.hypot(u[p] - u[i], v[p] - v[i]));
                }
                LocalFits.decisionSystem(m, i, pts, h, u, v, stretch, system);
                out[count++] = new double[] {m, akima, condition.of(system, m) / m};
                if (akima <= AKIMA_LIMIT_PER_POINT) {
                    break;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** All points by distance from point i (i first), ties by index. */
    private static int[] byDistance(double[] x, double[] y, int i) {
        return java.util.stream.IntStream.range(0, x.length)
                .boxed()
                .sorted((a, b) -> {
                    double da = (x[a] - x[i]) * (x[a] - x[i]) + (y[a] - y[i]) * (y[a] - y[i]);
                    double db = (x[b] - x[i]) * (x[b] - x[i]) + (y[b] - y[i]) * (y[b] - y[i]);
                    return da != db ? Double.compare(da, db) : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
