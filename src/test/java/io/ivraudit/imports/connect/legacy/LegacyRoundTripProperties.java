package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Legacy flows written by {@link LegacyExporter} import to what was generated: every exit of every
 * block a call can reach is in the report (nothing dropped silently), menus have exactly the keys
 * and phrases generated with wrong answers and silence going where Connect sends them, every queue
 * set before the shared Transfer is its own person, and stored input read as data is data entry.
 */
class LegacyRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private record Lowered(LegacyExporter.Export export, Flow flow, Imported imported, Tree tree, Set<String> reached) {}

    private static Lowered lowered(long seed) {
        LegacyExporter.Export export = LegacyExporter.export(seed);
        Platform.Parsed parsed = LegacyFixture.parse("generated.json", export.json());
        assertTrue(parsed.errors().isEmpty(), parsed.errors() + "\n" + export.json());
        Imported imported = LegacyFixture.lower(parsed.flows(), null);
        Set<String> reached = imported.report().lines().stream().map(ImportReport.Line::block).collect(Collectors.toSet());
        return new Lowered(export, parsed.flows().get(0), imported, LegacyFixture.tree(imported), reached);
    }

    @Property(tries = 300)
    void everyExitOfEveryReachableBlockIsInTheReport(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        List<String> unreported = ReportWalk.walk(List.of(l.flow()), l.flow(), l.imported().report()).unreported();
        assertTrue(unreported.isEmpty(), "dropped silently: " + unreported + "\n" + l.export().json());
        assertEquals(l.flow().blocks().size(), l.imported().report().blocksRead());
    }

    @Property(tries = 300)
    void menusKeepTheirKeysPhrasesAndFallbacks(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        for (Map.Entry<String, Set<String>> menu : l.export().keys().entrySet()) {
            if (l.reached().contains(menu.getKey())) {
                Node.Menu node = assertInstanceOf(Node.Menu.class, l.tree().nodes().get(menu.getKey()), l.export().json());
                assertEquals(menu.getValue(), node.options().stream().map(Option::key).collect(Collectors.toSet()));
                assertFallbacks(l, node);
            }
        }
        for (Map.Entry<String, Set<String>> menu : l.export().phrases().entrySet()) {
            if (l.reached().contains(menu.getKey())) {
                Node.Menu node = assertInstanceOf(Node.Menu.class, l.tree().nodes().get(menu.getKey()), l.export().json());
                assertEquals(menu.getValue(), node.options().stream().map(Option::phrase).collect(Collectors.toSet()));
                assertFallbacks(l, node);
            }
        }
    }

    private static void assertFallbacks(Lowered l, Node.Menu menu) {
        assertLeadsTo(l.tree(), l.export().onInvalid().get(menu.id()), menu.invalidTarget(), "on_invalid of " + menu.id(), l);
        assertLeadsTo(l.tree(), l.export().onTimeout().get(menu.id()), menu.timeoutTarget(), "on_timeout of " + menu.id(), l);
    }

    private static void assertLeadsTo(Tree tree, String expected, String actual, String what, Lowered l) {
        if (expected.equals(LegacyExporter.CALL_ENDS)) {
            assertTrue(actual.startsWith(LegacyExporter.CALL_ENDS) && tree.nodes().get(actual) instanceof Node.Hangup,
                what + ": expected the call to end, got " + actual + "\n" + l.export().json());
        } else {
            assertEquals(expected, actual, what + "\n" + l.export().json());
        }
    }

    @Property(tries = 300)
    void everyQueueSetBeforeTheSharedTransferIsItsOwnPerson(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        Set<String> expected = new LinkedHashSet<>();
        l.export().queues().forEach((module, queue) -> {
            if (l.reached().contains(module)) {
                expected.add(queue);
            }
        });
        if (l.reached().contains("xfer")) {
            expected.add(null);
        }
        Set<String> people = LegacyFixture.nodes(l.tree(), Node.Human.class).stream().map(Node.Human::queue)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(expected, people, l.export().json());
        assertTrue(people.stream().filter(Objects::nonNull).allMatch(q -> l.tree().nodes().get("queue-" + q.toLowerCase()) != null));
    }

    @Property(tries = 200)
    void storedInputReadAsDataIsDataEntry(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        for (String entry : l.export().entries()) {
            if (l.reached().contains(entry)) {
                assertInstanceOf(Node.Message.class, l.tree().nodes().get(entry));
                assertInstanceOf(Node.Branch.class, l.tree().nodes().get(entry + "-result"));
                assertTrue(LegacyFixture.line(l.imported(), entry, "").detail().contains("an account number"));
            }
        }
    }

    /** The report names the generated modules by their legacy types and branches. */
    @Property(tries = 100)
    void theReportSpeaksTheLegacyFilesWords(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        Set<String> types = Set.of("GetUserInput", "StoreUserInput", "CheckAttribute", "PlayPrompt", "CheckHoursOfOperation",
            "SetQueue", "SetAttributes", "InvokeExternalResource", "Loop", "Disconnect", "Transfer", "");
        for (ImportReport.Line line : l.imported().report().lines()) {
            assertTrue(types.contains(line.type()), line.toString());
            assertTrue(!line.exit().contains("NoMatchingCondition") && !line.exit().contains("NextAction"), line.toString());
        }
    }
}
