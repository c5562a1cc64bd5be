package io.ivraudit.queue;

/**
 * A staffing target (SPEC section 2b, {@code service:}): answer {@code level} of the callers
 * who queue within {@code answerWithinSeconds}, and let at most {@code maxAbandon} of them hang
 * up on hold.
 *
 * @param answerWithinSeconds the service-level threshold T, seconds, finite and at least 0
 * @param level               share of callers to answer within T, in [0, 1]
 * @param maxAbandon          largest acceptable share of hang-ups on hold, in [0, 1]
 */
public record ServiceTarget(double answerWithinSeconds, double level, double maxAbandon) {
    /** The defaults of SPEC section 2b: 80% within 20 seconds, at most 5% hang up. */
    public static final ServiceTarget DEFAULT = new ServiceTarget(20, 0.80, 0.05);

    public ServiceTarget {
        ErlangA.checkTarget(answerWithinSeconds);
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("service level must be in [0, 1], got " + level);
        }
        if (!(maxAbandon >= 0 && maxAbandon <= 1)) {
            throw new IllegalArgumentException("max abandon must be in [0, 1], got " + maxAbandon);
        }
    }
}
