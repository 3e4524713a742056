package org.geointerp.engine.akima;

/** The bounding box of points. */
record Bounds(double minU, double minV, double maxU, double maxV) {

    /** The box of all points. */
    static Bounds of(double[] u, double[] v) {
        return of(u, v, u.length, null);
    }

    /** The box of the listed points (repeats allowed). */
    static Bounds of(double[] u, double[] v, int[] points) {
        return of(u, v, points.length, points);
    }

    /** The box of points {@code list[0..n)}, or of points 0..n-1 when {@code list} is null. */
    private static Bounds of(double[] u, double[] v, int n, int[] list) {
        double loU = Double.POSITIVE_INFINITY;
        double hiU = Double.NEGATIVE_INFINITY;
        double loV = Double.POSITIVE_INFINITY;
        double hiV = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int p = list == null ? i : list[i];
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
