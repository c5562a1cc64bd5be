package io.ivraudit.sim;

import java.util.Arrays;
import java.util.List;

/**
 * One sorted set of node indices per intent, packed in two arrays: the nodes of set {@code k}
 * are {@code nodes[start[k] .. start[k + 1])}. Memory is the sum of the sets' sizes, not intents
 * x nodes; membership is a scan of a small set or a binary search, O(log size of the set). When
 * intents x nodes is small ({@link #DENSE} at most) a table of every pair answers membership
 * in one look-up too, for the simulator's inner loop.
 */
final class NodeSets {
    /** Intents x nodes up to which membership is also kept as a table of every pair (4 MB). */
    static final long DENSE = 1 << 22;
    /** Sets up to this size are scanned, which beats a binary search on so few. */
    private static final int SCANNED = 8;

    private final int[] start;
    private final int[] nodes;
    private final int nodeCount;
    /** {@code member[k * nodeCount + node]}, or null above {@link #DENSE}. */
    private final boolean[] member;

    private NodeSets(int[] start, int[] nodes, int nodeCount) {
        this.start = start;
        this.nodes = nodes;
        this.nodeCount = nodeCount;
        int sets = start.length - 1;
        member = (long) sets * nodeCount <= DENSE ? new boolean[sets * nodeCount] : null;
        for (int k = 0; member != null && k < sets; k++) {
            for (int i = start[k]; i < start[k + 1]; i++) {
                member[k * nodeCount + nodes[i]] = true;
            }
        }
    }

    /** Packs sets of node indices below {@code nodeCount}, each sorted and with repeats removed. O(total size x log). */
    static NodeSets of(List<int[]> sets, int nodeCount) {
        int[] start = new int[sets.size() + 1];
        int[][] clean = new int[sets.size()][];
        for (int k = 0; k < sets.size(); k++) {
            clean[k] = Arrays.stream(sets.get(k)).sorted().distinct().toArray();
            start[k + 1] = start[k] + clean[k].length;
        }
        int[] nodes = new int[start[sets.size()]];
        for (int k = 0; k < clean.length; k++) {
            System.arraycopy(clean[k], 0, nodes, start[k], clean[k].length);
        }
        return new NodeSets(start, nodes, nodeCount);
    }

    /** Whether set {@code k} holds {@code node}. */
    boolean contains(int k, int node) {
        return member != null ? member[k * nodeCount + node] : position(k, node) >= 0;
    }

    /** Where {@code node} sits in the packed array if set {@code k} holds it, else -1. Small sets are scanned. */
    int position(int k, int node) {
        int from = start[k];
        int to = start[k + 1];
        if (to - from > SCANNED) {
            int at = Arrays.binarySearch(nodes, from, to, node);
            return at >= 0 ? at : -1;
        }
        for (int i = from; i < to; i++) {
            if (nodes[i] == node) {
                return i;
            }
        }
        return -1;
    }

    /** Total entries over all sets. */
    int size() {
        return nodes.length;
    }
}
