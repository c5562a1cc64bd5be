package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ivraudit.RandomTrees;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Tree;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The caller model walks each intent's callers on their own: an intent's exact figures are those
 * of the same tree with that intent alone, however the compiled tree shares tables between intents.
 */
class IntentIndependenceProperties {
    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees(25);
    }

    @Property(tries = 150)
    void anIntentsFiguresAreThoseOfTheTreeWithItAlone(@ForAll("trees") Tree tree) {
        Figures all = ExactSolver.solve(CompiledTree.of(tree));
        for (Intent intent : tree.intents().values()) {
            Tree alone = new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(),
                Map.of(intent.id(), intent), tree.addresses(), tree.nodes(), tree.at());
            Distribution expected = ExactSolver.solve(CompiledTree.of(alone)).overall();
            Distribution got = all.intents().get(intent.id()).figures();
            for (Outcome outcome : Outcome.values()) {
                assertEquals(expected.outcomes().get(outcome).share(), got.outcomes().get(outcome).share(), 1e-9,
                    intent.id() + " " + outcome.key());
            }
            assertEquals(expected.hopsToHuman().mean().orElse(-1), got.hopsToHuman().mean().orElse(-1), 1e-9, "hops");
            assertEquals(expected.secondsToHuman().mean().orElse(-1), got.secondsToHuman().mean().orElse(-1), 1e-6, "seconds");
            assertEquals(expected.rightHumanShare().orElse(-1), got.rightHumanShare().orElse(-1), 1e-9, "right person");
            assertEquals(expected.secondsInTree(), got.secondsInTree(), 1e-6, "seconds in the tree");
        }
    }
}
