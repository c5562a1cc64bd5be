package io.ivraudit.sim;

/** Which agents a tree's queues have when the caller model runs (SPEC section 2b). */
public enum Roster {
    /** The agents the tree gives each queue, interval by interval: designs share today's roster. */
    AS_WRITTEN,
    /** In each interval the fewest agents that meet the service targets: each design staffed as it needs. */
    STAFFED
}
