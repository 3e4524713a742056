package org.geointerp.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairSortTest {

    /** The reference: indices boxed and sorted by key with the JDK's stable object sort. */
    private static int[] boxedOrder(double[] key) {
        Integer[] order = new Integer[key.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> key[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static void check(double[] key) {
        int[] expected = boxedOrder(key);
        double[] sorted = key.clone();
        int[] value = new int[key.length];
        for (int i = 0; i < value.length; i++) {
            value[i] = i;
        }
        PairSort.sort(sorted, value, key.length);
        assertArrayEquals(expected, value, "order, ties in input order");
        double[] expectedKeys = Arrays.stream(expected).mapToDouble(i -> key[i]).toArray();
        assertArrayEquals(expectedKeys, sorted, 0.0);
    }

    @Test
    void agreesWithTheJdkStableSortOnMixedSignsTiesAndZeros() {
        Random r = new Random(3);
        for (int n : new int[] {0, 1, 2, 17, 65, 1000, 100_000}) {
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                switch (r.nextInt(6)) {
                    case 0 -> key[i] = r.nextInt(5) - 2; // many ties, negative and positive
                    case 1 -> key[i] = r.nextBoolean() ? 0.0 : -0.0;
                    case 2 -> key[i] = (r.nextDouble() - 0.5) * 1e300;
                    case 3 -> key[i] = r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    default -> key[i] = r.nextGaussian() * 1e-5 + 5e5; // metres: bytes shared by all keys
                }
            }
            check(key);
        }
    }

    @Test
    void sortsKeysThatShareEveryHighByte() {
        double[] key = new double[300];
        for (int i = 0; i < key.length; i++) {
            key[i] = 1.0 + Math.ulp(1.0) * ((i * 7919) % 300);
        }
        check(key);
    }
}
