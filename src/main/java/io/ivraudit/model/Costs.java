package io.ivraudit.model;

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
 */
public record Costs(Double agentPerMinute, Double ivrPerMinute, Double handleMinutes,
                    Double lifetimeValue, Double churnAfterFailure, Double callsPerDay) {
    /** The defaults of SPEC section 1; calls a day stay unknown. */
    public static final Costs DEFAULTS = new Costs(1.00, 0.10, 6.0, 15000.0, 0.01, null);

    /** Nothing written. */
    public static final Costs NONE = new Costs(null, null, null, null, null, null);

    /** These costs where written, {@code base}'s elsewhere. */
    public Costs over(Costs base) {
        return new Costs(
            agentPerMinute != null ? agentPerMinute : base.agentPerMinute,
            ivrPerMinute != null ? ivrPerMinute : base.ivrPerMinute,
            handleMinutes != null ? handleMinutes : base.handleMinutes,
            lifetimeValue != null ? lifetimeValue : base.lifetimeValue,
            churnAfterFailure != null ? churnAfterFailure : base.churnAfterFailure,
            callsPerDay != null ? callsPerDay : base.callsPerDay);
    }
}
