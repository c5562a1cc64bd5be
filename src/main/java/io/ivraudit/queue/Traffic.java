package io.ivraudit.queue;

/**
 * The calls one queue gets in one interval: Poisson arrivals, exponential handle times and
 * exponential patience (the M/M/n+M or Erlang A model).
 *
 * @param callsPerSecond  arrival rate (lambda), calls per second, finite and at least 0
 * @param handleSeconds   mean handle time (1 / mu), seconds, finite and positive
 * @param patienceSeconds mean time a caller will wait on hold before hanging up (1 / theta),
 *                        seconds, positive; {@code Double.POSITIVE_INFINITY} for callers who never
 *                        hang up (Erlang C)
 */
public record Traffic(double callsPerSecond, double handleSeconds, double patienceSeconds) {
    public Traffic {
        if (!(callsPerSecond >= 0) || Double.isInfinite(callsPerSecond)) {
            throw new IllegalArgumentException("calls per second must be finite and at least 0, got " + callsPerSecond);
        }
        if (!(handleSeconds > 0) || Double.isInfinite(handleSeconds)) {
            throw new IllegalArgumentException("handle seconds must be finite and positive, got " + handleSeconds);
        }
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("patience seconds must be positive (or infinite), got " + patienceSeconds);
        }
    }

    /** The offered load in erlangs: calls per second times handle seconds (lambda / mu). */
    public double offeredErlangs() {
        return callsPerSecond * handleSeconds;
    }

    /** Whether callers wait forever (infinite patience: Erlang C). */
    public boolean patient() {
        return patienceSeconds == Double.POSITIVE_INFINITY;
    }

    /** The abandonment rate theta = 1 / patience, per second; 0 for patient callers. */
    double abandonRate() {
        return patient() ? 0 : 1 / patienceSeconds;
    }
}
