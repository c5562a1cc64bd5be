package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.HugeTrees;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Tree;
import org.junit.jupiter.api.Test;

/** Callers a menu treats alike share its choice table, so the tables do not grow with the intents. */
class SharedTablesTest {
    private static CompiledTree compiled(int intents) {
        Tree tree = TreeLoader.load("intents.yaml", HugeTrees.manyIntents(intents)).tree().orElseThrow();
        return CompiledTree.of(tree);
    }

    @Test void tenTimesTheIntentsOverTheSameMenusNeedNoMoreTables() {
        CompiledTree few = compiled(810);
        CompiledTree many = compiled(8100);
        assertEquals(few.choices.start.length, many.choices.start.length);
        assertEquals(few.choices.probability.length, many.choices.probability.length);
    }

    @Test void intentsNamedByTheSameOptionGetTheSameFigures() {
        Figures figures = ExactSolver.solve(compiled(810));
        Distribution first = figures.intents().get("i5").figures();
        Distribution same = figures.intents().get("i86").figures();
        for (Outcome outcome : Outcome.values()) {
            assertEquals(first.outcomes().get(outcome).share(), same.outcomes().get(outcome).share(), 1e-12, outcome.key());
        }
        assertEquals(first.hopsToHuman(), same.hopsToHuman());
    }

    private static CompiledTree wide(int topics) {
        return CompiledTree.of(TreeLoader.load("wide.yaml", HugeTrees.wide(topics)).tree().orElseThrow());
    }

    @Test void aWideMenuWhoseOptionsEachNameAnIntentGrowsLinearlyNotQuadratically() {
        int few = wide(200).choices.probability.length;
        int many = wide(2000).choices.probability.length;
        assertTrue(many <= 12 * few, "rows grew from " + few + " to " + many + " for ten times the options");
    }

    /**
     * At a wide menu a caller picks their own topic with 1 - misroute (0.95); the misroute is
     * spread over the other options they know: the n - 1 other topics (dead ends for them), and
     * for a savvy caller (0.20) the hidden agent too, so a person answers 0.20 x 0.05 / n of them.
     */
    @Test void spreadRowsGiveTheChoiceRulesFiguresInBothEngines() {
        int n = 40;
        CompiledTree t = wide(n);
        Figures exact = Simulator.run(t, new Method.Exact());
        Distribution one = exact.intents().get("i7").figures();
        double human = 0.20 * 0.05 / n;
        assertEquals(0.95, one.outcomes().get(Outcome.SELF_SERVED).share(), 1e-12);
        assertEquals(human, one.outcomes().get(Outcome.HUMAN).share(), 1e-12);
        assertEquals(0.05 - human, one.outcomes().get(Outcome.DEAD_END).share(), 1e-12);
        Figures sampled = Simulator.run(t, new Method.Sampled(400_000, 11, 2));
        for (Outcome outcome : Outcome.values()) {
            double p = exact.overall().outcomes().get(outcome).share();
            double error = Math.sqrt(p * (1 - p) / 400_000);
            assertEquals(p, sampled.overall().outcomes().get(outcome).share(), 5 * error + 1e-12, outcome.key());
        }
        double visitsToOneTopic = sampled.nodeVisits().get("s7");
        assertEquals(exact.nodeVisits().get("s7"), visitsToOneTopic, 5 * Math.sqrt(0.025 / 400_000), "s7's visits a call");
    }
}
