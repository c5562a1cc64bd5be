package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.RandomTrees;
import io.ivraudit.model.Tree;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** With queues (SPEC section 2b), the two engines still agree and the caller model's invariants still hold. */
class QueueCouplingProperties {
    private static final long CALLERS = 20_000;
    private static final double[] PROFILE = {0.2, 0.5, 0.3};

    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees(20);
    }

    private static Tree queued(Tree tree, int agents, int calls) {
        return QueueTrees.withQueues(tree, agents, calls, PROFILE, 0.3);
    }

    @Property(tries = 80)
    void sampledSharesAndWaitsLieWithinFiveStandardErrorsOfTheExactOnes(@ForAll("trees") Tree tree,
            @ForAll @IntRange(min = 0, max = 12) int agents, @ForAll @IntRange(min = 100, max = 6000) int calls) {
        CompiledTree compiled = CompiledTree.of(queued(tree, agents, calls));
        Figures exact = Simulator.run(compiled, Method.EXACT);
        Figures sampled = Simulator.run(compiled, new Method.Sampled(CALLERS, 5, 2));
        for (Outcome outcome : Outcome.values()) {
            double p = exact.overall().outcomes().get(outcome).share();
            double got = sampled.overall().outcomes().get(outcome).share();
            double se = Math.sqrt(Math.max(0, p * (1 - p)) / CALLERS);
            assertTrue(Math.abs(got - p) <= 5 * se + 1.0 / CALLERS, outcome + ": sampled " + got + ", exact " + p);
        }
        assertEquals(exact.day(), sampled.day());
    }

    @Property(tries = 100)
    void sharesSumToOneWithQueues(@ForAll("trees") Tree tree, @ForAll @IntRange(min = 0, max = 12) int agents) {
        CompiledTree compiled = CompiledTree.of(queued(tree, agents, 3000));
        for (Figures f : new Figures[] {Simulator.run(compiled, Method.EXACT), Simulator.run(compiled, new Method.Sampled(1000, 5, 1))}) {
            assertEquals(1.0, f.overall().outcomes().values().stream().mapToDouble(Distribution.Share::share).sum(), 1e-9);
            assertEquals(1.0, f.nodeEnds().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
    }

    @Property(tries = 100)
    void moreAgentsNeverRaiseTheShareThatHangsUpOrTheWait(@ForAll("trees") Tree tree,
            @ForAll @IntRange(min = 0, max = 12) int agents, @ForAll @IntRange(min = 100, max = 6000) int calls) {
        Figures fewer = Simulator.run(CompiledTree.of(queued(tree, agents, calls)), Method.EXACT);
        Figures more = Simulator.run(CompiledTree.of(queued(tree, agents + 1, calls)), Method.EXACT);
        double before = fewer.overall().outcomes().get(Outcome.ABANDONED).share();
        double after = more.overall().outcomes().get(Outcome.ABANDONED).share();
        assertTrue(after <= before + 1e-12, agents + " -> " + (agents + 1) + " agents: abandoned " + before + " -> " + after);
        fewer.day().queues().forEach((q, day) -> assertTrue(more.day().queues().get(q).asaSeconds() <= day.asaSeconds() + 1e-9, q));
    }

    @Property(tries = 40)
    void theSameSeedGivesTheSameFiguresOnOneAndFourThreads(@ForAll("trees") Tree tree) {
        CompiledTree compiled = CompiledTree.of(queued(tree, 4, 3000));
        long callers = 3L * MonteCarlo.BLOCK + 17;
        assertEquals(Simulator.run(compiled, new Method.Sampled(callers, 11, 1)),
            Simulator.run(compiled, new Method.Sampled(callers, 11, 4)));
    }
}
