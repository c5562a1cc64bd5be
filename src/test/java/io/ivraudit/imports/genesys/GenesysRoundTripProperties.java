package io.ivraudit.imports.genesys;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Flows written by {@link ArchyExporter} import to what was generated: every reachable menu has
 * exactly its own keys and terms and the global ones of the flow, each leading where the choice
 * leads (a queue, a menu, words then a jump or a hang-up, a reusable task); a wrong key and
 * silence go to the default choice or end the call; the prompt plays repeatCount times; there is
 * one person per queue; and every exit of every reachable block is in the report.
 */
class GenesysRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private record Lowered(ArchyExporter.Export export, Flow flow, Imported imported, Tree tree) {}

    private static Lowered lowered(long seed) {
        ArchyExporter.Export export = ArchyExporter.export(seed);
        Platform.Parsed parsed = Archy.parse("generated.yaml", export.yaml());
        assertTrue(parsed.errors().isEmpty(), parsed.errors() + "\n" + export.yaml());
        Imported imported = Archy.lower(parsed.flows(), null);
        return new Lowered(export, parsed.flows().get(0), imported, imported.tree().orElseThrow());
    }

    /** Where a node leads a call, in the exporter's words. */
    private static String signature(Tree tree, String id, Set<String> seen) {
        Node node = tree.nodes().get(id);
        if (node instanceof Node.Human human) {
            return "person:" + human.queue();
        }
        if (node instanceof Node.Menu) {
            return "menu:" + id;
        }
        if (node instanceof Node.Message message && seen.add(id)) {
            return "say:" + message.sayText() + ">" + signature(tree, message.next(), seen);
        }
        return node instanceof Node.Hangup ? "hangup" : node.type() + ":" + id;
    }

    @Property(tries = 300)
    void menusKeepTheirKeysTermsAndFallbacks(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        int menus = 0;
        for (Map.Entry<String, Map<String, String>> expected : l.export().keys().entrySet()) {
            Node node = l.tree().nodes().get(expected.getKey());
            if (node == null) {
                continue;
            }
            menus++;
            Node.Menu menu = assertInstanceOf(Node.Menu.class, node, l.export().yaml());
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, String> phrases = new LinkedHashMap<>();
            for (Option option : menu.options()) {
                String to = signature(l.tree(), option.goTo(), new HashSet<>());
                if (option.key() != null) {
                    keys.put(option.key(), to);
                }
                if (option.phrase() != null) {
                    phrases.put(option.phrase(), to);
                }
            }
            assertEquals(expected.getValue(), keys, menu.id() + "\n" + l.export().yaml());
            assertEquals(l.export().phrases().get(menu.id()), phrases, menu.id() + "\n" + l.export().yaml());
            String fallback = l.export().fallback().get(menu.id());
            assertEquals(fallback, signature(l.tree(), menu.invalidTarget(), new HashSet<>()), menu.id() + "\n" + l.export().yaml());
            assertEquals(fallback, signature(l.tree(), menu.timeoutTarget(), new HashSet<>()));
        }
        assertTrue(menus >= 1, "the start-up menu is always reached");
    }

    @Property(tries = 200)
    void thePromptPlaysRepeatCountTimes(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        l.export().tries().forEach((menu, tries) ->
            assertEquals(tries, assertInstanceOf(Step.Ask.class, l.flow().blocks().get(menu).step()).tries(), menu));
    }

    @Property(tries = 200)
    void onePersonPerQueue(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        List<String> queues = Archy.nodes(l.tree(), Node.Human.class).stream().map(Node.Human::queue).toList();
        assertEquals(queues.size(), new HashSet<>(queues).size(), queues.toString());
        assertTrue(ArchyExporter.QUEUES.containsAll(queues));
    }

    @Property(tries = 200)
    void everyExitOfEveryReachableBlockIsInTheReport(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        ReportWalk.Walk walk = ReportWalk.walk(List.of(l.flow()), l.flow(), l.imported().report());
        assertEquals(List.of(), walk.unreported(), l.export().yaml());
    }
}
