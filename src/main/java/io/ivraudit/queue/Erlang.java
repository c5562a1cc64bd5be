package io.ivraudit.queue;

/**
 * Erlang's two classical formulas, by the stable recursion
 * {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))} (every step divides quantities of the same
 * sign, so rounding stays at a few units in the last place; no factorials or powers are formed).
 * Cost: O(agents).
 */
public final class Erlang {
    private Erlang() {}

    /**
     * Erlang B: the probability that a call finds all {@code agents} lines busy and is lost, when
     * {@code erlangs} of load are offered and nobody queues (M/M/n/n).
     */
    public static double b(int agents, double erlangs) {
        checkArguments(agents, erlangs);
        double blocking = 1;
        for (int k = 1; k <= agents; k++) {
            blocking = erlangs * blocking / (k + erlangs * blocking);
        }
        return blocking;
    }

    /**
     * Erlang C: the probability that a call waits, with {@code agents} agents, {@code erlangs}
     * of offered load and callers who never hang up (M/M/n):
     * {@code C = B / (1 - rho (1 - B))}, {@code rho = erlangs / agents}. For a load at or over
     * the agents the queue grows without bound and every caller waits: 1.
     */
    public static double c(int agents, double erlangs) {
        checkArguments(agents, erlangs);
        if (erlangs >= agents) {
            return 1;
        }
        double blocking = b(agents, erlangs);
        double rho = erlangs / agents;
        return blocking / (1 - rho * (1 - blocking));
    }

    private static void checkArguments(int agents, double erlangs) {
        if (agents < 0 || !(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("agents must be at least 0 and erlangs finite and at least 0, got "
                + agents + " and " + erlangs);
        }
    }
}
