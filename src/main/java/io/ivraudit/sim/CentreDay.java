package io.ivraudit.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The day of a tree with queues (SPEC section 2b): the calls it takes, redials included, and
 * each queue's figures. {@link #NONE} for a tree without queues.
 *
 * @param calls  calls a day, redials included
 * @param queues per queue id, its day
 */
public record CentreDay(double calls, Map<String, QueueDay> queues) {
    /** No queues. */
    public static final CentreDay NONE = new CentreDay(0, Map.of());

    public CentreDay {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
    }

    /** Whether the tree has queues. */
    public boolean any() {
        return !queues.isEmpty();
    }

    /** Paid agent hours of the day: the queues' rosters over (1 - shrinkage); with {@code needed}, of the agents the targets need. */
    public double paidHours(boolean needed) {
        return queues.values().stream().mapToDouble(q -> needed ? q.paidHoursNeeded() : q.paidHours()).sum();
    }

    /** The share of calls answered by a person of a queue. */
    public double answeredShare() {
        return queues.values().stream().mapToDouble(q -> q.reachShare() * (1 - q.pAbandon())).sum();
    }

    /** Calls a day that hang up on hold. */
    public double abandonedPerDay() {
        return queues.values().stream().mapToDouble(QueueDay::abandonedPerDay).sum();
    }
}
