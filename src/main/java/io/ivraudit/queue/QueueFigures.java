package io.ivraudit.queue;

/**
 * What callers of one queue in one interval experience, in steady state (all shares are of
 * the callers who arrive at the queue).
 *
 * @param pWait          share of callers who find every agent busy and wait (Erlang C's C(n, a)
 *                       when patience is infinite)
 * @param pAbandon       share of callers who hang up on hold
 * @param asaSeconds     mean wait of the callers who are served, seconds, counting those answered at
 *                       once as 0 (average speed of answer). {@code Double.POSITIVE_INFINITY} when
 *                       patience is infinite and the queue is unstable (offered load at least the
 *                       agents): callers must handle it
 * @param serviceLevel   share of all arriving callers answered within the target seconds; callers
 *                       who hang up count as not answered
 * @param occupancy      served load over agents: calls per second x (1 - pAbandon) x handle seconds
 *                       / agents; 1 for an unstable Erlang C queue, 0 with no agents
 * @param offeredErlangs offered load, calls per second x handle seconds
 */
public record QueueFigures(double pWait, double pAbandon, double asaSeconds, double serviceLevel,
                           double occupancy, double offeredErlangs) {
    /** Whether these figures meet a staffing target: service level at or over it, hang-ups at or under it. */
    public boolean meets(ServiceTarget target) {
        return serviceLevel >= target.level() && pAbandon <= target.maxAbandon();
    }
}
