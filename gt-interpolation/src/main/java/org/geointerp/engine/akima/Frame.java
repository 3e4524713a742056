package org.geointerp.engine.akima;

/**
 * The unit-free coordinate frame all Akima computations run in: {@code u = (x - originX) / scale},
 * {@code v = (y - originY) / scale}, with the origin at the lower-left corner of the data's bounding box and one
 * scale (the larger extent) for both axes.
 *
 * <p>Why: the method mixes x and y in distances (nearest neighbours, thin triangles) and in weights, so both axes
 * must share one scale; and the same data in metres or in degrees must give the same surface, so nothing may
 * depend on where the origin is or on the unit. Franke's test data (about [0, 1]^2) map nearly onto themselves.
 */
record Frame(double originX, double originY, double scale) {

    static Frame of(double[] x, double[] y) {
        Bounds box = Bounds.of(x, y);
        double scale = Math.max(box.width(), box.height());
        return new Frame(box.minU(), box.minV(), scale > 0 ? scale : 1.0);
    }

    /** The frame the whole data set of {@code f} has: what {@link #of(double[], double[])} gives for all its points. */
    static Frame of(AkimaOptions.DataFrame f) {
        double scale = Math.max(f.maxX() - f.minX(), f.maxY() - f.minY());
        return new Frame(f.minX(), f.minY(), scale > 0 ? scale : 1.0);
    }

    double u(double x) {
        return (x - originX) / scale;
    }

    double v(double y) {
        return (y - originY) / scale;
    }

    double[] us(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = u(x[i]);
        }
        return out;
    }

    double[] vs(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = v(y[i]);
        }
        return out;
    }
}
