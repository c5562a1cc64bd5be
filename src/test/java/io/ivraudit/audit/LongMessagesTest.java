package io.ivraudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.HugeTrees;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding messages stay short however long the routes, lists and names of a tree are. */
class LongMessagesTest {
    private static final int BOUND = 300;

    private static List<Finding> findings(Tree tree) {
        return Auditor.audit(tree, AuditConfig.DEFAULTS).findings();
    }

    @Test void aDeepMenuSpellsTheFirstAndLastThreePressesOfItsRoute() {
        Tree chain = RulesTest.load(HugeTrees.chain(200));
        assertEquals("menu 'm199' is 199 presses deep (1, then 1, then 1 ... 1, then 1, then 1); the limit is 4",
            deepTreeMessage(chain, "m199"));
        assertTrue(findings(chain).stream().allMatch(f -> f.message().length() < BOUND));
    }

    @Test void routesOfUpToSixPressesAreSpelledWhole() {
        assertEquals("menu 'm6' is 6 presses deep (1, then 1, then 1, then 1, then 1, then 1); the limit is 4",
            deepTreeMessage(RulesTest.load(HugeTrees.chain(8)), "m6"));
        assertEquals("menu 'm7' is 7 presses deep (1, then 1, then 1 ... 1, then 1, then 1); the limit is 4",
            deepTreeMessage(RulesTest.load(HugeTrees.chain(8)), "m7"));
    }

    private static String deepTreeMessage(Tree tree, String menu) {
        return findings(tree).stream().filter(f -> f.rule().equals("deep-tree") && f.node().equals(menu))
            .findFirst().orElseThrow().message();
    }

    @Test void aBuriedPersonBehindLongPhrasesIsSpelledShort() {
        String phrase = "please put me through to somebody who can actually help me with my question today";
        StringBuilder yaml = new StringBuilder("entry: m0\nintents:\n  x: { weight: 1, resolved_by: [agent] }\nnodes:\n"
            + "  agent: { type: human }\n");
        for (int i = 0; i < 50; i++) {
            String next = i < 49 ? "m" + (i + 1) : "agent";
            yaml.append("  m").append(i).append(": { type: menu, options: [ { phrase: \"").append(phrase).append(' ').append(i)
                .append("\", say: \"Say it.\", goto: ").append(next).append(" } ] }\n");
        }
        String message = RulesTest.message("buried-human", RulesTest.load(yaml.toString()));
        assertTrue(message.startsWith("callers must press \"please put me thr...\", then \"please put me thr...\", then "), message);
        assertTrue(message.contains(" ... "), message);
        assertTrue(message.endsWith("(50 presses) to reach a person ('agent'); the limit is 2"), message);
        assertTrue(message.length() < BOUND, message);
    }

    @Test void aLongIdOrListIsCutInEveryMessage() {
        String entry = "m" + "x".repeat(1000);
        StringBuilder yaml = new StringBuilder("entry: " + entry + "\nintents:\n  x: { weight: 1, resolved_by: [agent] }\nnodes:\n"
            + "  " + entry + ": { type: menu, options: [ { key: \"1\", goto: " + entry + " } ] }\n  agent: { type: human }\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  orphan").append(i).append(": { type: hangup }\n");
        }
        List<Finding> findings = findings(RulesTest.load(yaml.toString()));
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("unreachable-node")));
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("trap-cycle")));
        findings.forEach(f -> assertTrue(f.message().length() < BOUND, f.rule() + ": " + f.message().length() + " characters"));
    }

    @Test void aTrapOfManyMenusNamesTheFirstFiveAndCountsTheRest() {
        StringBuilder yaml = new StringBuilder("entry: start\nintents:\n  x: { weight: 1, resolved_by: [agent] }\nnodes:\n"
            + "  agent: { type: human }\n  start: { type: menu, options: [ { key: \"0\", goto: agent }, { key: \"1\", goto: m0 } ] }\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  m").append(i).append(": { type: menu, options: [ { key: \"1\", goto: m").append((i + 1) % 30)
                .append(" } ] }\n");
        }
        String message = RulesTest.message("trap-cycle", RulesTest.load(yaml.toString()));
        assertTrue(message.contains("leads back into 'm0', 'm1', 'm2', 'm3', 'm4' and 25 more, so"), message);
    }
}
