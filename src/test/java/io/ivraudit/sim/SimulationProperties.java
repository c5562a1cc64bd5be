package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.RandomTrees;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Tree;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The simulator and the exact solver agree, and both keep the invariants of the caller model. */
class SimulationProperties {
    private static final long CALLERS = 20_000;

    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees(25);
    }

    @Property(tries = 150)
    void sampledSharesLieWithinFiveStandardErrorsOfTheExactOnes(@ForAll("trees") Tree tree) {
        CompiledTree compiled = CompiledTree.of(tree);
        Figures exact = Simulator.run(compiled, Method.EXACT);
        Figures sampled = Simulator.run(compiled, new Method.Sampled(CALLERS, 3, 2));
        for (Outcome outcome : Outcome.values()) {
            double p = exact.overall().outcomes().get(outcome).share();
            double got = sampled.overall().outcomes().get(outcome).share();
            double se = Math.sqrt(Math.max(0, p * (1 - p)) / CALLERS);
            assertTrue(Math.abs(got - p) <= 5 * se + 1.0 / CALLERS, outcome + ": sampled " + got + ", exact " + p);
        }
        double exactSeconds = exact.overall().secondsInTree();
        assertEquals(exactSeconds, sampled.overall().secondsInTree(), 0.1 * exactSeconds + 1, "seconds in the tree");
    }

    @Property(tries = 200)
    void sharesSumToOne(@ForAll("trees") Tree tree) {
        CompiledTree compiled = CompiledTree.of(tree);
        for (Figures f : new Figures[] {Simulator.run(compiled, Method.EXACT), Simulator.run(compiled, new Method.Sampled(1000, 5, 1))}) {
            assertEquals(1.0, sum(f.overall()), 1e-9, f.method());
            f.intents().values().forEach(i -> assertEquals(1.0, sum(i.figures()), 1e-9, f.method()));
            assertEquals(1.0, f.intents().values().stream().mapToDouble(Figures.IntentResult::share).sum(), 1e-9);
            assertEquals(1.0, f.nodeEnds().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
    }

    private static double sum(Distribution d) {
        return d.outcomes().values().stream().mapToDouble(Distribution.Share::share).sum();
    }

    @Property(tries = 60)
    void theSameSeedGivesTheSameFiguresOnOneAndFourThreads(@ForAll("trees") Tree tree) {
        CompiledTree compiled = CompiledTree.of(tree);
        long callers = 3L * MonteCarlo.BLOCK + 123;
        assertEquals(Simulator.run(compiled, new Method.Sampled(callers, 11, 1)),
            Simulator.run(compiled, new Method.Sampled(callers, 11, 4)));
    }

    @Property(tries = 200)
    void morePatienceNeverRaisesTheAbandonedShare(@ForAll("trees") Tree tree, @ForAll @IntRange(min = 1, max = 8) int patience) {
        double before = abandoned(withPatience(tree, patience));
        double after = abandoned(withPatience(tree, patience + 1));
        assertTrue(after <= before + 1e-12, "patience " + patience + ": " + before + " -> " + after);
    }

    private static double abandoned(Tree tree) {
        return Simulator.run(CompiledTree.of(tree), Method.EXACT).overall().outcomes().get(Outcome.ABANDONED).share();
    }

    private static Tree withPatience(Tree tree, int patience) {
        Map<String, Intent> intents = new LinkedHashMap<>();
        tree.intents().forEach((id, i) -> {
            CallerParams c = i.caller();
            intents.put(id, new Intent(id, i.weight(), i.resolvedBy(),
                new CallerParams(patience, c.misroute(), c.zeroOut(), c.giveUp(), c.waitOut(), c.savvy()), i.at()));
        });
        return new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), intents, tree.addresses(),
            tree.nodes(), tree.at());
    }
}
