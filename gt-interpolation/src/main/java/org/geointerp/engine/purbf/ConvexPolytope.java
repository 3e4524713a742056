package org.geointerp.engine.purbf;

import java.util.Arrays;
import org.geointerp.engine.GridSpec;

/**
 * A convex polytope in N dimensions as an intersection of half-spaces {@code normal . p <= offset}, with unit
 * normals so that the largest violation is a distance (a lower bound of the true distance to the polytope).
 * Points within {@code tolerance} of the boundary count as inside: grid points that lie on a face in exact
 * arithmetic must not drop out through rounding.
 */
public final class ConvexPolytope implements Domain {

    private final int dim;
    private final double[][] normals;
    private final double[] offsets;
    private final double tolerance;

    /**
     * @param normals one outward normal per face (normalised here)
     * @param offsets the faces' offsets, {@code normal . p <= offset} inside
     * @param tolerance distance outside a face still counted as inside
     */
    public ConvexPolytope(double[][] normals, double[] offsets, double tolerance) {
        if (normals.length != offsets.length || normals.length == 0) {
            throw new IllegalArgumentException("normals/offsets: need the same positive number of faces, got "
                    + normals.length + " and " + offsets.length);
        }
        this.dim = normals[0].length;
        this.normals = new double[normals.length][];
        this.offsets = new double[offsets.length];
        for (int f = 0; f < normals.length; f++) {
            double norm = 0;
            for (double c : normals[f]) {
                norm += c * c;
            }
            norm = Math.sqrt(norm);
            if (!(norm > 0) || normals[f].length != dim) {
                throw new IllegalArgumentException("normals[" + f + "]: must be a non-zero vector of dimension " + dim);
            }
            this.normals[f] = new double[dim];
            for (int a = 0; a < dim; a++) {
                this.normals[f][a] = normals[f][a] / norm;
            }
            this.offsets[f] = offsets[f] / norm;
        }
        this.tolerance = tolerance;
    }

    /**
     * The convex polygon with the given vertices in counter-clockwise or clockwise order (2D).
     *
     * @param tolerance distance outside an edge still counted as inside
     */
    public static ConvexPolytope ofPolygon(double[] xs, double[] ys, double tolerance) {
        int m = xs.length;
        if (m < 3 || ys.length != m) {
            throw new IllegalArgumentException("polygon: need at least 3 vertices with x and y, got " + m);
        }
        double area2 = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            area2 += xs[i] * ys[j] - xs[j] * ys[i];
        }
        if (area2 == 0) {
            throw new IllegalArgumentException("polygon: vertices are collinear (zero area)");
        }
        double sign = area2 > 0 ? 1 : -1; // outward normal of edge (dx, dy) is (dy, -dx) for counter-clockwise
        double[][] normals = new double[m][];
        double[] offsets = new double[m];
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            double nx = sign * (ys[j] - ys[i]);
            double ny = -sign * (xs[j] - xs[i]);
            normals[i] = new double[] {nx, ny};
            offsets[i] = nx * xs[i] + ny * ys[i];
        }
        return new ConvexPolytope(normals, offsets, tolerance);
    }

    /** The axis-aligned box [lo, hi]. */
    public static ConvexPolytope box(double[] lo, double[] hi, double tolerance) {
        int n = lo.length;
        double[][] normals = new double[2 * n][n];
        double[] offsets = new double[2 * n];
        for (int a = 0; a < n; a++) {
            normals[2 * a][a] = 1;
            offsets[2 * a] = hi[a];
            normals[2 * a + 1][a] = -1;
            offsets[2 * a + 1] = -lo[a];
        }
        return new ConvexPolytope(normals, offsets, tolerance);
    }

    public int faceCount() {
        return offsets.length;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public boolean contains(double[] p) {
        return distanceOutside(p) <= tolerance;
    }

    @Override
    public double distanceOutside(double[] p) {
        double worst = 0;
        for (int f = 0; f < offsets.length; f++) {
            double[] nf = normals[f];
            double s = -offsets[f];
            for (int a = 0; a < dim; a++) {
                s += nf[a] * p[a];
            }
            worst = Math.max(worst, s);
        }
        return worst;
    }

    /** Scan line: in 2D the row meets the polygon in one interval, bounded by the half-planes one by one. */
    @Override
    public void insideRow(GridSpec grid, int row, boolean[] inside) {
        Arrays.fill(inside, 0, grid.width(), false);
        double y = grid.y(row);
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int f = 0; f < offsets.length; f++) {
            double nx = normals[f][0];
            double rhs = offsets[f] + tolerance - normals[f][1] * y;
            if (Math.abs(nx) < 1e-15) {
                if (rhs < 0) {
                    return;
                }
            } else if (nx > 0) {
                hi = Math.min(hi, rhs / nx);
            } else {
                lo = Math.max(lo, rhs / nx);
            }
        }
        if (lo <= hi) {
            Domain.markColumns(grid, lo, hi, inside);
        }
    }
}
