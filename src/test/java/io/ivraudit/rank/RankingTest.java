package io.ivraudit.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking by expected cost per call, with costs worked out by hand. */
class RankingTest {
    private static Tree load(String yaml) {
        return TreeLoader.load("t.yaml", yaml).tree().orElseThrow();
    }

    @Test void theCostOfATinyTreeWorkedOutByHand() {
        Tree tree = load("""
            entry: m
            caller: { misroute: 0.1, savvy: 0 }
            costs: { agent_per_minute: 2, ivr_per_minute: 0.5, handle_minutes: 3, lifetime_value: 1000, churn_after_failure: 0.1 }
            intents: { x: { weight: 1, resolved_by: [agent] } }
            nodes:
              m:
                type: menu
                options:
                  - { key: 1, say: Press one., intents: [x], goto: agent }
                  - { key: 2, say: Press two., goto: bye }
              agent: { type: human, hold_seconds: 30 }
              bye: { type: hangup, say: Bye. }
            """);
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(new Variant("base", "as it is", tree)), Objective.COST,
            Method.EXACT);
        // 0.9 reach the agent: 3 handled minutes at 2. Seconds in the tree: 0.9 x 0.8 + 0.1 x (1.6 + 0.4 for "Bye.").
        // 0.1 end at a dead end: churn 0.1 of a 1000 customer.
        double expected = 0.9 * 3 * 2 + (0.9 * 0.8 + 0.1 * 2.0) / 60 * 0.5 + 0.1 * 0.1 * 1000;
        assertEquals(expected, ranked.get(0).score(), 1e-12);
    }

    @Test void announcingThePersonFirstRanksAboveTheBaseAndRemovingThePersonBelow() {
        Tree bank = TreeLoader.load(Path.of("trees/harbor-savings-bank.yaml")).tree().orElseThrow();
        Node.Menu more = (Node.Menu) bank.nodes().get("more-options");
        List<Option> options = new ArrayList<>(more.options());
        Option banker = options.remove(2);
        options.add(0, banker);
        Tree personFirst = withNode(bank, more.withOptions(options));
        // The only way to the banker is the hold message; sending it to the goodbye instead removes the person.
        Tree noPerson = withNode(bank, new Node.Message("hold-message", "All our bankers are busy.", null, "goodbye",
            bank.nodes().get("hold-message").at()));
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(new Variant("base", "as it is", bank),
            new Variant("banker-first", "the banker announced first", personFirst),
            new Variant("no-banker", "no person at all", noPerson)), Objective.COST, Method.EXACT);
        assertEquals(List.of("banker-first", "base", "no-banker"), ranked.stream().map(r -> r.variant().name()).toList());
        assertTrue(ranked.get(0).versusBase() < 0);
        assertTrue(ranked.get(2).versusBase() > 0);
        assertTrue(ranked.get(0).toldApartFromNext());
    }

    @Test void suggestionsFixTheFindingsTheyAreNamedFor() {
        Tree cable = TreeLoader.load(Path.of("trees/northwind-cable.yaml")).tree().orElseThrow();
        List<Variant> suggested = Redesigns.suggest(cable, AuditConfig.DEFAULTS, Objective.COST, Method.EXACT, Roster.AS_WRITTEN);
        List<String> names = suggested.stream().map(Variant::name).toList();
        assertTrue(names.containsAll(List.of("announce-person-first", "unhide-person", "zero-out-everywhere",
            "staff-reply-addresses", "person-instead-of-dead-channel", "break-trap", "combined")), names.toString());
        Variant unhide = suggested.stream().filter(v -> v.name().equals("unhide-person")).findFirst().orElseThrow();
        assertTrue(io.ivraudit.audit.Auditor.audit(unhide.tree(), AuditConfig.DEFAULTS).findings().stream()
            .noneMatch(f -> f.rule().equals("hidden-human")));
        List<Ranking.Ranked> ranked = Ranking.rank(withBase(cable, suggested), Objective.COST, Method.EXACT);
        assertTrue(!ranked.get(0).variant().name().equals("base") && ranked.get(0).versusBase() < 0,
            "the best row is a real fix: " + ranked.get(0).variant().name());
    }

    @Test void samplingGivesIntervalsAndPairedDifferences() {
        Tree bank = TreeLoader.load(Path.of("trees/harbor-savings-bank.yaml")).tree().orElseThrow();
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(new Variant("base", "as it is", bank),
            new Variant("same", "an identical copy", bank)), Objective.COST, new Method.Sampled(50_000, 3, 2));
        Ranking.Ranked first = ranked.get(0);
        assertTrue(first.low() < first.score() && first.score() < first.high());
        assertEquals(0.0, ranked.get(1).versusBase(), "common random numbers: an identical design is identical");
        assertTrue(!first.toldApartFromNext(), "two identical designs are not told apart");
    }

    private static List<Variant> withBase(Tree base, List<Variant> others) {
        List<Variant> all = new ArrayList<>();
        all.add(new Variant("base", "as it is", base));
        all.addAll(others);
        return all;
    }

    private static Tree withNode(Tree tree, Node node) {
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        nodes.put(node.id(), node);
        return new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
            tree.addresses(), nodes, tree.at());
    }
}
