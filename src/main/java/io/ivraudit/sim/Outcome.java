package io.ivraudit.sim;

import java.util.Locale;

/** How a call ends (SPEC section 2). Every call has exactly one. */
public enum Outcome {
    HUMAN, SELF_SERVED, HANDED_OFF, DEAD_CHANNEL, DEAD_END, ABANDONED;

    /** The key used in outputs: {@code human}, {@code self_served}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the call failed the caller: dead end, dead channel or abandoned. */
    public boolean failure() {
        return this == DEAD_CHANNEL || this == DEAD_END || this == ABANDONED;
    }
}
