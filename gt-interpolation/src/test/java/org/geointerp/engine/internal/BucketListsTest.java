package org.geointerp.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counting sort against lists built one append at a time. */
class BucketListsTest {

    @Test
    void itemsInEachBucketInPlacementOrder() {
        Random r = new Random(3);
        int buckets = 37;
        int[] item = new int[2000];
        int[] bucket = new int[item.length];
        List<List<Integer>> expected = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            expected.add(new ArrayList<>());
        }
        for (int k = 0; k < item.length; k++) {
            item[k] = r.nextInt(500); // items repeat: one item may sit in several buckets
            bucket[k] = r.nextInt(buckets);
            expected.get(bucket[k]).add(item[k]);
        }
        BucketLists lists = BucketLists.of(buckets, sink -> {
            for (int k = 0; k < item.length; k++) {
                sink.add(item[k], bucket[k]);
            }
        });
        assertEquals(buckets, lists.bucketCount());
        assertEquals(item.length, lists.items().length);
        for (int b = 0; b < buckets; b++) {
            assertEquals(expected.get(b).size(), lists.size(b));
            int[] got = java.util.Arrays.copyOfRange(lists.items(), lists.start()[b], lists.start()[b + 1]);
            assertArrayEquals(
                    expected.get(b).stream().mapToInt(Integer::intValue).toArray(), got, "bucket " + b);
        }
    }

    @Test
    void byBucketLeavesOutNegativeBucketsAndKeepsEmptyOnes() {
        BucketLists lists = BucketLists.byBucket(4, new int[] {2, -1, 0, 2, 3, -1, 2});
        assertArrayEquals(new int[] {0, 1, 1, 4, 5}, lists.start());
        assertArrayEquals(new int[] {2, 0, 3, 6, 4}, lists.items());
        assertEquals(0, lists.size(1));
    }
}
