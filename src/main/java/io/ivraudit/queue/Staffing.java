package io.ivraudit.queue;

import java.util.Optional;

/**
 * The fewest agents that meet a {@link ServiceTarget} (SPEC section 2b), before shrinkage.
 *
 * <p>The service level never falls and the hang-up share never rises as agents are added (the
 * property tests check this), so the agents that meet the target form a ray {@code [n*, inf)}.
 * No fewer than {@code a (1 - maxAbandon)} agents can meet it: the served load
 * {@code a (1 - pAbandon)} is the mean number of busy agents, at most n. The search starts one
 * below that bound, gallops upwards (1, 2, 4, ... agents more) to the first count that meets
 * the target and bisects the last step: O(log(n* - a + 2)) evaluations of
 * {@link ErlangA#figures}, each O(n + J).
 */
public final class Staffing {
    private static final int MOST_AGENTS = 1 << 24;

    private Staffing() {}

    /**
     * The fewest agents on the phones that meet the target; 0 when no calls come.
     *
     * @throws IllegalStateException if no count up to 2^24 agents does (a threshold of 0 seconds
     *                               with a level of 1 is met only once waiting underflows)
     */
    public static int fewestAgents(Traffic traffic, ServiceTarget target) {
        if (traffic.callsPerSecond() == 0) {
            return 0;
        }
        double threshold = target.answerWithinSeconds();
        int low = (int) Math.max(0, Math.floor(traffic.offeredErlangs() * (1 - target.maxAbandon())) - 1);
        if (ErlangA.figures(traffic, low, threshold).meets(target)) {
            return low;
        }
        int failing = low;
        int step = 1;
        int meeting;
        while (true) {
            meeting = failing + step;
            if (ErlangA.figures(traffic, meeting, threshold).meets(target)) {
                break;
            }
            failing = meeting;
            step *= 2;
            if (failing > MOST_AGENTS) {
                throw new IllegalStateException("no staffing up to " + MOST_AGENTS + " agents meets " + target
                    + " for " + traffic);
            }
        }
        while (meeting - failing > 1) {
            int middle = (failing + meeting) >>> 1;
            if (ErlangA.figures(traffic, middle, threshold).meets(target)) {
                meeting = middle;
            } else {
                failing = middle;
            }
        }
        return meeting;
    }

    /** The fewest agents that meet the target, with the figures there and one agent either side. */
    public static Staffed staff(Traffic traffic, ServiceTarget target) {
        return around(traffic, fewestAgents(traffic, target), target.answerWithinSeconds());
    }

    /** The figures at {@code agents} and at one agent fewer (none below 0) and one more. */
    public static Staffed around(Traffic traffic, int agents, double answerWithinSeconds) {
        Optional<QueueFigures> fewer = agents == 0 ? Optional.empty()
            : Optional.of(ErlangA.figures(traffic, agents - 1, answerWithinSeconds));
        return new Staffed(agents, ErlangA.figures(traffic, agents, answerWithinSeconds), fewer,
            ErlangA.figures(traffic, agents + 1, answerWithinSeconds));
    }

    /**
     * A staffing and its neighbours, for "what does one agent more or less change".
     *
     * @param agents   agents on the phones
     * @param figures  the figures with {@code agents}
     * @param oneFewer the figures with one agent fewer; empty at 0 agents
     * @param oneMore  the figures with one agent more
     */
    public record Staffed(int agents, QueueFigures figures, Optional<QueueFigures> oneFewer, QueueFigures oneMore) {}
}
