package org.geointerp.engine.akima;

/** The bounding box of points. */
record Bounds(double minU, double minV, double maxU, double maxV) {

    /** The box of all points. */
    static Bounds of(double[] u, double[] v) {
        double loU = Double.POSITIVE_INFINITY;
        double hiU = Double.NEGATIVE_INFINITY;
        double loV = Double.POSITIVE_INFINITY;
        double hiV = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < u.length; p++) {
            loU = Math.min(loU, u[p]);
            hiU = Math.max(hiU, u[p]);
            loV = Math.min(loV, v[p]);
            hiV = Math.max(hiV, v[p]);
        }
        return new Bounds(loU, loV, hiU, hiV);
    }

    /** The box of the listed points (repeats allowed). */
    static Bounds of(double[] u, double[] v, int[] points) {
        double loU = Double.POSITIVE_INFINITY;
        double hiU = Double.NEGATIVE_INFINITY;
        double loV = Double.POSITIVE_INFINITY;
        double hiV = Double.NEGATIVE_INFINITY;
        for (int p : points) {
            loU = Math.min(loU, u[p]);
            hiU = Math.max(hiU, u[p]);
            loV = Math.min(loV, v[p]);
            hiV = Math.max(hiV, v[p]);
        }
        return new Bounds(loU, loV, hiU, hiV);
    }

    double width() {
        return maxU - minU;
    }

    double height() {
        return maxV - minV;
    }
}
