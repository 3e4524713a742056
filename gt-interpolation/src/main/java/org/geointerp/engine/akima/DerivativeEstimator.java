package org.geointerp.engine.akima;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Final estimates of z_u, z_v, z_uu, z_uv and z_vv at every data point (Appendix A, substeps 1.3 and 1.4).
 *
 * <p>The primary estimates at a point P are the derivatives, at P, of every local fit whose point set contains P
 * (the fit at P itself and those of the points that have P among their neighbours), each distinct point set counted
 * once and at most {@link #MAX_ESTIMATES} of them; when fewer than {@link #MIN_ESTIMATES} are found, the fits of P's
 * nearest neighbours are added up to {@link #MAX_ADDED} in all. The final estimate is their mean weighted by
 * <ul>
 *   <li>the probability weight: the product of five Gaussian densities, one per derivative, whose mean and variance
 *       are the unbiased estimates from all primary estimates at P, so outliers count little; and</li>
 *   <li>the volatility weight: the reciprocal of (squared distance of the first derivatives from the gradient of the
 *       least-squares plane of the same point set) times (squared size of the second derivatives); if P and its
 *       neighbours lie on a plane, the estimates of that plane win outright.</li>
 * </ul>
 */
final class DerivativeEstimator {

    /** Cap on the number of primary estimates (Akima's NPEMX). */
    static final int MAX_ESTIMATES = 25;
    /** Below this many primary estimates, neighbours' fits are added (NPEAMN). */
    static final int MIN_ESTIMATES = 3;
    /** Number of estimates to reach when adding neighbours' fits (NPEAMX). */
    static final int MAX_ADDED = 6;

    private DerivativeEstimator() {}

    /** Returns 5 derivatives per point: {@code [5 * i + 0..4] = z_u, z_v, z_uu, z_uv, z_vv}. */
    static double[] estimate(double[] u, double[] v, LocalFits fits, NearestNeighbours nn) {
        int n = u.length;
        int[][] containing = containingFits(n, fits, nn);
        double[] pd = new double[5 * n];
        IntStream.range(0, n).parallel().forEach(p -> combine(p, u, v, fits, nn, containing[p], pd));
        return pd;
    }

    /** For each point, the points (ascending) whose fit's point set contains it, itself included. */
    private static int[][] containingFits(int n, LocalFits fits, NearestNeighbours nn) {
        int[] count = new int[n];
        for (int q = 0; q < n; q++) {
            count[q]++;
            for (int j = 0; j < fits.neighboursUsed(q); j++) {
                count[nn.get(q, j)]++;
            }
        }
        int[][] lists = new int[n][];
        for (int p = 0; p < n; p++) {
            lists[p] = new int[count[p]];
        }
        int[] fill = new int[n];
        for (int q = 0; q < n; q++) {
            lists[q][fill[q]++] = q;
            for (int j = 0; j < fits.neighboursUsed(q); j++) {
                int p = nn.get(q, j);
                lists[p][fill[p]++] = q;
            }
        }
        return lists;
    }

    private static void combine(int p, double[] u, double[] v, LocalFits fits, NearestNeighbours nn, int[] candidates,
            double[] pd) {
        int[] chosen = new int[Math.max(MAX_ESTIMATES, MAX_ADDED)];
        int[][] sets = new int[chosen.length][];
        int npe = 0;
        for (int q : candidates) {
            if (npe >= MAX_ESTIMATES) {
                break;
            }
            npe = addIfNew(q, fits, nn, chosen, sets, npe);
        }
        if (npe < MIN_ESTIMATES) {
            int closest = Math.min(nn.k(), AkimaInterpolator.NEIGHBOURS);
            for (int j = 0; j < closest && npe < MAX_ADDED; j++) {
                npe = addIfNew(nn.get(p, j), fits, nn, chosen, sets, npe);
            }
        }
        double[][] est = new double[npe][5];
        for (int e = 0; e < npe; e++) {
            fits.derivativesAt(chosen[e], u[p], v[p], est[e]);
        }
        double[] result = npe == 1 ? est[0] : weightedMean(est, chosen, fits);
        System.arraycopy(result, 0, pd, 5 * p, 5);
    }

    /** Adds the fit of {@code q} unless a fit on the same point set is already among the chosen ones. */
    private static int addIfNew(int q, LocalFits fits, NearestNeighbours nn, int[] chosen, int[][] sets, int npe) {
        int m = fits.neighboursUsed(q);
        int[] set = new int[m + 1];
        set[0] = q;
        for (int j = 0; j < m; j++) {
            set[j + 1] = nn.get(q, j);
        }
        Arrays.sort(set);
        for (int e = 0; e < npe; e++) {
            if (Arrays.equals(sets[e], set)) {
                return npe;
            }
        }
        chosen[npe] = q;
        sets[npe] = set;
        return npe + 1;
    }

    private static double[] weightedMean(double[][] est, int[] chosen, LocalFits fits) {
        int npe = est.length;
        double[] mean = new double[5];
        double[] var = new double[5];
        for (int k = 0; k < 5; k++) {
            double s = 0;
            for (double[] e : est) {
                s += e[k];
            }
            mean[k] = s / npe;
            double ss = 0;
            for (double[] e : est) {
                ss += (e[k] - mean[k]) * (e[k] - mean[k]);
            }
            var[k] = ss / (npe - 1);
        }
        double[] finite = new double[5];
        double[] infinite = new double[5];
        double sumFinite = 0;
        double sumInfinite = 0;
        for (int e = 0; e < npe; e++) {
            double[] d = est[e];
            double exponent = 0;
            for (int k = 0; k < 5; k++) {
                if (var[k] != 0) {
                    exponent += (d[k] - mean[k]) * (d[k] - mean[k]) / var[k];
                }
            }
            double probability = Math.exp(-exponent / 2);
            int q = chosen[e];
            double gu = d[0] - fits.planeU(q);
            double gv = d[1] - fits.planeV(q);
            double inverseVolatility = (gu * gu + gv * gv) * (d[2] * d[2] + 2 * d[3] * d[3] + d[4] * d[4]);
            if (inverseVolatility > 0) {
                double w = probability / inverseVolatility;
                for (int k = 0; k < 5; k++) {
                    finite[k] += w * d[k];
                }
                sumFinite += w;
            } else {
                for (int k = 0; k < 5; k++) {
                    infinite[k] += probability * d[k];
                }
                sumInfinite += probability;
            }
        }
        double[] out = new double[5];
        for (int k = 0; k < 5; k++) {
            out[k] = sumInfinite > 0 ? infinite[k] / sumInfinite : finite[k] / sumFinite;
        }
        return out;
    }
}
