package io.ivraudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money side of a tree, for ranking redesigns. Every field is optional ({@code null} when
 * not written); {@link #over(Costs)} fills the gaps from another set, such as {@link #DEFAULTS}.
 *
 * @param agentPerMinute    what an agent minute costs
 * @param ivrPerMinute      what a minute in menus and messages costs
 * @param handleMinutes     agent minutes a call that reaches a person takes
 * @param lifetimeValue     what a customer is worth
 * @param churnAfterFailure the chance a failed call loses the customer
 * @param callsPerDay       calls a day, to turn per-call figures into per-day ones
 * @param agentPerHour      a paid agent hour, talking or not, for trees with queues (SPEC section
 *                          2b); {@code null}: 60 times {@code agentPerMinute} ({@link #agentHour()})
 */
public record Costs(Double agentPerMinute, Double ivrPerMinute, Double handleMinutes,
                    Double lifetimeValue, Double churnAfterFailure, Double callsPerDay, Double agentPerHour) {
    /** The defaults of SPEC section 1; calls a day stay unknown. */
    public static final Costs DEFAULTS = new Costs(1.00, 0.10, 6.0, 15000.0, 0.01, null, null);

    /** Nothing written. */
    public static final Costs NONE = new Costs(null, null, null, null, null, null, null);

    /** Costs without {@code agent_per_hour}, which only matters with queues. */
    public Costs(Double agentPerMinute, Double ivrPerMinute, Double handleMinutes, Double lifetimeValue,
                 Double churnAfterFailure, Double callsPerDay) {
        this(agentPerMinute, ivrPerMinute, handleMinutes, lifetimeValue, churnAfterFailure, callsPerDay, null);
    }

    /** What a paid agent hour costs: {@code agent_per_hour}, else 60 times {@code agent_per_minute}. */
    public double agentHour() {
        return agentPerHour != null ? agentPerHour : 60 * agentPerMinute;
    }

    /**
     * The costs by their key in tree files, in the order the format lists them; a value is
     * {@code null} where nothing was written. The reader, the writer and diff all take the keys
     * from here.
     */
    public Map<String, Double> byKey() {
        Map<String, Double> keys = new LinkedHashMap<>();
        keys.put("agent_per_minute", agentPerMinute);
        keys.put("ivr_per_minute", ivrPerMinute);
        keys.put("handle_minutes", handleMinutes);
        keys.put("lifetime_value", lifetimeValue);
        keys.put("churn_after_failure", churnAfterFailure);
        keys.put("calls_per_day", callsPerDay);
        keys.put("agent_per_hour", agentPerHour);
        return Collections.unmodifiableMap(keys);
    }

    /** These costs where written, {@code base}'s elsewhere. */
    public Costs over(Costs base) {
        return new Costs(
            agentPerMinute != null ? agentPerMinute : base.agentPerMinute,
            ivrPerMinute != null ? ivrPerMinute : base.ivrPerMinute,
            handleMinutes != null ? handleMinutes : base.handleMinutes,
            lifetimeValue != null ? lifetimeValue : base.lifetimeValue,
            churnAfterFailure != null ? churnAfterFailure : base.churnAfterFailure,
            callsPerDay != null ? callsPerDay : base.callsPerDay,
            agentPerHour != null ? agentPerHour : base.agentPerHour);
    }
}
