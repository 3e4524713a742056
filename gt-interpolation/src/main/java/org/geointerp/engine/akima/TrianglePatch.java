package org.geointerp.engine.akima;

/**
 * The quintic polynomial on one triangle (Akima 1978, kept by Algorithm 761): 21 coefficients in the triangle's
 * own u-v system (vertex 1 at the origin, vertex 2 at (1, 0), vertex 3 at (0, 1)), fixed by the value and the first
 * and second derivatives at the three vertices (18 conditions) and by the derivative normal to each edge being a
 * cubic along that edge (3 more). Neighbouring patches then agree in value and normal slope along shared edges.
 *
 * <p>Mutable and reusable: {@link #load} sets it up for a triangle, {@link #value} evaluates; a grid walk loads a
 * triangle once and evaluates it for all the cells inside.
 */
final class TrianglePatch {

    /** p[i][j], coefficient of s^i t^j, stored row by row of i: row i holds j = 0 .. 5 - i. */
    private final double[] c = new double[21];

    private static final int[] ROW = {0, 6, 11, 15, 18, 20};

    private final double[][] d = new double[3][5];
    private double x0;
    private double y0;
    private double ap;
    private double bp;
    private double cp;
    private double dp;
    private int triangle = -1;
    private final double[] scratch = new double[3];

    int triangle() {
        return triangle;
    }

    void load(Mesh mesh, VertexData data, int t) {
        triangle = t;
        int p1 = mesh.tri[3 * t];
        int p2 = mesh.tri[3 * t + 1];
        int p3 = mesh.tri[3 * t + 2];
        x0 = data.u[p1];
        y0 = data.v[p1];
        double a = data.u[p2] - x0;
        double b = data.u[p3] - x0;
        double cc = data.v[p2] - y0;
        double dd = data.v[p3] - y0;
        double det = a * dd - b * cc;
        ap = dd / det;
        bp = -b / det;
        cp = -cc / det;
        dp = a / det;
        data.along(p1, a, b, cc, dd, d[0]);
        data.along(p2, a, b, cc, dd, d[1]);
        data.along(p3, a, b, cc, dd, d[2]);
        double[] d1 = d[0];
        double[] d2 = d[1];
        double[] d3 = d[2];
        double p00 = data.z[p1];
        double p10 = d1[0];
        double p01 = d1[1];
        double p20 = 0.5 * d1[2];
        double p11 = d1[3];
        double p02 = 0.5 * d1[4];
        set(0, 0, p00);
        set(1, 0, p10);
        set(0, 1, p01);
        set(2, 0, p20);
        set(1, 1, p11);
        set(0, 2, p02);
        // along the edge t = 0 (vertex 1 to 2) and the edge s = 0 (vertex 1 to 3): quintic Hermite in one variable
        double[] tmp = scratch;
        Hermite5.upper(p00, p10, p20, data.z[p2], d2[0], d2[2], tmp, 0);
        double p30 = tmp[0];
        double p40 = tmp[1];
        double p50 = tmp[2];
        Hermite5.upper(p00, p01, p02, data.z[p3], d3[1], d3[4], tmp, 0);
        double p03 = tmp[0];
        double p04 = tmp[1];
        double p05 = tmp[2];
        // the normal derivative is a cubic along the two legs: fixes p41 and p14
        double lusq = a * a + cc * cc;
        double lvsq = b * b + dd * dd;
        double spuv = a * b + cc * dd;
        double p41 = 5 * spuv / lusq * p50;
        double p14 = 5 * spuv / lvsq * p05;
        // z_t along t = 0 and z_s along s = 0 match the vertex data at the far ends
        double h1 = d2[1] - p01 - p11 - p41;
        double h2 = d2[3] - p11 - 4 * p41;
        double p21 = 3 * h1 - h2;
        double p31 = -2 * h1 + h2;
        h1 = d3[0] - p10 - p11 - p14;
        h2 = d3[3] - p11 - 4 * p14;
        double p12 = 3 * h1 - h2;
        double p13 = -2 * h1 + h2;
        // the normal derivative is a cubic along the hypotenuse too; with z_tt at vertex 2 and z_ss at vertex 3
        double e1 = (lvsq - spuv) / ((lvsq - spuv) + (lusq - spuv));
        double e2 = 1 - e1;
        double g1 = 5 * e1 - 2;
        double g2 = 1 - g1;
        h1 = 5 * (e1 * (p50 - p41) + e2 * (p05 - p14)) + (p41 + p14);
        h2 = 0.5 * d2[4] - p02 - p12;
        double h3 = 0.5 * d3[2] - p20 - p21;
        double p22 = h1 + g1 * h2 + g2 * h3;
        set(3, 0, p30);
        set(4, 0, p40);
        set(5, 0, p50);
        set(0, 3, p03);
        set(0, 4, p04);
        set(0, 5, p05);
        set(4, 1, p41);
        set(1, 4, p14);
        set(2, 1, p21);
        set(3, 1, p31);
        set(1, 2, p12);
        set(1, 3, p13);
        set(2, 2, p22);
        set(3, 2, h2 - p22);
        set(2, 3, h3 - p22);
    }

    private void set(int i, int j, double value) {
        c[ROW[i] + j] = value;
    }

    /** The patch's value at frame coordinates (x, y); meaningful inside (and, by continuation, near) the triangle. */
    double value(double x, double y) {
        double dx = x - x0;
        double dy = y - y0;
        double s = ap * dx + bp * dy;
        double t = cp * dx + dp * dy;
        double[] k = c;
        double q0 = k[0] + t * (k[1] + t * (k[2] + t * (k[3] + t * (k[4] + t * k[5]))));
        double q1 = k[6] + t * (k[7] + t * (k[8] + t * (k[9] + t * k[10])));
        double q2 = k[11] + t * (k[12] + t * (k[13] + t * k[14]));
        double q3 = k[15] + t * (k[16] + t * k[17]);
        double q4 = k[18] + t * k[19];
        return q0 + s * (q1 + s * (q2 + s * (q3 + s * (q4 + s * k[20]))));
    }
}
