package io.ivraudit.sim;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Counts by a key from 0 to a known bound (such as an intent and a histogram bin): a plain array
 * when the bound is small, else an open-addressing hash table of only the keys that occur, so
 * memory grows with the distinct keys counted, never with intents x bins. Adding is O(1)
 * (expected, for the table).
 */
final class LongCounts {
    /** Bounds up to this many keys are counted in a plain array (8 MB). */
    static final long DENSE_KEYS = 1 << 20;
    private static final long EMPTY = -1;

    private final long[] dense;
    private long[] keys;
    private long[] counts;
    private int size;

    /** Counts for keys from 0 to {@code bound - 1}. */
    LongCounts(long bound) {
        dense = bound <= DENSE_KEYS ? new long[(int) bound] : null;
        keys = dense != null ? null : emptyKeys(16);
        counts = dense != null ? null : new long[16];
    }

    /** Adds {@code n} to the count of {@code key}. */
    void add(long key, long n) {
        if (dense != null) {
            dense[(int) key] += n;
            return;
        }
        int at = slot(keys, key);
        if (keys[at] == key) {
            counts[at] += n;
            return;
        }
        keys[at] = key;
        counts[at] = n;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds every count of {@code other}, which counts keys to the same bound. */
    void addAll(LongCounts other) {
        if (dense != null) {
            for (int i = 0; i < dense.length; i++) {
                dense[i] += other.dense[i];
            }
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    /** The keys counted (with counts above 0), ascending, and their counts at the same places. O(size log size). */
    Sorted sorted() {
        if (dense != null) {
            return nonZero(dense);
        }
        long[] sortedKeys = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                sortedKeys[n++] = key;
            }
        }
        Arrays.sort(sortedKeys);
        long[] sortedCounts = new long[size];
        for (int i = 0; i < size; i++) {
            sortedCounts[i] = counts[slot(keys, sortedKeys[i])];
        }
        return new Sorted(sortedKeys, sortedCounts);
    }

    /** Keys in ascending order and their counts. */
    record Sorted(long[] keys, long[] counts) {}

    /** The keys of {@code counts} (an array indexed by key) whose counts are above 0. */
    static Sorted nonZero(long[] counts) {
        int[] used = IntStream.range(0, counts.length).filter(i -> counts[i] > 0).toArray();
        return new Sorted(Arrays.stream(used).asLongStream().toArray(), Arrays.stream(used).mapToLong(i -> counts[i]).toArray());
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = emptyKeys(oldKeys.length * 2);
        counts = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int at = slot(keys, oldKeys[i]);
                keys[at] = oldKeys[i];
                counts[at] = oldCounts[i];
            }
        }
    }

    /** Where {@code key} is, or the empty slot where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (keys[at] != EMPTY && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private static long[] emptyKeys(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        return keys;
    }
}
