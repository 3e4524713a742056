package org.geointerp.engine.akima;

import java.util.Arrays;
import org.geointerp.engine.Execution;
import org.geointerp.engine.internal.BucketLists;

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
 *
 * <p>Runs once per data point, in parallel blocks, with no allocation per point: the fits containing each point are
 * listed in one compressed array, and fits on the same point set are recognised by a hash of the set first (the
 * sets themselves are compared only when the hashes agree).
 */
final class DerivativeEstimator {

    /** Cap on the number of primary estimates (Akima's NPEMX). */
    static final int MAX_ESTIMATES = 25;
    /** Below this many primary estimates, neighbours' fits are added (NPEAMN). */
    static final int MIN_ESTIMATES = 3;
    /** Number of estimates to reach when adding neighbours' fits (NPEAMX). */
    static final int MAX_ADDED = 6;

    /** Points per unit of parallel work. */
    private static final int BLOCK = 2048;

    private DerivativeEstimator() {}

    /** Returns 5 derivatives per point: {@code [5 * i + 0..4] = z_u, z_v, z_uu, z_uv, z_vv}. */
    static double[] estimate(OrderedPoints points, LocalFits fits, NearestNeighbours nn, Execution execution) {
        double[] u = points.u();
        double[] v = points.v();
        int n = u.length;
        Containing containing = Containing.of(points.original(), fits, nn, execution);
        long[] setHash = new long[n];
        double[] pd = new double[5 * n];
        execution.forEachBlock("Akima fit", (n + BLOCK - 1) / BLOCK, () -> null, (none, b) -> {
            for (int q = b * BLOCK, end = Math.min(n, q + BLOCK); q < end; q++) {
                setHash[q] = hashOfSet(q, fits, nn);
            }
        });
        execution.forEachBlock("Akima fit", (n + BLOCK - 1) / BLOCK, Scratch::new, (scratch, b) -> {
            for (int p = b * BLOCK, end = Math.min(n, p + BLOCK); p < end; p++) {
                combine(p, u, v, fits, nn, containing, setHash, scratch, pd);
            }
        });
        return pd;
    }

    /**
     * For each point p, the points q whose fit's point set contains p, p itself included, in the order of their
     * original index (which decides which of several fits on one point set counts, and which count when there are
     * more than {@link #MAX_ESTIMATES}).
     */
    private record Containing(int[] start, int[] fits) {

        static Containing of(int[] rank, LocalFits fits, NearestNeighbours nn, Execution execution) {
            int n = rank.length;
            // filled in storage order (a point's neighbours are stored nearby, so the writes stay in the cache; in
            // original order they went all over memory), then each short list sorted by original index
            BucketLists containing = BucketLists.of(n, sink -> {
                for (int q = 0; q < n; q++) {
                    sink.add(q, q);
                    for (int j = 0; j < fits.neighboursUsed(q); j++) {
                        sink.add(q, nn.get(q, j));
                    }
                }
            });
            int[] start = containing.start();
            int[] list = containing.items();
            execution.forEachBlock("Akima fit", (n + BLOCK - 1) / BLOCK, () -> null, (none, b) -> {
                for (int p = b * BLOCK, end = Math.min(n, p + BLOCK); p < end; p++) {
                    sortByRank(list, start[p], start[p + 1], rank);
                }
            });
            return new Containing(start, list);
        }

        /** Insertion sort of list[from, to) by rank: the lists hold about ten entries. */
        private static void sortByRank(int[] list, int from, int to, int[] rank) {
            for (int a = from + 1; a < to; a++) {
                int q = list[a];
                int r = rank[q];
                int b = a - 1;
                while (b >= from && rank[list[b]] > r) {
                    list[b + 1] = list[b];
                    b--;
                }
                list[b + 1] = q;
            }
        }
    }

    /** One worker's buffers. */
    private static final class Scratch {
        final int[] chosen = new int[Math.max(MAX_ESTIMATES, MAX_ADDED)];
        final double[] est = new double[5 * chosen.length];
        final int[] setA = new int[AkimaInterpolator.NEIGHBOURS + 1];
        final int[] setB = new int[AkimaInterpolator.NEIGHBOURS + 1];
        final double[] mean = new double[5];
        final double[] var = new double[5];
        /** Weighted sums of the five estimates: finite-weight ones, and those of zero volatility (infinite weight). */
        final double[] finite = new double[5];

        final double[] infinite = new double[5];
    }

    /** An order-independent hash of the point set behind the fit at q (q and the neighbours it used). */
    private static long hashOfSet(int q, LocalFits fits, NearestNeighbours nn) {
        long h = mix(q);
        for (int j = 0; j < fits.neighboursUsed(q); j++) {
            h += mix(nn.get(q, j));
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads point indices over all 64 bits before they are summed. */
    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void combine(
            int p,
            double[] u,
            double[] v,
            LocalFits fits,
            NearestNeighbours nn,
            Containing containing,
            long[] setHash,
            Scratch s,
            double[] pd) {
        int[] chosen = s.chosen;
        int npe = 0;
        for (int c = containing.start[p]; c < containing.start[p + 1] && npe < MAX_ESTIMATES; c++) {
            npe = addIfNew(containing.fits[c], fits, nn, setHash, s, npe);
        }
        if (npe < MIN_ESTIMATES) {
            int closest = Math.min(nn.k(), AkimaInterpolator.NEIGHBOURS);
            for (int j = 0; j < closest && npe < MAX_ADDED; j++) {
                npe = addIfNew(nn.get(p, j), fits, nn, setHash, s, npe);
            }
        }
        double[] est = s.est;
        for (int e = 0; e < npe; e++) {
            fits.derivativesAt(chosen[e], u[p], v[p], est, 5 * e);
        }
        if (npe == 1) {
            System.arraycopy(est, 0, pd, 5 * p, 5);
        } else {
            weightedMean(est, npe, chosen, fits, s, pd, 5 * p);
        }
    }

    /** Adds the fit of {@code q} unless a fit on the same point set is already among the chosen ones. */
    private static int addIfNew(int q, LocalFits fits, NearestNeighbours nn, long[] setHash, Scratch s, int npe) {
        for (int e = 0; e < npe; e++) {
            int c = s.chosen[e];
            if (setHash[c] == setHash[q] && sameSet(c, q, fits, nn, s)) {
                return npe;
            }
        }
        s.chosen[npe] = q;
        return npe + 1;
    }

    private static boolean sameSet(int a, int b, LocalFits fits, NearestNeighbours nn, Scratch s) {
        int m = fits.neighboursUsed(a);
        if (fits.neighboursUsed(b) != m) {
            return false;
        }
        sortedSet(a, m, nn, s.setA);
        sortedSet(b, m, nn, s.setB);
        return Arrays.equals(s.setA, 0, m + 1, s.setB, 0, m + 1);
    }

    private static void sortedSet(int q, int m, NearestNeighbours nn, int[] out) {
        out[0] = q;
        for (int j = 0; j < m; j++) {
            out[j + 1] = nn.get(q, j);
        }
        Arrays.sort(out, 0, m + 1);
    }

    private static void weightedMean(
            double[] est, int npe, int[] chosen, LocalFits fits, Scratch s, double[] out, int off) {
        double[] mean = s.mean;
        double[] var = s.var;
        for (int k = 0; k < 5; k++) {
            double sum = 0;
            for (int e = 0; e < npe; e++) {
                sum += est[5 * e + k];
            }
            mean[k] = sum / npe;
            double ss = 0;
            for (int e = 0; e < npe; e++) {
                double d = est[5 * e + k] - mean[k];
                ss += d * d;
            }
            var[k] = ss / (npe - 1);
        }
        double[] finite = s.finite;
        double[] infinite = s.infinite;
        Arrays.fill(finite, 0);
        Arrays.fill(infinite, 0);
        double sumFinite = 0;
        double sumInfinite = 0;
        for (int e = 0; e < npe; e++) {
            int o = 5 * e;
            double exponent = 0;
            for (int k = 0; k < 5; k++) {
                if (var[k] != 0) {
                    exponent += (est[o + k] - mean[k]) * (est[o + k] - mean[k]) / var[k];
                }
            }
            double probability = Math.exp(-exponent / 2);
            int q = chosen[e];
            double gu = est[o] - fits.planeU(q);
            double gv = est[o + 1] - fits.planeV(q);
            double inverseVolatility = (gu * gu + gv * gv)
                    * (est[o + 2] * est[o + 2] + 2 * est[o + 3] * est[o + 3] + est[o + 4] * est[o + 4]);
            if (inverseVolatility > 0) {
                double w = probability / inverseVolatility;
                addScaled(finite, w, est, o);
                sumFinite += w;
            } else {
                addScaled(infinite, probability, est, o);
                sumInfinite += probability;
            }
        }
        // estimates of zero volatility, if any, outweigh all others
        double[] sums = sumInfinite > 0 ? infinite : finite;
        double total = sumInfinite > 0 ? sumInfinite : sumFinite;
        for (int k = 0; k < 5; k++) {
            out[off + k] = sums[k] / total;
        }
    }

    /** {@code sums[k] += w * est[o + k]} for the five components of one estimate. */
    private static void addScaled(double[] sums, double w, double[] est, int o) {
        for (int k = 0; k < 5; k++) {
            sums[k] += w * est[o + k];
        }
    }
}
