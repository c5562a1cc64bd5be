package io.ivraudit.queue;

import java.util.SplittableRandom;

/**
 * Draws what happens to one caller who reaches a queue, for Monte Carlo, from exactly the
 * distributions behind {@link ErlangA#figures}: the place in the queue from the stationary
 * states (PASTA), then hang-up with probability {@code (j+1) theta / r(j)}, else a wait that is
 * the sum of exponentials of rates {@code r(j) .. r(0)} ({@code r(k) = n mu + (k+1) theta}).
 * The place is drawn from an alias table (Walker, Vose), so a draw costs one uniform, one more
 * for the hang-up, and one exponential per place ahead: O(1) expected plus O(queue position).
 * The same random stream gives the same draws. Building costs O(n + J) time and O(J) memory
 * (see {@link QueueStates}); the tail left out (at most 2^-60) is spread over the table.
 * A sampler is immutable and may be shared between threads, each with its own stream.
 */
public final class QueueSampler {
    /** What {@link #draw} returns for a caller who hangs up on hold. */
    public static final double ABANDONED = -1;

    private final boolean unstable;
    private final double agentRate;
    private final double abandonRate;
    /** Alias table over places: 0 a free agent, 1 + j all busy and j waiting ahead. */
    private final double[] keep;
    private final int[] alias;

    private QueueSampler(boolean unstable, double agentRate, double abandonRate, double[] keep, int[] alias) {
        this.unstable = unstable;
        this.agentRate = agentRate;
        this.abandonRate = abandonRate;
        this.keep = keep;
        this.alias = alias;
    }

    /**
     * A sampler for one queue with {@code agents} agents. With infinite patience and a load at
     * or over the agents (an unstable Erlang C queue) every draw is {@code +infinity}.
     *
     * @throws IllegalArgumentException for fewer than 0 agents, or a queue whose likely lengths
     *                                  run past 2^22 callers (too long to tabulate)
     */
    public static QueueSampler of(Traffic traffic, int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be at least 0, got " + agents);
        }
        if (traffic.patient() && traffic.offeredErlangs() >= agents) {
            return new QueueSampler(true, 0, 0, new double[] {1}, new int[] {0});
        }
        QueueStates states = QueueStates.of(traffic, agents);
        double[] weights = new double[states.found.length + 1];
        weights[0] = states.noWait;
        System.arraycopy(states.found, 0, weights, 1, states.found.length);
        double[] keep = new double[weights.length];
        int[] alias = new int[weights.length];
        buildAlias(weights, keep, alias);
        return new QueueSampler(false, states.agentRate, states.abandonRate, keep, alias);
    }

    /**
     * One caller: the seconds they wait on hold before an agent answers (0 when one is free), or
     * {@link #ABANDONED} when they hang up first. Allocates nothing.
     */
    public double draw(SplittableRandom random) {
        if (unstable) {
            return Double.POSITIVE_INFINITY;
        }
        double u = random.nextDouble() * keep.length;
        int column = (int) u;
        int place = u - column < keep[column] ? column : alias[column];
        if (place == 0) {
            return 0;
        }
        int ahead = place - 1;
        if (random.nextDouble() * (agentRate + (ahead + 1) * abandonRate) >= agentRate) {
            return ABANDONED;
        }
        double wait = 0;
        for (int k = ahead; k >= 0; k--) {
            wait -= Math.log(1 - random.nextDouble()) / (agentRate + (k + 1) * abandonRate);
        }
        return wait;
    }

    /** Vose's alias method: column i keeps itself with probability keep[i], else is alias[i]. Cost: O(size). */
    private static void buildAlias(double[] weights, double[] keep, int[] alias) {
        int size = weights.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] small = new int[size];
        int[] large = new int[size];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < size; i++) {
            keep[i] = weights[i] / total * size;
            alias[i] = i;
            if (keep[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            alias[s] = l;
            keep[l] -= 1 - keep[s];
            if (keep[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // Rounding leaves columns whose share is 1 up to a few ulps: they keep themselves.
        while (larges > 0) {
            keep[large[--larges]] = 1;
        }
        while (smalls > 0) {
            keep[small[--smalls]] = 1;
        }
    }
}
