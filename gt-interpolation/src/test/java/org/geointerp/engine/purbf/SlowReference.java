package org.geointerp.engine.purbf;

import org.geointerp.engine.PointSet;

/**
 * The partition-of-unity interpolant evaluated the obvious way, independently of the engine's search structures:
 * every patch is visited, its Wendland C2 weight computed from the formula, its local RBF summed over its points.
 */
final class SlowReference {

    private SlowReference() {}

    static double value(PuRbfModel m, double[] p) {
        if (!m.domain().contains(p)) {
            return Double.NaN;
        }
        double num = 0;
        double den = 0;
        int nearest = -1;
        double nearestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m.patchCount(); j++) {
            double d = distance(p, m.centre(j));
            if (d < nearestD) {
                nearestD = d;
                nearest = j;
            }
            double r = m.radius(j);
            if (d < r) {
                double t = d / r;
                double w = Math.pow(1 - t, 4) * (4 * t + 1);
                num += w * local(m, j, p);
                den += w;
            }
        }
        return den > 0 ? num / den : local(m, nearest, p);
    }

    /** The sum of the raw weights at p (a partition of unity divides by it). */
    static double weightSum(PuRbfModel m, double[] p) {
        double den = 0;
        for (int j = 0; j < m.patchCount(); j++) {
            double d = distance(p, m.centre(j));
            double r = m.radius(j);
            if (d < r) {
                den += Math.pow(1 - d / r, 4) * (4 * d / r + 1);
            }
        }
        return den;
    }

    static double local(PuRbfModel m, int j, double[] p) {
        if (!Double.isNaN(m.constantValue(j))) {
            return m.constantValue(j);
        }
        PointSet pts = m.points();
        int[] idx = m.patchPoints(j);
        double[] c = m.coefficients(j);
        double sum = m.level(j);
        double[] q = new double[p.length];
        for (int k = 0; k < idx.length; k++) {
            for (int a = 0; a < p.length; a++) {
                q[a] = pts.coordinate(a)[idx[k]];
            }
            sum += c[k] * m.kernel().value(m.kernelFactor(j) * distance(p, q));
        }
        return sum;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
