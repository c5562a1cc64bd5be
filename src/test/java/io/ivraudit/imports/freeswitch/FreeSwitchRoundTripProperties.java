package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Menu files written by {@link FreeSwitchExporter} import to the menus generated: every menu a
 * menu node with exactly its keys, each key leading where FreeSWITCH sends the call (the queue's
 * person, the extension, the sub-menu, the top, back to the menu that ran it, out of the IVR,
 * a prompt and then the menu again), wrong keys and silence to the exit sound and then up or
 * out, and nothing dropped silently.
 */
class FreeSwitchRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private record Lowered(FreeSwitchExporter.Export export, List<Flow> flows, Imported imported, Tree tree) {}

    private static Lowered lowered(long seed) {
        FreeSwitchExporter.Export export = FreeSwitchExporter.export(seed);
        Platform.Parsed parsed = FreeSwitchFixture.parse("generated.xml", export.xml());
        assertTrue(parsed.errors().isEmpty(), parsed.errors() + "\n" + export.xml());
        Imported imported = FreeSwitchFixture.lower(parsed.flows());
        return new Lowered(export, parsed.flows(), imported, FreeSwitchFixture.tree(imported));
    }

    @Property(tries = 300)
    void everyExitOfEveryReachableBlockIsInTheReport(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        assertEquals("m0", FreeSwitchFixture.FREESWITCH.defaultEntry(l.flows()).orElseThrow());
        assertEquals(List.of(), ReportWalk.walk(l.flows(), l.flows().get(0), l.imported().report(), ReportWalk.Lines.OF_ITS_FLOW_OR_ITS_RUNS, true).unreported(), l.export().xml());
    }

    @Property(tries = 300)
    void menusKeepTheirKeysTargetsPeopleAndFallbacks(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        Tree tree = l.tree();
        assertEquals("m0", tree.entry());
        for (FreeSwitchExporter.Menu menu : l.export().menus()) {
            Node.Menu node = assertInstanceOf(Node.Menu.class, tree.nodes().get(menu.name()), l.export().xml());
            assertEquals(menu.keys().keySet(), node.options().stream().map(Option::key).collect(Collectors.toSet()),
                l.export().xml());
            assertEquals(menu.timeout(), node.timeoutSeconds());
            for (Map.Entry<String, FreeSwitchExporter.Key> key : menu.keys().entrySet()) {
                String goTo = node.options().stream().filter(o -> o.key().equals(key.getKey())).findFirst().orElseThrow().goTo();
                assertLeads(tree, menu, key.getValue(), goTo, l.export().xml());
            }
            assertUp(tree, menu, node.invalidTarget(), menu.exitSound(), l.export().xml());
            assertEquals(node.invalidTarget(), node.timeoutTarget());
        }
    }

    private static void assertLeads(Tree tree, FreeSwitchExporter.Menu menu, FreeSwitchExporter.Key key, String goTo,
                                    String xml) {
        Node node = tree.nodes().get(goTo);
        switch (key.kind()) {
            case PERSON -> assertEquals("callcenter " + key.detail() + "@default",
                assertInstanceOf(Node.Human.class, node, xml).queue());
            case HANDOFF -> assertEquals("extension " + key.detail() + " (XML default)",
                assertInstanceOf(Node.Handoff.class, node, xml).address());
            case SUB -> assertEquals(key.detail(), goTo, xml);
            case TOP -> assertEquals("m0", goTo, xml);
            case REPEAT -> assertEquals(menu.name(), goTo, xml);
            case HANGUP -> assertInstanceOf(Node.Hangup.class, node, xml);
            case EXIT -> {
                if (menu.exitSound() == null) {
                    assertInstanceOf(Node.Hangup.class, node, xml);
                } else {
                    Node.Message bye = assertInstanceOf(Node.Message.class, node, xml);
                    assertEquals(menu.exitSound(), bye.sayText());
                    assertInstanceOf(Node.Hangup.class, tree.nodes().get(bye.next()), xml);
                }
            }
            case PLAY -> {
                Node.Message words = assertInstanceOf(Node.Message.class, node, xml);
                assertEquals(key.detail(), words.sayText());
                assertEquals(menu.name(), words.next(), xml);
            }
            case BACK -> assertEnds(tree, menu.parent(), goTo, xml);
        }
    }

    /** A menu's exit: its exit sound if any, then the menu that ran it, or the end of the call. */
    private static void assertUp(Tree tree, FreeSwitchExporter.Menu menu, String goTo, String exitSound, String xml) {
        if (exitSound == null) {
            assertEnds(tree, menu.parent(), goTo, xml);
            return;
        }
        Node.Message bye = assertInstanceOf(Node.Message.class, tree.nodes().get(goTo), xml);
        assertEquals(exitSound, bye.sayText());
        assertEnds(tree, menu.parent(), bye.next(), xml);
    }

    private static void assertEnds(Tree tree, String parent, String goTo, String xml) {
        if (parent == null) {
            assertInstanceOf(Node.Hangup.class, tree.nodes().get(goTo), xml);
        } else {
            assertEquals(parent, goTo, xml);
        }
    }
}
