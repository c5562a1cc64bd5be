package io.ivraudit.sim;

/**
 * How the caller model is run: solved exactly, or sampled with callers, a seed and threads.
 * Every command and the ranker say which with one of these, and {@link Simulator} runs it.
 */
public sealed interface Method {
    /** The exact solution: no sampling, no seed. */
    Exact EXACT = new Exact();

    /** Whether figures come from sampling (and so carry intervals). */
    default boolean sampled() {
        return this instanceof Sampled;
    }

    /** The caller model solved exactly ({@link ExactSolver}). */
    record Exact() implements Method {}

    /**
     * Sampled callers ({@link MonteCarlo}): the figures depend on the seed alone, never on the
     * number of threads.
     */
    record Sampled(long callers, long seed, int threads) implements Method {
        public Sampled {
            if (callers <= 0 || threads <= 0) {
                throw new IllegalStateException("a sampled run needs callers and threads, got " + callers + " and " + threads);
            }
        }
    }
}
