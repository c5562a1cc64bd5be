package io.ivraudit.queue;

import java.util.Arrays;

/**
 * What an arriving caller finds in an M/M/n+M queue in steady state (by PASTA, the stationary
 * distribution of the number of callers in the system): a free agent, or all agents busy and
 * {@code j} callers already waiting.
 *
 * <p>The birth-death chain has {@code pi(n + j) = pi(n) w(j)}, {@code w(0) = 1},
 * {@code w(j) = w(j-1) lambda / (n mu + j theta)}, and {@code sum over k < n of pi(k) / pi(n) =
 * (1 - B) / B} with B Erlang B. The weights are built from their largest one (at
 * {@code j* = floor((lambda - n mu) / theta)} when that is positive) outwards, relative to it,
 * so nothing overflows for long queues; the lower states enter through {@code log B - log w(j*)}.
 * Summing upwards stops at the first {@code J} where the ratio
 * {@code r = lambda / (n mu + (J + 1) theta)} is below 1 and {@code w(J) r / (1 - r) <= TAIL x
 * (the sum so far)}: the ratios fall with j, so that geometric series bounds the whole tail,
 * and the probability left out is at most {@link #TAIL} (2^-60). Cost: O(n + J), where J is
 * about {@code j*} plus a few standard deviations (with theta = 0, about 42 / (1 - rho)).
 */
final class QueueStates {
    /** The most probability the truncated tail may hold. */
    static final double TAIL = 0x1p-60;
    /** Queues whose likely lengths run past this many callers are refused (memory). */
    static final int MAX_STATES = 1 << 22;

    final int agents;
    final double callsPerSecond;
    /** n mu: the rate at which agents free up when all are busy. */
    final double agentRate;
    /** theta: each waiting caller's rate of hanging up. */
    final double abandonRate;
    /** The probability of finding a free agent. */
    final double noWait;
    /** The probability of finding every agent busy (1 - noWait, computed without cancellation). */
    final double wait;
    /** found[j]: the probability of finding every agent busy and j callers waiting, j < length. */
    final double[] found;

    private QueueStates(Traffic traffic, int agents, double noWait, double wait, double[] found) {
        this.agents = agents;
        this.callsPerSecond = traffic.callsPerSecond();
        this.agentRate = agents / traffic.handleSeconds();
        this.abandonRate = traffic.abandonRate();
        this.noWait = noWait;
        this.wait = wait;
        this.found = found;
    }

    /**
     * The stationary states of a queue; with infinite patience the queue must be stable (load
     * under the agents).
     */
    static QueueStates of(Traffic traffic, int agents) {
        double lambda = traffic.callsPerSecond();
        double nmu = agents / traffic.handleSeconds();
        double theta = traffic.abandonRate();
        if (theta == 0 && !(lambda < nmu)) {
            throw new IllegalStateException("an Erlang C queue with load " + traffic.offeredErlangs()
                + " erlangs and " + agents + " agents has no steady state");
        }
        double peak = theta > 0 && lambda > nmu ? Math.floor((lambda - nmu) / theta) : 0;
        if (peak >= MAX_STATES) {
            throw new IllegalArgumentException("the queue is too long to tabulate: about " + peak
                + " callers waiting (load " + traffic.offeredErlangs() + " erlangs, " + agents + " agents)");
        }
        int mode = (int) peak;
        double logPeak = 0;
        for (int i = 1; i <= mode; i++) {
            logPeak += Math.log(lambda / (nmu + i * theta));
        }
        double[] w = new double[Math.max(16, 2 * mode + 16)];
        w[mode] = 1;
        for (int j = mode; j > 0; j--) {
            w[j - 1] = w[j] * (nmu + j * theta) / lambda;
        }
        double sum = 0;
        for (int j = 0; j <= mode; j++) {
            sum += w[j];
        }
        int last = mode;
        while (true) {
            double r = lambda / (nmu + (last + 1) * theta);
            if (r < 1 && w[last] * r <= TAIL * sum * (1 - r)) {
                break;
            }
            if (last + 1 >= MAX_STATES) {
                throw new IllegalArgumentException("the queue is too long to tabulate: over " + MAX_STATES
                    + " callers waiting are likely (load " + traffic.offeredErlangs() + " erlangs, " + agents + " agents)");
            }
            if (last + 1 == w.length) {
                w = Arrays.copyOf(w, 2 * w.length);
            }
            w[last + 1] = w[last] * r;
            sum += w[last + 1];
            last++;
        }
        // pi(k < n) relative to the peak weight: (1 - B) / B / w(j*).
        double blocking = Erlang.b(agents, traffic.offeredErlangs());
        double lower = logPeak == 0 ? (1 - blocking) / blocking
            : Math.exp(Math.log1p(-blocking) - Math.log(blocking) - logPeak);
        double total = lower + sum;
        double[] found = new double[last + 1];
        for (int j = 0; j <= last; j++) {
            found[j] = w[j] / total;
        }
        // Written as 1 / (1 + x) so that lower = +infinity (B underflows: n far above the load) gives 1 and 0.
        double noWait = 1 / (1 + sum / lower);
        double wait = 1 / (1 + lower / sum);
        return new QueueStates(traffic, agents, noWait, wait, found);
    }

    /** The rate at which a caller with j callers ahead leaves that place: served, moved up, or hung up. */
    double leaveRate(int ahead) {
        return agentRate + (ahead + 1) * abandonRate;
    }
}
