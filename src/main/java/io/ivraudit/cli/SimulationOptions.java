package io.ivraudit.cli;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import io.ivraudit.sim.Simulator;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Option;

/** How to run the caller model: sampled callers (seed, threads) or the exact solution. */
final class SimulationOptions {
    /** The default seed: fixed, so two runs without {@code --seed} agree. */
    static final long DEFAULT_SEED = 42;
    /** The most threads per core {@code --threads} takes: more only costs memory and start-up. */
    static final int THREADS_PER_CORE = 8;

    @Option(names = "--callers", paramLabel = "N", defaultValue = "100000",
        description = "callers to simulate (default: ${DEFAULT-VALUE})")
    long callers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
        description = "seed of the random callers; the same seed gives the same figures on any machine and thread count (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
        description = "threads, 1 to " + THREADS_PER_CORE + " per core (default: all cores)")
    Integer threads;

    @Option(names = "--exact", description = "solve the caller model exactly instead of sampling callers")
    boolean exact;

    /** The figures of one tree, with a progress bar on stderr for long sampled runs on a terminal. */
    Figures run(IvrGraph graph, PrintWriter err) {
        Method method = method(exact);
        CompiledTree compiled = CompiledTree.of(graph);
        AtomicLong blocksDone = new AtomicLong();
        try (Progress progress = Progress.start(err, "simulating " + graph.tree().id(), blocksDone, Simulator.blocks(method))) {
            return Simulator.run(compiled, method, Roster.AS_WRITTEN, blocksDone);
        }
    }

    /** The method these options ask for: exact when {@code exact}, else sampled with the callers, seed and threads given. */
    Method method(boolean exact) {
        if (exact) {
            return Method.EXACT;
        }
        if (callers <= 0) {
            throw new BadInput("--callers: " + callers + "; expected a positive number of callers");
        }
        return new Method.Sampled(callers, seed, workers(threads));
    }

    /** The threads to sample with: {@code threads} if given and sane, else one per core. */
    static int workers(Integer threads) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads == null) {
            return cores;
        }
        int most = THREADS_PER_CORE * cores;
        if (threads < 1 || threads > most) {
            throw new BadInput("--threads " + threads + ": expected 1 to " + most + " (" + THREADS_PER_CORE
                + " per core on this machine)");
        }
        return threads;
    }
}
