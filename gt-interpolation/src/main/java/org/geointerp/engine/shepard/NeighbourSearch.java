package org.geointerp.engine.shepard;

/**
 * Finds the data points nearest to a location in the metric Shepard's weights use: Euclidean distance, or the
 * barrier-lengthened effective distance {@code d' = sqrt(d^2 + b^2)}. One instance per thread.
 */
interface NeighbourSearch {

    /**
     * Finds up to {@code k} points nearest to (x, y) by effective distance, sorted ascending; fills
     * {@code index[0..n)} with their indices and {@code distance[0..n)} with their effective distances, returns n.
     * Points at infinite effective distance (unreachable) are left out.
     */
    int nearest(double x, double y, int k, int[] index, double[] distance);

    /**
     * Announces that the next queries lie within distance {@code h} of ({@code cx}, {@code cy}) and ask for at most
     * {@code k} neighbours, so an implementation may gather candidates once for all of them (a tile of grid cells).
     * Queries outside that disk must still be answered exactly.
     */
    default void prepare(double cx, double cy, double h, int k) {}
}
