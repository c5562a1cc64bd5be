package io.ivraudit.sim;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one front door to the caller model (SPEC section 2): a compiled tree and a {@link Method}
 * in, {@link Figures} out. Exact runs cost O(intents x patience x (nodes + choices)); sampled
 * runs O(callers x selections), spread over the method's threads.
 */
public final class Simulator {
    private Simulator() {}

    /** The figures of a tree, its queues (if any) keeping the agents it gives them. */
    public static Figures run(CompiledTree tree, Method method) {
        return run(tree, method, Roster.AS_WRITTEN, new AtomicLong());
    }

    /** The figures of a tree with its queues' roster as written or staffed to the targets. */
    public static Figures run(CompiledTree tree, Method method, Roster roster) {
        return run(tree, method, roster, new AtomicLong());
    }

    /**
     * The figures of a tree; a sampled run counts its finished blocks of callers in
     * {@code blocksDone}, for progress. A tree with queues is first coupled to them (SPEC
     * section 2b: the calls each queue gets, its hang-ups on hold and waits), and its figures
     * carry the queues' day.
     */
    public static Figures run(CompiledTree tree, Method method, Roster roster, AtomicLong blocksDone) {
        if (!tree.hasQueues()) {
            return solve(tree, method, blocksDone);
        }
        QueueCoupling.Coupled coupled = QueueCoupling.couple(tree, roster);
        return solve(coupled.tree(), method, blocksDone).withDay(coupled.day());
    }

    private static Figures solve(CompiledTree tree, Method method, AtomicLong blocksDone) {
        if (method instanceof Method.Sampled s) {
            return MonteCarlo.run(tree, s.callers(), s.seed(), s.threads(), blocksDone);
        }
        return ExactSolver.solve(tree);
    }

    /** How many blocks of callers a run has, for a progress bar: 0 for an exact run. */
    public static long blocks(Method method) {
        return method instanceof Method.Sampled s ? MonteCarlo.blockCount(s.callers()) : 0;
    }
}
