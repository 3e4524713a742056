package org.geointerp.engine.akima;

/**
 * Value and first and second partial derivatives of the data points, in frame coordinates, and their conversion
 * into the derivatives along two edge vectors (the u-v systems of Akima's triangles and border rectangles).
 */
final class VertexData {

    final double[] u;
    final double[] v;
    final double[] z;
    /** z_x, z_y, z_xx, z_xy, z_yy per point (frame coordinates). */
    final double[] pd;

    VertexData(double[] u, double[] v, double[] z, double[] pd) {
        this.u = u;
        this.v = v;
        this.z = z;
        this.pd = pd;
    }

    /**
     * Derivatives at point {@code p} along the vectors (a, c) and (b, d): out = {z_s, z_t, z_ss, z_st, z_tt} for
     * the map x = a s + b t, y = c s + d t.
     */
    void along(int p, double a, double b, double c, double d, double[] out) {
        int o = 5 * p;
        double zx = pd[o];
        double zy = pd[o + 1];
        double zxx = pd[o + 2];
        double zxy = pd[o + 3];
        double zyy = pd[o + 4];
        out[0] = a * zx + c * zy;
        out[1] = b * zx + d * zy;
        out[2] = a * a * zxx + 2 * a * c * zxy + c * c * zyy;
        out[3] = a * b * zxx + (a * d + b * c) * zxy + c * d * zyy;
        out[4] = b * b * zxx + 2 * b * d * zxy + d * d * zyy;
    }
}
