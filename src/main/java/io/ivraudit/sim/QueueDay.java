package io.ivraudit.sim;

import io.ivraudit.queue.QueueFigures;
import java.util.List;
import java.util.Optional;

/**
 * One queue over the day (SPEC section 2b): the calls the caller model sends it, the agents on
 * the phones and the Erlang A figures they give, interval by interval and for the day, with the
 * fewest agents that would meet the service targets. Day figures are averages over the
 * intervals weighted by their calls ({@code asaSeconds} by their served calls).
 *
 * @param queue          the queue's id
 * @param reachShare     the share of calls that reach the queue
 * @param callsPerDay    calls that reach the queue in a day, redials included
 * @param callsPerHour   the same over the open hours
 * @param agents         the most agents on the phones in any interval
 * @param loadErlangs    the day's offered load: calls per second over the open hours times handle seconds
 * @param occupancy      served load over agents
 * @param pWait          share of the queue's callers who wait
 * @param pAbandon       share who hang up on hold
 * @param asaSeconds     mean wait of the callers who are served
 * @param serviceLevel   share answered within the target seconds
 * @param agentsNeeded   the most agents any interval needs to meet the targets (before shrinkage)
 * @param paidHours      paid agent hours of the roster: agents over (1 - shrinkage), times interval hours
 * @param paidHoursNeeded the same for the agents needed
 * @param intervals      the figures of each interval
 */
public record QueueDay(String queue, double reachShare, double callsPerDay, double callsPerHour, int agents, double loadErlangs,
                       double occupancy, double pWait, double pAbandon, double asaSeconds, double serviceLevel,
                       int agentsNeeded, double paidHours, double paidHoursNeeded, List<Interval> intervals) {
    public QueueDay {
        intervals = List.copyOf(intervals);
    }

    /** Calls a day that hang up on hold. */
    public double abandonedPerDay() {
        return callsPerDay * pAbandon;
    }

    /**
     * One interval of the day.
     *
     * @param calls        calls that reach the queue in the interval
     * @param callsPerHour the same per hour
     * @param agents       agents on the phones
     * @param figures      the Erlang A figures with those agents
     * @param agentsNeeded the fewest agents that meet the targets
     * @param agentsNeededPaid the paid heads that puts on the phones: agents needed over (1 - shrinkage), rounded up
     * @param oneFewer     the figures with one agent fewer (none at 0 agents)
     * @param oneMore      the figures with one agent more
     */
    public record Interval(double calls, double callsPerHour, int agents, QueueFigures figures, int agentsNeeded,
                           int agentsNeededPaid, Optional<QueueFigures> oneFewer, QueueFigures oneMore) {}
}
