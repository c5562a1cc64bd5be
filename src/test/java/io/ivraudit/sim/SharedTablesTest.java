package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
