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
 * @param day        the day's calls and queues (SPEC section 2b); {@link CentreDay#NONE} without queues
 */
public record Figures(String tree, String method, long callers, long seed, Distribution overall,
                      Map<String, IntentResult> intents, Map<String, Double> nodeVisits,
                      Map<String, Double> nodeEnds, List<Block> blocks, CentreDay day) {
    public Figures {
        blocks = List.copyOf(blocks);
    }

    /** These figures with the day of queues they were computed under. */
    Figures withDay(CentreDay centreDay) {
        return new Figures(tree, method, callers, seed, overall, intents, nodeVisits, nodeEnds, blocks, centreDay);
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
