package io.ivraudit.sim;

import java.util.List;
import java.util.Map;

/**
 * What the caller model says about a tree, from sampling or exactly: overall and per intent,
 * plus per node how often calls pass through it and how often they end there (the heat map).
 *
 * @param method     {@code monte-carlo} or {@code exact}
 * @param callers    callers simulated (0 for exact figures)
 * @param seed       the seed of the random streams (0 for exact figures)
 * @param nodeVisits per node id, mean visits per call
 * @param nodeEnds   per node id, the share of calls that end there
 * @param blocks     per block of sampled callers (in block order), the counts that let two
 *                   variants run on the same callers be compared pair by pair; empty when exact
 * @param queues     per queue id, the day's queue figures (SPEC section 2b); empty without queues
 */
public record Figures(String tree, String method, long callers, long seed, Distribution overall,
                      Map<String, IntentResult> intents, Map<String, Double> nodeVisits,
                      Map<String, Double> nodeEnds, List<Block> blocks, Map<String, QueueDay> queues) {
    public Figures {
        blocks = List.copyOf(blocks);
        queues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queues));
    }

    /** These figures with the day's queue figures they were computed under. */
    Figures withQueues(Map<String, QueueDay> days) {
        return new Figures(tree, method, callers, seed, overall, intents, nodeVisits, nodeEnds, blocks, days);
    }

    /** One block of sampled callers: calls, calls that reached a person, failed calls, seconds in the tree. */
    public record Block(long calls, long humans, long failures, double treeSeconds) {}

    /** The figures of calls with one intent, and that intent's share of all calls. */
    public record IntentResult(double share, Distribution figures) {}

    /** Whether the figures were sampled (and so carry intervals, callers and a seed). */
    public boolean sampled() {
        return method.equals("monte-carlo");
    }
}
