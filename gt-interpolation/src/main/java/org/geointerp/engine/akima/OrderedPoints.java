package org.geointerp.engine.akima;

import org.geointerp.engine.Execution;
import org.geointerp.engine.PointSet;

/**
 * The data points in frame coordinates, stored along a Hilbert curve: position p holds input point
 * {@code original[p]}. Every later step (neighbour search, local fits, derivative weighting, triangulation, the grid
 * walk's vertex data) reads a point together with its neighbours, and in this order the neighbours sit close by in
 * memory: at 100,000 points and more the arrays no longer fit the processor's caches, and in input (random) order
 * nearly every neighbour read was a cache miss.
 *
 * <p>Where the method's results depend on the order of points (ties between equal distances, the order of primary
 * estimates), the original index decides, so the surface is the one the input order gives.
 */
record OrderedPoints(double[] u, double[] v, double[] z, int[] original) {

    static OrderedPoints of(Frame frame, PointSet points, Execution execution) {
        double[] x = points.x();
        double[] y = points.y();
        double[] values = points.values();
        int n = points.size();
        double[] fu = frame.us(x);
        double[] fv = frame.vs(y);
        int[] order = HilbertOrder.of(fu, fv, execution);
        double[] u = new double[n];
        double[] v = new double[n];
        double[] z = new double[n];
        for (int p = 0; p < n; p++) {
            int i = order[p];
            u[p] = fu[i];
            v[p] = fv[i];
            z[p] = values[i];
        }
        return new OrderedPoints(u, v, z, order);
    }

    int size() {
        return u.length;
    }
}
