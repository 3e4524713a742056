package org.geointerp.engine.barrier;

/**
 * Remembers which pairs of visibility-graph nodes see each other. Whether the edge from node a to node b is free
 * depends on neither P nor D, yet the path search used to test it again in every search: on the benchmark (1,000
 * points, 100 random lines, 100 x 100 grid) 11 million node-to-node tests for 300 nodes, more than the straight
 * edges from P. One instance per {@link BarrierSet}, shared by all query threads.
 *
 * <p>Thread safety: an entry only ever goes from {@link #UNKNOWN} to the one answer every thread would compute, and
 * Java writes bytes without tearing, so racing threads at worst both compute an entry; no locking is needed. The
 * table takes one byte per ordered pair, allocated on first use; above {@link #MAX_NODES} nodes (16 MB) nothing is
 * remembered and every test runs as before.
 */
final class NodePairs {

    static final int UNKNOWN = 0;
    static final int VISIBLE = 1;
    static final int BLOCKED = 2;
    static final int MAX_NODES = 4096;

    private final int n;
    private volatile byte[] table;

    NodePairs(int nodeCount) {
        this.n = nodeCount;
    }

    int get(int a, int b) {
        byte[] t = table();
        return t == null ? UNKNOWN : t[a * n + b];
    }

    void put(int a, int b, boolean visible) {
        byte[] t = table();
        if (t != null) {
            t[a * n + b] = (byte) (visible ? VISIBLE : BLOCKED);
        }
    }

    private byte[] table() {
        byte[] t = table;
        if (t == null && n <= MAX_NODES) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new byte[n * n];
                    table = t;
                }
            }
        }
        return t;
    }
}
