package org.geointerp.engine.shepard;

import org.geointerp.engine.KdTree;

/** Plain Euclidean k-nearest neighbours through the kd-tree. */
final class EuclideanNeighbourSearch implements NeighbourSearch {

    private final KdTree.Searcher searcher;

    EuclideanNeighbourSearch(KdTree tree) {
        this.searcher = tree.searcher();
    }

    @Override
    public int nearest(double x, double y, int k, int[] index, double[] distance) {
        int n = searcher.nearest(x, y, k);
        for (int i = 0; i < n; i++) {
            index[i] = searcher.index(i);
            distance[i] = Math.sqrt(searcher.distanceSquared(i));
        }
        return n;
    }
}
