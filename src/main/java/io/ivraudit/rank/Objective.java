package io.ivraudit.rank;

import io.ivraudit.model.Costs;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import java.util.Locale;

/** What a ranking minimises; lower is better for every objective. */
public enum Objective {
    /** Expected cost per call (SPEC section 4): agent minutes, IVR minutes, and failures at their churn value. */
    COST("expected cost per call"),
    /** The share of calls ending at a dead end, a dead channel or abandoned. */
    FAILURE_SHARE("share of calls that fail"),
    /** Mean menu selections of the calls that reach a person. */
    PRESSES_TO_HUMAN("mean presses to a person"),
    /** Mean seconds (listening plus hold) of the calls that reach a person. */
    SECONDS_TO_HUMAN("mean seconds to a person"),
    /** The share of calls that reach no person (so that lower is better here too). */
    HUMAN_SHARE("share of calls that reach no person");

    private final String description;

    Objective(String description) {
        this.description = description;
    }

    /** The objective's name on the command line: {@code cost}, {@code failure-share}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /**
     * The score of one variant's figures under its costs (with the defaults filled in). With
     * queues (SPEC section 2b) the cost pays the day's agent hours, not talk minutes.
     */
    public double score(Figures figures, Costs costs) {
        return score(figures, figures.overall(), costs);
    }

    /**
     * The score of some of a tree's calls ({@code d}: all of them, or one intent's) within the
     * figures they belong to: with queues, the cost gives the calls that reach a person their share
     * of the day's agent cost ({@link #agentCostPerCall}, spread over the calls a person answers),
     * so one intent's costs and all calls' agree (all calls pay the whole roster, even when nobody
     * is answered).
     */
    public double score(Figures figures, Distribution d, Costs costs) {
        if (this != COST || !figures.day().any()) {
            return score(d, costs);
        }
        double allHuman = figures.overall().outcomes().get(Outcome.HUMAN).share();
        double human = d.outcomes().get(Outcome.HUMAN).share();
        double day = agentCostPerCall(figures, allHuman, costs);
        double agents = d == figures.overall() ? day : allHuman > 0 ? human / allHuman * day : 0;
        return agents + costPerCall(0, d.failureShare(), d.secondsInTree(), costs);
    }

    /** The score of some calls' figures (all of a tree's, or one intent's) under the tree's costs, without queues. */
    public double score(Distribution d, Costs costs) {
        return switch (this) {
            case COST -> costPerCall(d.outcomes().get(Outcome.HUMAN).share(), d.failureShare(), d.secondsInTree(), costs);
            case FAILURE_SHARE -> d.failureShare();
            case PRESSES_TO_HUMAN -> d.hopsToHuman().mean().orElse(Double.POSITIVE_INFINITY);
            case SECONDS_TO_HUMAN -> d.secondsToHuman().mean().orElse(Double.POSITIVE_INFINITY);
            case HUMAN_SHARE -> 1 - d.outcomes().get(Outcome.HUMAN).share();
        };
    }

    /** The score of one block of a variant's sampled callers, for paired differences; NaN where blocks cannot tell. */
    double blockScore(Figures figures, Figures.Block block, Costs costs) {
        double calls = block.calls();
        return switch (this) {
            case COST -> figures.day().any()
                ? agentCostPerCall(figures, block.humans() / calls, costs)
                    + costPerCall(0, block.failures() / calls, block.treeSeconds() / calls, costs)
                : costPerCall(block.humans() / calls, block.failures() / calls, block.treeSeconds() / calls, costs);
            case FAILURE_SHARE -> block.failures() / calls;
            case HUMAN_SHARE -> 1 - block.humans() / calls;
            case PRESSES_TO_HUMAN, SECONDS_TO_HUMAN -> Double.NaN;
        };
    }

    /** Agent time (hold is not agent time), IVR time, and failed calls at the value they lose. */
    public static double costPerCall(double humanShare, double failureShare, double secondsInTree, Costs costs) {
        return humanShare * costs.handleMinutes() * costs.agentPerMinute()
            + secondsInTree / 60 * costs.ivrPerMinute()
            + failureShare * costs.churnAfterFailure() * costs.lifetimeValue();
    }

    /**
     * Agent cost per call with queues: the day's paid agent hours (the roster the figures were
     * run with) over the calls of the day, plus talk minutes for calls answered by people outside
     * any queue ({@code humanShare} less the queues' answered share).
     */
    static double agentCostPerCall(Figures figures, double humanShare, Costs costs) {
        double outsideQueues = Math.max(0, humanShare - figures.day().answeredShare());
        double calls = Math.max(1, figures.day().calls());
        return figures.day().paidHours(false) * costs.agentHour() / calls
            + outsideQueues * costs.handleMinutes() * costs.agentPerMinute();
    }

    /** The operating cost per call: agent and IVR minutes (agent hours with queues), without the failures' churn. */
    public static double operatingCost(Figures figures, Costs costs) {
        Distribution d = figures.overall();
        if (figures.day().any()) {
            return agentCostPerCall(figures, d.outcomes().get(Outcome.HUMAN).share(), costs) + costPerCall(0, 0, d.secondsInTree(), costs);
        }
        return costPerCall(d.outcomes().get(Outcome.HUMAN).share(), 0, d.secondsInTree(), costs);
    }

    /** The objective named by {@code word}, if any. */
    public static java.util.Optional<Objective> of(String word) {
        for (Objective o : values()) {
            if (o.word().equals(word)) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }
}
