package io.ivraudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Caller-model parameters as written in a tree's {@code caller} block or on an intent. Every
 * field is optional ({@code null} when not written), so a tree can be written back out exactly
 * as it was; {@link #over(CallerParams)} layers an intent over its tree and a tree over the
 * defaults.
 *
 * @param patience the most menu selections a caller makes before hanging up
 * @param misroute the chance a caller who knows the right option picks another one
 * @param zeroOut  the chance a lost caller tries for a person
 * @param giveUp   the chance a lost caller hangs up
 * @param waitOut  the chance a lost caller says nothing, hoping to be put through
 * @param savvy    the chance a caller knows the hidden options
 * @param redial   the chance a caller whose call failed calls again the same day (SPEC section 2b)
 */
public record CallerParams(Integer patience, Double misroute, Double zeroOut, Double giveUp,
                           Double waitOut, Double savvy, Double redial) {
    /** The defaults of SPEC section 2. */
    public static final CallerParams DEFAULTS = new CallerParams(6, 0.05, 0.25, 0.10, 0.10, 0.20, 0.0);

    /** Nothing written. */
    public static final CallerParams NONE = new CallerParams(null, null, null, null, null, null, null);

    /** Parameters without {@code redial}, which only matters with queues. */
    public CallerParams(Integer patience, Double misroute, Double zeroOut, Double giveUp, Double waitOut, Double savvy) {
        this(patience, misroute, zeroOut, giveUp, waitOut, savvy, null);
    }

    /** These parameters where written, {@code base}'s elsewhere. */
    public CallerParams over(CallerParams base) {
        return new CallerParams(
            patience != null ? patience : base.patience,
            misroute != null ? misroute : base.misroute,
            zeroOut != null ? zeroOut : base.zeroOut,
            giveUp != null ? giveUp : base.giveUp,
            waitOut != null ? waitOut : base.waitOut,
            savvy != null ? savvy : base.savvy,
            redial != null ? redial : base.redial);
    }

    /**
     * The parameters by their key in tree files, in the order the format lists them; a value is
     * {@code null} where nothing was written. The reader, the writer and diff all take the keys
     * from here.
     */
    public Map<String, Number> byKey() {
        Map<String, Number> keys = new LinkedHashMap<>();
        keys.put("patience", patience);
        keys.put("misroute", misroute);
        keys.put("zero_out", zeroOut);
        keys.put("give_up", giveUp);
        keys.put("wait_out", waitOut);
        keys.put("savvy", savvy);
        keys.put("redial", redial);
        return Collections.unmodifiableMap(keys);
    }
}
