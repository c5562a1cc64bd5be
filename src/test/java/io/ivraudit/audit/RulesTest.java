package io.ivraudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.LoadResult;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Thresholds;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every rule on a tree written for it: where it fires (node and line) and where it must not.
 * Trees made with {@link #tree} start their nodes on line 5.
 */
class RulesTest {
    static Tree tree(String nodes) {
        return load("entry: m\nintents:\n  x: { weight: 1, resolved_by: [agent] }\nnodes:\n" + nodes);
    }

    static Tree load(String yaml) {
        LoadResult result = TreeLoader.load("t.yaml", yaml);
        assertTrue(result.ok(), () -> result.errors().toString());
        return result.tree().orElseThrow();
    }

    static List<String> fired(String rule, Tree tree) {
        return fired(rule, tree, Thresholds.DEFAULTS);
    }

    /** The findings of one rule as "node@line:column". */
    static List<String> fired(String rule, Tree tree, Thresholds thresholds) {
        AuditConfig config = new AuditConfig(thresholds, List.of("error"), Map.of(), List.of());
        return Auditor.audit(tree, config).findings().stream().filter(f -> f.rule().equals(rule))
            .map(f -> f.node() + "@" + f.at().line() + ":" + f.at().column()).toList();
    }

    static String message(String rule, Tree tree) {
        return Auditor.audit(tree, AuditConfig.DEFAULTS).findings().stream().filter(f -> f.rule().equals(rule))
            .findFirst().orElseThrow().message();
    }

    private static final String AGENT = "  agent: { type: human }\n";

    @Test void unreachableNode() {
        Tree tree = tree("  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n" + AGENT
            + "  orphan: { type: hangup }\n");
        assertEquals(List.of("orphan@7:3"), fired("unreachable-node", tree));
        assertEquals(List.of(), fired("unreachable-node", tree("  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n" + AGENT)));
    }

    @Test void deadEnd() {
        String nodes = "  m: { type: menu, options: [ { key: 0, goto: agent }, { key: 1, goto: bye }, { key: 2, goto: s } ] }\n"
            + AGENT + "  bye: { type: hangup }\n  s: { type: self_service }\n";
        assertEquals(List.of("bye@7:3", "s@8:3"), fired("dead-end", tree(nodes)));
        Tree resolved = load("entry: m\nintents:\n  x: { weight: 1, resolved_by: [bye, s] }\nnodes:\n" + nodes);
        assertEquals(List.of(), fired("dead-end", resolved));
    }

    @Test void trapCycle() {
        String trap = """
              m: { type: menu, options: [ { key: 0, goto: agent }, { key: 1, goto: trap } ] }
              agent: { type: human }
              trap: { type: menu, options: [ { key: 1, goto: address } ] }
              address: { type: message, say: Write to us., next: trap }
            """;
        assertEquals(List.of("trap@7:3"), fired("trap-cycle", tree(trap)));
        assertTrue(message("trap-cycle", tree(trap)).contains("'trap', 'address'"));
        assertEquals(List.of(), fired("trap-cycle", tree(trap.replace("[ { key: 1, goto: address } ]",
            "[ { key: 1, goto: address }, { key: 0, goto: agent } ]"))));
        assertEquals(List.of(), fired("trap-cycle", tree(trap.replace("[ { key: 1, goto: address } ] }",
            "[ { key: 1, goto: address } ], on_invalid: agent }"))), "an invalid choice that reaches a person is a way out");
    }

    @Test void noHumanPath() {
        assertEquals(List.of("m@5:3"), fired("no-human-path", tree(
            "  m: { type: menu, options: [ { key: 1, goto: bye } ] }\n  bye: { type: hangup }\n  agent: { type: human }\n")));
        assertEquals(List.of(), fired("no-human-path", tree("  m: { type: menu, options: [ { key: 1, goto: agent } ] }\n" + AGENT)));
    }

    /** A chain of menus: key 1 goes one level down, the last level's key 1 reaches the agent. */
    static Tree chain(int presses) {
        StringBuilder nodes = new StringBuilder();
        for (int level = 0; level < presses; level++) {
            String id = level == 0 ? "m" : "m" + level;
            String next = level == presses - 1 ? "agent" : "m" + (level + 1);
            nodes.append("  ").append(id).append(":\n    type: menu\n    options:\n")
                .append("      - { key: 1, goto: ").append(next).append(" }\n");
        }
        return tree(nodes + AGENT);
    }

    @Test void buriedHuman() {
        assertEquals(List.of(), fired("buried-human", chain(2)));
        assertEquals(List.of("m2@16:9"), fired("buried-human", chain(3)));
        assertEquals("callers must press 1, then 1, then 1 (3 presses) to reach a person ('agent'); the limit is 2",
            message("buried-human", chain(3)));
        assertEquals(List.of(), fired("buried-human", chain(3), new Thresholds(3, 5, 4, 20, 600)));
    }

    @Test void buriedHumanBehindHiddenOptionsOnly() {
        Tree tree = tree("  m: { type: menu, options: [ { key: 0, goto: agent, hidden: true }, { key: 1, goto: bye } ] }\n"
            + AGENT + "  bye: { type: hangup }\n");
        assertEquals(List.of("m@5:3"), fired("buried-human", tree));
    }

    @Test void hiddenHuman() {
        String hidden = "  m: { type: menu, options: [ { key: 1, goto: bye }, { key: 0, goto: hours, hidden: true } ] }\n"
            + "  hours: { type: branch, branches: [ { share: 0.5, goto: agent }, { share: 0.5, goto: bye } ] }\n"
            + AGENT + "  bye: { type: hangup }\n";
        assertEquals(List.of("m@5:3"), fired("hidden-human", tree(hidden)));
        assertEquals("the only way to a person in menu 'm' is the unannounced key 0", message("hidden-human", tree(hidden)));
        assertEquals(List.of(), fired("hidden-human", tree(hidden.replace(", hidden: true", ""))));
    }

    @Test void humanLast() {
        String three = """
              m:
                type: menu
                options:
                  - { key: 1, say: Billing., goto: bye }
                  - { key: 2, say: Sales., goto: bye }
                  - { key: 3, say: A person., goto: agent }
              agent: { type: human }
              bye: { type: hangup }
            """;
        assertEquals(List.of("m@10:9"), fired("human-last", tree(three)));
        assertEquals(List.of(), fired("human-last", tree(three.replace("      - { key: 2, say: Sales., goto: bye }\n", ""))),
            "two announced options are too few to bury the person");
        assertEquals(List.of(), fired("human-last", tree(three.replace("{ key: 1, say: Billing., goto: bye }",
            "{ key: 1, say: Billing., goto: agent }"))), "a person offered first as well");
        assertEquals(List.of("m@10:9"), fired("human-last", tree(three.replace("goto: agent }\n",
            "goto: agent }\n      - { key: 9, goto: bye, hidden: true }\n"))),
            "a hidden option is never announced, so the person is still announced last");
    }

    @Test void noZeroOut() {
        assertEquals(List.of("m@5:3"), fired("no-zero-out", tree(
            "  m: { type: menu, options: [ { key: 1, goto: agent } ] }\n" + AGENT)));
        assertEquals(List.of(), fired("no-zero-out", tree("  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n" + AGENT)));
        assertEquals(List.of(), fired("no-zero-out", tree(
            "  m: { type: menu, options: [ { phrase: representative, goto: agent } ] }\n" + AGENT)));
        assertEquals(List.of("m@5:3"), fired("no-zero-out", tree(
            "  m: { type: menu, options: [ { key: 0, goto: m }, { key: 1, goto: agent } ] }\n" + AGENT)),
            "a 0 that does not reach a person does not count");
        assertEquals(List.of(), fired("no-zero-out", tree(
            "  m: { type: menu, options: [ { key: 1, goto: m } ], on_invalid: agent }\n" + AGENT)),
            "pressing 0 where 0 is no option is a wrong key, and the wrong key reaches a person");
        assertEquals(List.of("m@5:3"), fired("no-zero-out", tree(
            "  m: { type: menu, options: [ { key: 0, goto: m } ], on_invalid: agent }\n" + AGENT)),
            "a 0 that is an option elsewhere is no wrong key");
    }

    static Tree menuOf(int announced, int hidden) {
        String options = IntStream.range(0, announced + hidden)
            .mapToObj(i -> "      - { key: " + i + ", goto: agent" + (i >= announced ? ", hidden: true" : "") + " }")
            .collect(Collectors.joining("\n"));
        return tree("  m:\n    type: menu\n    options:\n" + options + "\n" + AGENT);
    }

    @Test void wideMenu() {
        assertEquals(List.of(), fired("wide-menu", menuOf(5, 3)));
        assertEquals(List.of("m@5:3"), fired("wide-menu", menuOf(6, 0)));
        assertEquals(List.of(), fired("wide-menu", menuOf(6, 0), new Thresholds(2, 6, 4, 20, 600)));
    }

    @Test void deepTree() {
        assertEquals(List.of(), fired("deep-tree", chain(5)), "the fifth menu is 4 presses deep");
        assertEquals(List.of("m5@25:3"), fired("deep-tree", chain(6)));
    }

    @Test void deadReplyAddress() {
        String tree = """
            tree: shop
            entry: m
            intents: { x: { weight: 1, resolved_by: [agent] } }
            addresses:
              none@x.example: { channel: email, replies: none }
              ignored@x.example: { channel: email, replies: unmonitored }
              read@x.example: { channel: email, replies: monitored }
              "+1800": { channel: phone, routes_to: shop }
              "+1900": { channel: phone, routes_to: other }
            nodes:
              m:
                type: menu
                options:
                  - { key: 0, goto: agent }
                  - { key: 1, goto: a }
                  - { key: 2, goto: b }
                  - { key: 3, goto: c }
                  - { key: 4, goto: d }
                  - { key: 5, goto: e }
              agent: { type: human }
              a: { type: handoff, address: none@x.example }
              b: { type: handoff, address: ignored@x.example }
              c: { type: handoff, address: read@x.example }
              d: { type: handoff, address: "+1800" }
              e: { type: handoff, address: "+1900" }
            """;
        assertEquals(List.of("a@21:3", "b@22:3", "d@24:3"), fired("dead-reply-address", load(tree)));
    }

    @Test void unservedIntent() {
        String yaml = """
            entry: m
            intents:
              named: { weight: 1, resolved_by: [agent] }
              unnamed: { weight: 1, resolved_by: [agent] }
              stranded: { weight: 1, resolved_by: [orphan] }
            nodes:
              m: { type: menu, options: [ { key: 0, intents: [named, stranded], goto: agent } ] }
              agent: { type: human }
              orphan: { type: human }
            """;
        assertEquals(List.of("unnamed@4:3", "stranded@5:3"), fired("unserved-intent", load(yaml)));
    }

    @Test void falseHumanPromise() {
        String nodes = """
              m:
                type: menu
                options:
                  - { key: 0, goto: agent }
                  - { key: 9, say: "To speak with a customer service specialist, press 9.", goto: busy }
              agent: { type: human }
              busy: { type: message, say: We are busy., next: m }
            """;
        assertEquals(List.of("m@9:9"), fired("false-human-promise", tree(nodes)));
        assertEquals(List.of(), fired("false-human-promise", tree(nodes.replace("next: m", "next: agent"))),
            "a message on the way to a person keeps the promise");
        assertEquals(List.of(), fired("false-human-promise", tree(nodes.replace("customer service specialist", "robot"))));
        for (String offer : List.of("Press 9 to be connected to an agent.", "For a representative, press 9.",
                "Press 9 at any time to talk to one of our team members.")) {
            assertEquals(List.of("m@9:9"), fired("false-human-promise", tree(nodes.replace(
                "To speak with a customer service specialist, press 9.", offer))), offer);
        }
        for (String noOffer : List.of("To rate the jokes that humans submitted, press 9.", "Our agents are busy.",
                "For people with hearing loss, press 9.")) {
            assertEquals(List.of(), fired("false-human-promise", tree(nodes.replace(
                "To speak with a customer service specialist, press 9.", noOffer))), "the bare word is no offer: " + noOffer);
        }
        assertEquals(List.of("m@9:9"), fired("false-human-promise", tree(nodes.replace(
            "{ key: 9, say: \"To speak with a customer service specialist, press 9.\", goto: busy }",
            "{ phrase: representative, goto: busy }"))), "a spoken choice that names a person asks for one");
    }

    @Test void personElsewhere() {
        String forward = """
            entry: m
            intents: { x: { weight: 1, resolved_by: [] } }
            addresses:
              "+18005550100": { channel: phone }
            nodes:
              m: { type: menu, options: [ { key: 1, goto: out }, { key: 2, goto: bye } ] }
              out: { type: handoff, address: "+18005550100" }
              bye: { type: hangup }
            """;
        assertEquals(List.of(), fired("no-human-path", load(forward)), "a forward to a number is not 'no person at all'");
        assertEquals(List.of("m@6:3"), fired("person-elsewhere", load(forward)));
        assertTrue(message("person-elsewhere", load(forward)).contains("'+18005550100' may reach one there"));
        String dead = forward.replace("{ channel: phone }", "{ channel: email, replies: none }");
        assertEquals(List.of("m@6:3"), fired("no-human-path", load(dead)), "a dead channel is no person");
        assertEquals(List.of(), fired("person-elsewhere", load(dead)));
    }

    @Test void unreviewedIntent() {
        String yaml = """
            entry: m
            intents:
              billing: { weight: 1, resolved_by: [], proposed: true }
              sales: { weight: 1, resolved_by: [agent], proposed: true }
            nodes:
              m: { type: menu, options: [ { key: 1, intents: [sales], goto: agent } ] }
              agent: { type: human }
            """;
        assertEquals(List.of("billing@3:3"), fired("unreviewed-intent", load(yaml)));
        assertEquals(List.of(), fired("unserved-intent", load(yaml)), "a proposal never fails a build by itself");
        assertEquals(List.of("billing@3:3", "billing@3:3"), fired("unserved-intent", load(yaml.replace(", proposed: true }", " }"))),
            "once reviewed, an intent nothing serves is an error again");
    }

    @Test void speechMenusSpeakOfUnrecognisedAnswers() {
        String nodes = "  m: { type: menu, options: [ { phrase: agent, goto: agent } ], on_invalid: bye }\n" + AGENT
            + "  bye: { type: hangup }\n";
        assertTrue(message("invalid-disconnects", tree(nodes)).startsWith("an unrecognised answer or silence in menu 'm'"),
            message("invalid-disconnects", tree(nodes)));
    }

    @Test void invalidDisconnects() {
        String nodes = "  m: { type: menu, options: [ { key: 0, goto: agent } ], on_invalid: sorry }\n" + AGENT
            + "  sorry: { type: message, say: Sorry., next: bye }\n  bye: { type: hangup }\n";
        assertEquals(List.of("m@5:3"), fired("invalid-disconnects", tree(nodes)));
        assertEquals(List.of(), fired("invalid-disconnects", tree(nodes.replace("on_invalid: sorry", "on_invalid: agent"))));
        assertEquals(List.of(), fired("invalid-disconnects", tree(nodes.replace(", on_invalid: sorry", ""))),
            "repeating the menu is not a disconnect");
        String silence = "  m: { type: menu, options: [ { key: 0, goto: agent } ], on_timeout: bye }\n" + AGENT
            + "  bye: { type: hangup }\n";
        assertEquals(List.of("m@5:3"), fired("invalid-disconnects", tree(silence)), "silence that hangs up");
        assertTrue(message("invalid-disconnects", tree(silence)).startsWith("silence in menu 'm' leads to 'bye'"));
    }

    @Test void fallbackAsOption() {
        String nodes = """
              m:
                type: menu
                options:
                  - { key: 1, say: For billing press 1., goto: billing }
                  - { key: 0, say: For a person press 0., goto: agent }
                on_invalid: sorry
              sorry: { type: message, say: Sorry I did not get that., next: billing }
              billing: { type: menu, options: [ { key: 0, goto: agent } ] }
            """ + AGENT;
        assertEquals(List.of("m@5:3"), fired("fallback-as-option", tree(nodes)), "through the apology, a wrong key is billing");
        assertEquals("in menu 'm', a wrong key or silence (on_invalid) is handled as if the caller chose option 1 "
            + "(\"For billing press 1.\"): both lead to 'billing'", message("fallback-as-option", tree(nodes)));
        assertEquals(List.of(), fired("fallback-as-option", tree(nodes.replace("next: billing", "next: m"))),
            "an apology that repeats the menu is good practice");
        assertEquals(List.of(), fired("fallback-as-option", tree(nodes.replace("on_invalid: sorry", "on_invalid: agent"))),
            "a fallback to a person is good practice");
        assertEquals(List.of(), fired("fallback-as-option", tree(nodes.replace("goto: billing }", "goto: billing, hidden: true }"))),
            "only announced options count");
        assertEquals(List.of(), fired("fallback-as-option", tree(nodes.replace("on_invalid: sorry", "on_invalid: sorry\n    tries: 3"))),
            "a menu that replays itself before it gives up is no misroute");
        String silent = nodes.replace("on_invalid: sorry", "on_timeout: billing");
        assertEquals(List.of("m@5:3"), fired("fallback-as-option", tree(silent)));
        assertTrue(message("fallback-as-option", tree(silent)).contains("silence (on_timeout)"));
    }

    static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "word").collect(Collectors.joining(" "));
    }

    @Test void longPrompt() {
        assertEquals(List.of(), fired("long-prompt", tree("  m: { type: menu, say: " + words(40)
            + ", options: [ { key: 0, say: " + words(10) + ", goto: agent } ] }\n" + AGENT)), "50 words take 20 seconds");
        assertEquals(List.of("m@5:3"), fired("long-prompt", tree("  m: { type: menu, say: " + words(41)
            + ", options: [ { key: 0, say: " + words(10) + ", goto: agent } ] }\n" + AGENT)));
        assertEquals(List.of("hello@5:3"), fired("long-prompt", load("entry: hello\nintents: { x: { weight: 1, resolved_by: [agent] } }\n"
            + "nodes:\n\n  hello: { type: message, seconds: 21, next: agent }\n" + AGENT)));
    }

    @Test void hatedPhrase() {
        String nodes = "  m: { type: menu, options: [ { key: 0, goto: hold } ] }\n"
            + "  hold: { type: message, say: Your call is IMPORTANT to us., next: agent }\n" + AGENT;
        assertEquals(List.of("hold@6:3"), fired("hated-phrase", tree(nodes)));
        assertEquals(List.of(), fired("hated-phrase", tree(nodes.replace("Your call is IMPORTANT to us.", "Connecting you now."))));
    }

    @Test void slowToHuman() {
        assertEquals(List.of(), fired("slow-to-human", tree("  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n"
            + "  agent: { type: human, hold_seconds: 600 }\n")));
        assertEquals(List.of("x@3:3"), fired("slow-to-human", tree("  m: { type: menu, options: [ { key: 0, goto: agent } ] }\n"
            + "  agent: { type: human, hold_seconds: 601 }\n")));
    }

    @Test void everyRuleHasATestHere() {
        List<String> tested = List.of("unreachable-node", "dead-end", "trap-cycle", "no-human-path", "buried-human",
            "hidden-human", "human-last", "no-zero-out", "wide-menu", "deep-tree", "dead-reply-address",
            "unserved-intent", "false-human-promise", "invalid-disconnects", "long-prompt", "hated-phrase", "slow-to-human",
            "fallback-as-option", "person-elsewhere", "unreviewed-intent");
        assertEquals(Rules.ids().stream().sorted().toList(), tested.stream().sorted().toList());
    }
}
