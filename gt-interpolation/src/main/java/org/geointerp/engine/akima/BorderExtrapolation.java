package org.geointerp.engine.akima;

/**
 * Values outside the triangulated area, near it (Appendix B). The outside is divided by the border loop into
 * <ul>
 *   <li>semi-infinite rectangles beyond each border segment, where a polynomial quintic along the segment and
 *       quadratic across it continues the data of the segment's two end points;</li>
 *   <li>semi-infinite triangles beyond a convex border vertex, between the rectangles of its two segments, where the
 *       quadratic Taylor polynomial of the vertex is used;</li>
 *   <li>overlaps of the two rectangles at a reflex vertex (made by thin-triangle removal), where the two rectangle
 *       values are blended with weights that favour the rectangle the point is further into.</li>
 * </ul>
 * The first region that holds the point wins, vertex regions before rectangles, in border order (as Akima's
 * SDLCTN). Far from the data, where no region holds the point, the nearest border vertex's Taylor quadratic is used.
 */
final class BorderExtrapolation {

    private final Mesh mesh;
    private final VertexData data;
    private final double[] s0 = new double[5];
    private final double[] s1 = new double[5];
    private final double[] s2 = new double[3];

    BorderExtrapolation(Mesh mesh, VertexData data) {
        this.mesh = mesh;
        this.data = data;
    }

    double value(double x, double y) {
        int[] loop = mesh.border;
        int nl = loop.length;
        double[] u = mesh.u;
        double[] v = mesh.v;
        for (int k = 0; k < nl; k++) {
            int p1 = loop[k];
            int p2 = loop[(k + 1) % nl];
            int p3 = loop[(k + 2) % nl];
            if (orient(u[p1], v[p1], u[p3], v[p3], x, y) > 0) {
                continue; // the point is on the inner side of the chord p1-p3
            }
            double turn = orient(u[p1], v[p1], u[p3], v[p3], u[p2], v[p2]);
            double dot1 = (u[p1] - u[p2]) * (x - u[p2]) + (v[p1] - v[p2]) * (y - v[p2]);
            double dot3 = (u[p3] - u[p2]) * (x - u[p2]) + (v[p3] - v[p2]) * (y - v[p2]);
            if (turn <= 0 && dot1 <= 0 && dot3 <= 0) {
                return taylor(p2, x, y);
            }
            if (turn >= 0 && dot1 >= 0 && dot3 >= 0) {
                return overlap(p1, p2, p3, x, y);
            }
        }
        for (int k = 0; k < nl; k++) {
            int p1 = loop[k];
            int p2 = loop[(k + 1) % nl];
            if (orient(u[p1], v[p1], u[p2], v[p2], x, y) <= 0) {
                double along1 = (u[p2] - u[p1]) * (x - u[p1]) + (v[p2] - v[p1]) * (y - v[p1]);
                double along2 = (u[p1] - u[p2]) * (x - u[p2]) + (v[p1] - v[p2]) * (y - v[p2]);
                if (along1 >= 0 && along2 >= 0) {
                    return rectangle(p1, p2, x, y);
                }
            }
        }
        return taylor(nearestBorderVertex(x, y), x, y);
    }

    /** Twice the signed area of (a, b, p): positive when p is left of a -> b. */
    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    private int nearestBorderVertex(double x, double y) {
        int best = mesh.border[0];
        double bestD = Double.POSITIVE_INFINITY;
        for (int p : mesh.border) {
            double dx = mesh.u[p] - x;
            double dy = mesh.v[p] - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }

    /** Quadratic Taylor polynomial of vertex p. */
    private double taylor(int p, double x, double y) {
        int o = 5 * p;
        double[] pd = data.pd;
        double dx = x - data.u[p];
        double dy = y - data.v[p];
        return data.z[p]
                + dx * (pd[o] + 0.5 * pd[o + 2] * dx + pd[o + 3] * dy)
                + dy * (pd[o + 1] + 0.5 * pd[o + 4] * dy);
    }

    /** Blend at reflex vertex p2 of the rectangles of segments p1-p2 and p2-p3. */
    private double overlap(int p1, int p2, int p3, double x, double y) {
        double[] u = mesh.u;
        double[] v = mesh.v;
        double first = rectangle(p1, p2, x, y);
        double second = rectangle(p2, p3, x, y);
        // each value is weighted by how far the point lies along the other segment, measured from p2
        double along3 = (u[p3] - u[p2]) * (x - u[p2]) + (v[p3] - v[p2]) * (y - v[p2]);
        double along1 = (u[p1] - u[p2]) * (x - u[p2]) + (v[p1] - v[p2]) * (y - v[p2]);
        double w1 = along3 * along3;
        double w2 = along1 * along1;
        if (w1 + w2 == 0) {
            return data.z[p2];
        }
        return (w1 * first + w2 * second) / (w1 + w2);
    }

    /**
     * The rectangle beyond segment p1 -> p2: s across the segment (outwards), t along it, both scaled by its length;
     * quintic Hermite in t for the values on the segment, cubic Hermite in t for the slope across it, and the
     * curvature across it linear in t.
     */
    private double rectangle(int p1, int p2, double x, double y) {
        double[] u = mesh.u;
        double[] v = mesh.v;
        double bx = u[p2] - u[p1];
        double by = v[p2] - v[p1];
        // x = x1 + by s + bx t, y = y1 - bx s + by t
        data.along(p1, by, bx, -bx, by, s0);
        data.along(p2, by, bx, -bx, by, s1);
        double lsq = bx * bx + by * by;
        double dx = x - u[p1];
        double dy = y - v[p1];
        double s = (by * dx - bx * dy) / lsq;
        double t = (bx * dx + by * dy) / lsq;
        double p00 = data.z[p1];
        double p10 = s0[0];
        double p01 = s0[1];
        double p20 = 0.5 * s0[2];
        double p11 = s0[3];
        double p02 = 0.5 * s0[4];
        double[] hi = s2;
        Hermite5.upper(p00, p01, p02, data.z[p2], s1[1], s1[4], hi, 0);
        double h1 = s1[0] - p10 - p11;
        double h2 = s1[3] - p11;
        double p12 = 3 * h1 - h2;
        double p13 = -2 * h1 + h2;
        double p21 = 0.5 * (s1[2] - s0[2]);
        double q0 = p00 + t * (p01 + t * (p02 + t * (hi[0] + t * (hi[1] + t * hi[2]))));
        double q1 = p10 + t * (p11 + t * (p12 + t * p13));
        double q2 = p20 + t * p21;
        return q0 + s * (q1 + s * q2);
    }
}
