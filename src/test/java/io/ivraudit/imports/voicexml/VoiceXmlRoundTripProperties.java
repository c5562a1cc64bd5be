package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Documents written by {@link VoiceXmlExporter} import to the graph that was generated: every
 * menu a call reaches has exactly its keys (its own, numbered, and the document link's where it
 * does not use that key) and its words, each leading to the dialog generated; wrong answers and
 * silence go where the counted handlers send them (or repeat the menu); the tries are the
 * handlers' counts; every agent address is one person; nothing is dropped silently.
 */
class VoiceXmlRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private record Lowered(VoiceXmlExporter.Export export, Flow flow, Imported imported, Tree tree) {}

    private static Lowered lowered(long seed) {
        VoiceXmlExporter.Export export = VoiceXmlExporter.export(seed);
        Flow flow = Vxml.flow("generated.vxml", export.xml());
        Imported imported = Vxml.lower(flow);
        return new Lowered(export, flow, imported, Vxml.tree(imported));
    }

    @Property(tries = 300)
    void everyExitOfEveryReachableBlockIsInTheReport(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        ReportWalk.Walk walk = ReportWalk.walk(List.of(l.flow()), l.flow(), l.imported().report());
        assertTrue(walk.unreported().isEmpty(), "dropped silently: " + walk.unreported() + "\n" + l.export().xml());
        assertTrue(walk.reached().contains("generated.vxml/m0"));
    }

    @Property(tries = 300)
    void menusKeepTheirKeysWordsAndFallbacks(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        for (Map.Entry<String, Map<String, String>> menu : l.export().keys().entrySet()) {
            Node node = l.tree().nodes().get(menu.getKey());
            if (node == null) {
                continue;
            }
            Node.Menu m = assertInstanceOf(Node.Menu.class, node, l.export().xml());
            assertEquals(menu.getValue().keySet(), m.options().stream().map(Option::key).filter(k -> k != null)
                .collect(Collectors.toSet()), m.id() + "\n" + l.export().xml());
            for (Map.Entry<String, String> key : menu.getValue().entrySet()) {
                Option option = m.options().stream().filter(o -> key.getKey().equals(o.key())).findFirst().orElseThrow();
                assertLeadsTo(l, key.getValue(), option.goTo(), m.id() + " key " + key.getKey());
            }
            assertEquals(l.export().phrases().get(m.id()), m.options().stream().map(Option::phrase).filter(p -> p != null)
                .collect(Collectors.toSet()), l.export().xml());
            assertLeadsTo(l, l.export().invalid().get(m.id()), m.invalidTarget(), m.id() + " on_invalid");
            assertLeadsTo(l, l.export().silence().get(m.id()), m.timeoutTarget(), m.id() + " on_timeout");
            Step.Ask ask = (Step.Ask) l.flow().blocks().get(m.id()).step();
            assertEquals(l.export().tries().get(m.id()), ask.tries(), m.id() + " tries\n" + l.export().xml());
        }
    }

    @Property(tries = 200)
    void everyAgentAddressIsOnePerson(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        Set<String> reached = new LinkedHashSet<>();
        for (Node.Menu menu : Vxml.nodes(l.tree(), Node.Menu.class)) {
            menu.options().forEach(o -> reached.add(o.goTo()));
            reached.add(menu.invalidTarget());
            reached.add(menu.timeoutTarget());
        }
        Set<String> expected = l.export().people().entrySet().stream().filter(p -> reachedDialog(l, p.getKey()))
            .map(Map.Entry::getValue).collect(Collectors.toSet());
        Set<String> people = Vxml.nodes(l.tree(), Node.Human.class).stream().map(Node.Human::queue).collect(Collectors.toSet());
        assertEquals(expected, people, l.export().xml());
    }

    private static boolean reachedDialog(Lowered l, String dialog) {
        return l.imported().report().lines().stream().anyMatch(line -> line.block().equals(dialog));
    }

    private static void assertLeadsTo(Lowered l, String dialog, String node, String what) {
        Node actual = l.tree().nodes().get(node);
        if (dialog.equals(VoiceXmlExporter.NOWHERE)) {
            assertTrue(node.startsWith("call-ends") && actual instanceof Node.Hangup, what + ": expected the call to end, got " + node);
        } else if (dialog.startsWith("m")) {
            assertEquals(dialog, node, what);
        } else if (dialog.startsWith("p")) {
            assertEquals(l.export().people().get(dialog), assertInstanceOf(Node.Human.class, actual, what).queue(), what);
        } else {
            assertEquals("Goodbye " + dialog + ".", assertInstanceOf(Node.Hangup.class, actual, what).sayText(), what);
        }
    }
}
