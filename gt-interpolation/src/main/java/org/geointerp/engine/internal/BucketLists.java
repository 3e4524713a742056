package org.geointerp.engine.internal;

import java.util.Arrays;

/**
 * Items listed by bucket in one array (compressed rows): the items of bucket {@code b} are
 * {@code items[start[b] .. start[b + 1])}. Built by a counting sort, which is linear: count each bucket's items, sum
 * the counts into start offsets, then drop every item into the next free slot of its bucket. Within a bucket items
 * keep the order in which they were placed.
 *
 * <p>The one bucketing step behind every spatial index of the engines (barrier segments and vertices per grid cell,
 * Clusterpolate's y strips, Akima's neighbour grid and triangle buckets, the local fits containing each point):
 * callers say where each item goes and keep the two arrays as fields, so their queries read plain arrays.
 */
public record BucketLists(int[] start, int[] items) {

    /** Receives one (item, bucket) membership. */
    @FunctionalInterface
    public interface Sink {
        void add(int item, int bucket);
    }

    /**
     * Every membership of the items, given to a {@link Sink}. It is run twice, to count and then to fill, and must
     * give the same memberships both times; an item may go into several buckets (a segment into every cell it
     * touches).
     */
    @FunctionalInterface
    public interface Placement {
        void place(Sink sink);
    }

    /** The lists of {@code buckets} buckets ({@code 0 .. buckets - 1}) holding what {@code placement} places. */
    public static BucketLists of(int buckets, Placement placement) {
        int[] start = new int[buckets + 1];
        placement.place((item, bucket) -> start[bucket + 1]++);
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] items = new int[start[buckets]];
        int[] fill = Arrays.copyOf(start, buckets);
        placement.place((item, bucket) -> items[fill[bucket]++] = item);
        return new BucketLists(start, items);
    }

    /** Item {@code i} in bucket {@code bucketOf[i]}, in increasing {@code i}; items with a negative bucket left out. */
    public static BucketLists byBucket(int buckets, int[] bucketOf) {
        return of(buckets, sink -> {
            for (int i = 0; i < bucketOf.length; i++) {
                if (bucketOf[i] >= 0) {
                    sink.add(i, bucketOf[i]);
                }
            }
        });
    }

    public int bucketCount() {
        return start.length - 1;
    }

    /** Number of items in bucket {@code b}. */
    public int size(int b) {
        return start[b + 1] - start[b];
    }
}
