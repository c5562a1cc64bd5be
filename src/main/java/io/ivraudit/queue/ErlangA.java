package io.ivraudit.queue;

/**
 * Erlang A (the M/M/n+M queue of Palm; Mandelbaum and Zeltyn, "Service engineering in action:
 * the Palm/Erlang-A queue", 2007): Poisson arrivals, n agents, exponential handle times and
 * exponential patience, first come first served; infinite patience gives Erlang C.
 *
 * <p>A caller who arrives (PASTA: to the stationary state, {@link QueueStates}) with j callers
 * waiting ahead is served with probability {@code n mu / (n mu + (j+1) theta)} and otherwise
 * hangs up. From k callers ahead it leaves its place at rate {@code r(k) = n mu + (k+1) theta}
 * (an agent frees, someone ahead hangs up, or it hangs up itself), and since the time and the
 * kind of a competing exponential event are independent, the wait of a served caller is the sum
 * of independent exponentials of rates {@code r(j) .. r(0)}: mean {@code H(j) = sum 1 / r(k)}.
 * The rates step by theta, so {@code exp(-theta wait)} is Beta(n mu / theta + 1, j + 1), and
 * {@code P(wait <= T) = P(N > j)} for N negative binomial with {@code P(N = 0) = exp(-r(0) T)}
 * and {@code P(N = i+1) / P(N = i) = r(i) g / (i + 1)}, {@code g = (1 - exp(-theta T)) / theta}
 * (Poisson with mean n mu T when theta = 0). Everything is one pass over j.
 *
 * <p>Erlang C (infinite patience) uses the closed forms {@code ASA = C h / (n - a)} and
 * {@code service level = 1 - C exp(-(n - a) T / h)}. Cost: O(n + J), see {@link QueueStates}.
 */
public final class ErlangA {
    private static final double LOG_TINY = -700;

    private ErlangA() {}

    /**
     * The figures of one queue with {@code agents} agents (0 or more) and the service-level
     * threshold {@code answerWithinSeconds}.
     *
     * <p>Conventions where a figure has no ordinary value: with infinite patience and a load at
     * or over the agents (an unstable queue) every caller waits: pWait 1, pAbandon 0, service
     * level 0, occupancy 1 (0 with no agents) and asaSeconds {@code Double.POSITIVE_INFINITY},
     * which callers must handle. With finite patience the queue is always stable; with no
     * agents everyone hangs up (pAbandon 1, service level 0) and nobody is served; asaSeconds is
     * then the served-wait formula's limit as the agents' rate n mu falls to 0 with the states of
     * n = 0 held (finite, so that weighting it by zero served calls gives 0, not NaN). With no
     * calls the figures are those of one caller arriving to the empty queue.
     *
     * @throws IllegalArgumentException for fewer than 0 agents, a negative or infinite threshold,
     *                                  or a queue too long to tabulate (see {@link QueueStates})
     */
    public static QueueFigures figures(Traffic traffic, int agents, double answerWithinSeconds) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be at least 0, got " + agents);
        }
        checkTarget(answerWithinSeconds);
        double load = traffic.offeredErlangs();
        if (traffic.patient()) {
            return erlangC(load, agents, traffic.handleSeconds(), answerWithinSeconds);
        }
        return fromStates(QueueStates.of(traffic, agents), load, answerWithinSeconds);
    }

    private static QueueFigures erlangC(double load, int agents, double handleSeconds, double threshold) {
        if (load >= agents) {
            return new QueueFigures(1, 0, Double.POSITIVE_INFINITY, 0, agents == 0 ? 0 : 1, load);
        }
        double wait = Erlang.c(agents, load);
        double asa = wait * handleSeconds / (agents - load);
        double serviceLevel = 1 - wait * Math.exp(-(agents - load) * threshold / handleSeconds);
        return new QueueFigures(wait, 0, asa, serviceLevel, load / agents, load);
    }

    private static QueueFigures fromStates(QueueStates s, double load, double threshold) {
        double nmu = s.agentRate;
        double theta = s.abandonRate;
        double g = theta == 0 ? threshold : -Math.expm1(-theta * threshold) / theta;
        // term = P(N = j) for the negative binomial N, kept in logs while it would underflow.
        double logTerm = -(nmu + theta) * threshold;
        double term = logTerm < LOG_TINY ? 0 : Math.exp(logTerm);
        double tooSlow = 0;
        double abandoned = 0;
        double answeredAfterWait = 0;
        double servedAfterWait = 0;
        double meanWaitOverRate = 0;
        double overRate = 0;
        double waitedSoFar = 0;
        for (int j = 0; j < s.found.length; j++) {
            double found = s.found[j];
            double r = s.leaveRate(j);
            waitedSoFar += 1 / r;
            tooSlow += term; // P(N <= j) = P(wait over the threshold | j ahead)
            abandoned += found * (j + 1) * theta / r;
            servedAfterWait += found * nmu / r;
            answeredAfterWait += found * nmu / r * Math.max(0, 1 - tooSlow);
            meanWaitOverRate += found * waitedSoFar / r;
            overRate += found / r;
            double step = r * g / (j + 1);
            if (logTerm < LOG_TINY) {
                logTerm += Math.log(step);
                term = logTerm < LOG_TINY ? 0 : Math.exp(logTerm);
            } else {
                term *= step;
            }
        }
        // With no agents nobody is served; the ratio below is the limit as n mu falls to 0 (see figures).
        double asa = s.agents == 0 ? meanWaitOverRate / overRate
            : nmu * meanWaitOverRate / (s.noWait + servedAfterWait);
        double pAbandon = clamp(abandoned);
        double occupancy = s.agents == 0 ? 0 : Math.min(1, load * (1 - pAbandon) / s.agents);
        return new QueueFigures(clamp(s.wait), pAbandon, asa, clamp(s.noWait + answeredAfterWait), occupancy, load);
    }

    static void checkTarget(double answerWithinSeconds) {
        if (!(answerWithinSeconds >= 0) || Double.isInfinite(answerWithinSeconds)) {
            throw new IllegalArgumentException("answer-within seconds must be finite and at least 0, got " + answerWithinSeconds);
        }
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
