package io.ivraudit.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Simulator;
import org.junit.jupiter.api.Test;

/** With queues, the cost per call pays the day's paid agent hours, and each intent carries its share of them. */
class QueueCostTest {
    @Test void intentsCostsWeightedByTheirSharesAddUpToAllCallsCost() {
        Tree tree = TreeLoader.load(java.nio.file.Path.of("trees/harbor-savings-bank.yaml")).tree().orElseThrow();
        Figures figures = Simulator.run(CompiledTree.of(tree), Method.EXACT);
        double all = Objective.COST.score(figures, tree.effectiveCosts());
        double summed = figures.intents().values().stream()
            .mapToDouble(i -> i.share() * Objective.COST.score(figures, i.figures(), tree.effectiveCosts())).sum();
        assertEquals(all, summed, 1e-9 * all);
        double paid = figures.day().paidHours(false) * tree.effectiveCosts().agentHour() / figures.day().calls();
        assertTrue(all > paid, "the cost per call includes the roster's " + paid + " a call");
    }
}
