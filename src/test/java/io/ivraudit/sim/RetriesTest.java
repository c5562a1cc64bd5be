package io.ivraudit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.audit.Auditor;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import org.junit.jupiter.api.Test;

/** A menu's {@code tries}: wrong keys and silence replay it, up to its plays, before they leave. */
class RetriesTest {
    /** Callers who always say nothing (wait_out 1) at a menu of 4.8 s of words ("Press 1." is 0.8 s) and a 5 s time-out, then a 2 s goodbye. */
    private static final String TREE = """
        tree: retries
        entry: m
        caller: { zero_out: 0, give_up: 0, wait_out: 1, savvy: 0 }
        intents:
          other: { weight: 1, resolved_by: [desk] }
        nodes:
          m:
            type: menu
            say: Hello there friend.
            seconds: 4
            options:
              - { key: "1", say: "Press 1.", goto: desk }
            on_invalid: bye
            timeout_seconds: 5
            TRIES
          desk: { type: human, queue: main }
          bye: { type: hangup, say: Goodbye., seconds: 2 }
        """;

    private static Tree tree(String tries) {
        return TreeLoader.load("t.yaml", TREE.replace("TRIES", tries)).tree().orElseThrow();
    }

    @Test void silenceReplaysTheMenuUntilItsTriesThenLeaves() {
        for (Method method : new Method[] {Method.EXACT, new Method.Sampled(20_000, 3, 2)}) {
            Distribution once = Simulator.run(CompiledTree.of(tree("")), method).overall();
            Figures thrice = Simulator.run(CompiledTree.of(tree("tries: 3")), method);
            double listened = 4 + 0.8 + 5;
            assertEquals(1.0, once.menuSelectionsPerCall(), 1e-9, method.toString());
            assertEquals(3.0, thrice.overall().menuSelectionsPerCall(), 1e-9, method.toString());
            assertEquals(3 * listened + 2, thrice.overall().secondsInTree(), 1e-6, method.toString());
            assertEquals(1.0, thrice.overall().outcomes().get(Outcome.DEAD_END).share(), 1e-12);
            assertEquals(3.0, thrice.nodeVisits().get("m"), 1e-9, "the plays are visits of the menu's own id");
            assertEquals(3, thrice.nodeVisits().size(), "no extra ids for the later plays");
        }
    }

    @Test void patienceCutsTheReplaysShort() {
        Tree tree = TreeLoader.load("t.yaml", TREE.replace("TRIES", "tries: 5").replace("savvy: 0", "savvy: 0, patience: 2"))
            .tree().orElseThrow();
        Distribution d = Simulator.run(CompiledTree.of(tree), Method.EXACT).overall();
        assertEquals(1.0, d.outcomes().get(Outcome.ABANDONED).share(), 1e-12);
        assertEquals(2.0, d.menuSelectionsPerCall(), 1e-12);
    }

    @Test void triesAreWrittenBackAndTheDisconnectFindingSaysAfterHowManyPlays() {
        Tree tree = tree("tries: 3");
        assertEquals(tree.withoutPositions(), TreeLoader.load("t.yaml", TreeWriter.write(tree)).tree().orElseThrow().withoutPositions());
        String message = Auditor.audit(tree, AuditConfig.DEFAULTS).findings().stream()
            .filter(f -> f.rule().equals("invalid-disconnects")).findFirst().orElseThrow().message();
        assertTrue(message.contains("leads after 3 plays of the menu to 'bye'"), message);
    }
}
