package io.ivraudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.RandomTrees;
import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Routes;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the audit on generated trees. */
class AuditProperties {
    @Provide Arbitrary<Tree> trees() {
        return RandomTrees.trees();
    }

    /** Every menu gets an announced 0 to a person (a new human node), replacing any 0 it had. */
    static Tree withZeroOutEverywhere(Tree tree) {
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        nodes.put("zero-out-agent", new Node.Human("zero-out-agent", null, 0, List.of(), SourcePosition.UNKNOWN));
        return withMenus(tree, nodes, menu -> {
            List<Option> options = new ArrayList<>(menu.options().stream().filter(o -> !"0".equals(o.key())).toList());
            options.add(0, new Option("0", null, "For a person, press 0.", "zero-out-agent", List.of(), false,
                SourcePosition.UNKNOWN));
            return options;
        });
    }

    static Tree unhidden(Tree tree) {
        return withMenus(tree, new LinkedHashMap<>(tree.nodes()), menu -> menu.options().stream()
            .map(o -> new Option(o.key(), o.phrase(), o.say(), o.goTo(), o.intents(), false, o.at())).toList());
    }

    private static Tree withMenus(Tree tree, Map<String, Node> nodes, Function<Node.Menu, List<Option>> options) {
        nodes.replaceAll((id, node) -> node instanceof Node.Menu m
            ? m.withOptions(options.apply(m)) : node);
        return new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
            tree.addresses(), nodes, tree.at());
    }

    private static OptionalDouble fewestPressesToHuman(Tree tree, boolean announcedOnly) {
        IvrGraph g = IvrGraph.of(tree);
        Routes routes = Routes.from(g, Routes.Measure.PRESSES, announcedOnly);
        return tree.nodes().values().stream().filter(Node.Human.class::isInstance)
            .map(h -> routes.cost(h.id())).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).min();
    }

    private static boolean noWorse(OptionalDouble before, OptionalDouble after) {
        return before.isEmpty() || after.isPresent() && after.getAsDouble() <= before.getAsDouble();
    }

    @Property(tries = 300)
    void aZeroOutOnEveryMenuRemovesNoZeroOutAndNeverBuriesAPersonDeeper(@ForAll("trees") Tree tree) {
        Tree fixed = withZeroOutEverywhere(tree);
        assertTrue(Auditor.audit(fixed, AuditConfig.DEFAULTS).findings().stream()
            .noneMatch(f -> f.rule().equals("no-zero-out")));
        for (boolean announcedOnly : new boolean[] {true, false}) {
            assertTrue(noWorse(fewestPressesToHuman(tree, announcedOnly), fewestPressesToHuman(fixed, announcedOnly)));
        }
    }

    @Property(tries = 300)
    void unhidingOptionsNeverBuriesAPersonDeeper(@ForAll("trees") Tree tree) {
        assertTrue(noWorse(fewestPressesToHuman(tree, true), fewestPressesToHuman(unhidden(tree), true)));
    }

    @Property(tries = 300)
    void removingAnUnreachableNodeChangesNoOtherFinding(@ForAll("trees") Tree tree) {
        IvrGraph g = IvrGraph.of(tree);
        List<String> unreachable = tree.nodes().keySet().stream()
            .filter(id -> !g.reachable().contains(id) && !isReferenced(tree, id)).toList();
        for (String id : unreachable) {
            Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
            nodes.remove(id);
            Tree smaller = new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
                tree.addresses(), nodes, tree.at());
            assertEquals(otherFindings(tree, id), otherFindings(smaller, id));
        }
    }

    /** Whether anything names the node (an edge from another unreachable node, or resolved_by). */
    private static boolean isReferenced(Tree tree, String id) {
        IvrGraph g = IvrGraph.of(tree);
        return !g.graph().incomingEdgesOf(id).isEmpty()
            || tree.intents().values().stream().anyMatch(i -> i.resolvedBy().contains(id));
    }

    /** The findings other than the removed node's own, by identity: rule, severity, node, position. */
    private static List<String> otherFindings(Tree tree, String removed) {
        return Auditor.audit(tree, AuditConfig.DEFAULTS).findings().stream()
            .filter(f -> !(f.rule().equals("unreachable-node") && f.node().equals(removed)))
            .map(f -> f.rule() + " " + f.severity() + " " + f.node() + " " + f.at()).sorted().toList();
    }

    @Property(tries = 200)
    void auditingNeverThrowsAndEveryFindingNamesAKnownRule(@ForAll("trees") Tree tree) {
        Auditor.audit(tree, AuditConfig.DEFAULTS).findings()
            .forEach(f -> assertTrue(Rules.byId(f.rule()).isPresent(), f.rule()));
    }
}
