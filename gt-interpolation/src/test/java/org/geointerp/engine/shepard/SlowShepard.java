package org.geointerp.engine.shepard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The paper's formulas evaluated the obvious way, written separately from the engine for comparison: every
 * distance to every point, neighbours ranked by sorting (or a linear scan), the direction term as the literal double
 * sum of cosines from inner products, slopes computed on demand. No kd-tree, no segment candidates, no O(k) tricks.
 */
final class SlowShepard {

    /** Effective distance from (px, py) to data point i: Euclidean, or barrier-lengthened. */
    interface Metric {
        double distance(double px, double py, int i);
    }

    final double[] x;
    final double[] y;
    final double[] z;
    final int min;
    final int max;
    final double r;
    final double eps;
    final boolean direction;
    final boolean idw;
    final double u;
    final Metric metric;
    final double[] a;
    final double[] b;
    final boolean[] slopeKnown;
    double nu;

    SlowShepard(
            double[] x, double[] y, double[] z, ShepardOptions o, double radius, double eps, double nu, Metric metric) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.min = o.minNeighbours();
        this.max = o.maxNeighbours();
        this.r = radius;
        this.eps = eps;
        this.direction = o.direction();
        this.idw = o.mode() == ShepardOptions.Mode.IDW;
        this.u = o.exponent();
        this.metric = metric != null ? metric : (px, py, i) -> Math.hypot(px - x[i], py - y[i]);
        this.a = new double[x.length];
        this.b = new double[x.length];
        this.slopeKnown = new boolean[x.length];
        this.nu = o.slopes() && !idw ? nu : 0;
    }

    /** nu derived from all slopes, as the paper defines it (computes every slope: small sets only). */
    void deriveNu() {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            slope(i);
            m = Math.max(m, a[i] * a[i] + b[i] * b[i]);
        }
        double range =
                Arrays.stream(z).max().getAsDouble() - Arrays.stream(z).min().getAsDouble();
        nu = m > 0 ? 0.1 * range / Math.sqrt(m) : 0;
    }

    /**
     * The first (max + 1) data points ranked by effective distance from (px, py): every point sorted by Euclidean
     * distance, then effective distances computed in that order until the Euclidean distance alone exceeds the
     * (max + 1)-th effective distance found so far (d' >= d, so no later point can rank higher).
     */
    private int[] ranked(double px, double py, double[] dOut) {
        int k = Math.min(max + 1, x.length);
        Integer[] all = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.hypot(px - x[i], py - y[i]);
        }
        Arrays.sort(all, Comparator.comparingDouble(i -> e[i]));
        java.util.List<double[]> best = new java.util.ArrayList<>();
        for (Integer i : all) {
            if (best.size() == k && e[i] > best.get(k - 1)[1]) {
                break;
            }
            double d = metric.distance(px, py, i);
            if (d == Double.POSITIVE_INFINITY) {
                continue;
            }
            best.add(new double[] {i, d});
            best.sort(Comparator.comparingDouble(b -> b[1]));
            if (best.size() > k) {
                best.remove(k);
            }
        }
        int[] out = new int[best.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) best.get(i)[0];
            dOut[i] = best.get(i)[1];
        }
        return out;
    }

    /** Returns {count, rPrime} of C' for ranked distances d (length >= count of found). */
    private double[] select(double[] d, int found) {
        int inR = 0;
        for (int i = 0; i < found; i++) {
            if (d[i] <= r) {
                inR++;
            }
        }
        if (inR <= min) {
            int c = Math.min(min, found);
            return new double[] {c, found > c ? d[c] : Double.POSITIVE_INFINITY};
        }
        if (inR <= max) {
            return new double[] {inR, r};
        }
        return new double[] {max, d[max]};
    }

    static double s(double d, double rp) {
        if (d <= rp / 3) {
            return 1 / d;
        }
        if (d <= rp) {
            return 27 / (4 * rp) * Math.pow(d / rp - 1, 2);
        }
        return 0;
    }

    /** w_j for members j of set (indices into data), reference point (px, py), literal double sum of cosines. */
    private double[] w(double px, double py, int[] set, double[] d, double rp) {
        int n = set.length;
        double[] s = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            s[j] = s(d[j], rp);
            sum += s[j];
        }
        if (sum == 0) {
            for (int j = 0; j < n; j++) {
                s[j] = 1 / d[j];
                sum += s[j];
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            if (direction) {
                int di = set[i];
                double gi = Math.hypot(px - x[di], py - y[di]);
                for (int j = 0; j < n; j++) {
                    int dj = set[j];
                    double gj = Math.hypot(px - x[dj], py - y[dj]);
                    double cos = ((px - x[di]) * (px - x[dj]) + (py - y[di]) * (py - y[dj])) / (gi * gj);
                    t += s[j] * (1 - cos);
                }
                t /= sum;
            }
            w[i] = s[i] * s[i] * (1 + t);
        }
        return w;
    }

    void slope(int i) {
        if (slopeKnown[i]) {
            return;
        }
        double[] d = new double[max + 1];
        int[] rk = ranked(x[i], y[i], d);
        if (rk.length < 2) {
            // D_i inside an obstacle reaches nothing, not even itself: no slope
            slopeKnown[i] = true;
            return;
        }
        double[] sel = select(d, rk.length);
        int c = (int) sel[0];
        // C' at D_i without D_i (ranked first, at distance 0)
        int[] set = Arrays.copyOfRange(rk, 1, c);
        double[] dd = Arrays.copyOfRange(d, 1, c);
        double[] w = w(x[i], y[i], set, dd, sel[1]);
        double na = 0;
        double nb = 0;
        double den = 0;
        for (int j = 0; j < set.length; j++) {
            int dj = set[j];
            double d2 = dd[j] * dd[j];
            na += w[j] * (z[dj] - z[i]) * (x[dj] - x[i]) / d2;
            nb += w[j] * (z[dj] - z[i]) * (y[dj] - y[i]) / d2;
            den += w[j];
        }
        a[i] = set.length > 0 ? na / den : 0;
        b[i] = set.length > 0 ? nb / den : 0;
        slopeKnown[i] = true;
    }

    double value(double px, double py) {
        double[] d = new double[max + 1];
        int[] rk = ranked(px, py, d);
        if (rk.length == 0) {
            return Double.NaN;
        }
        if (d[0] < eps) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < rk.length && d[i] < eps; i++) {
                sum += z[rk[i]];
                n++;
            }
            return sum / n;
        }
        double[] sel = select(d, rk.length);
        int c = (int) sel[0];
        int[] set = Arrays.copyOf(rk, c);
        double[] dd = Arrays.copyOf(d, c);
        if (idw) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < c; i++) {
                double wi = Math.pow(dd[i], -u);
                num += wi * z[set[i]];
                den += wi;
            }
            return num / den;
        }
        double[] w = w(px, py, set, dd, sel[1]);
        double num = 0;
        double den = 0;
        for (int i = 0; i < c; i++) {
            int di = set[i];
            double dz = 0;
            if (nu > 0) {
                slope(di);
                dz = (a[di] * (px - x[di]) + b[di] * (py - y[di])) * nu / (nu + dd[i]);
            }
            num += w[i] * (z[di] + dz);
            den += w[i];
        }
        return num / den;
    }
}
