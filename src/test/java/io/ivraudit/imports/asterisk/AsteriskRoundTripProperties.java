package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.ReportWalk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Imported;
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
 * Dial plans written by {@link DialPlanExporter} import to what was generated: every menu reached
 * has exactly its context's keys (with the included context's, where the menu's own do not
 * win), each leading where the dial plan sends it (a queue, a phone, another menu, information,
 * voicemail, an outside number, or nowhere), a wrong key and silence going to i, t, e or the
 * end of the call; and every exit of every block a call reaches is in the report.
 */
class AsteriskRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private record Lowered(DialPlanExporter.Export export, List<Flow> flows, Imported imported, Tree tree) {}

    private static Lowered lowered(long seed) {
        DialPlanExporter.Export export = DialPlanExporter.export(seed);
        Asterisk.Read read = DialPlans.read(export.text());
        assertTrue(read.errors().isEmpty() && read.notes().isEmpty(), read.errors() + " " + read.notes() + "\n" + export.text());
        Imported imported = DialPlans.lower(read.flows(), null);
        return new Lowered(export, read.flows(), imported, imported.tree().orElseThrow());
    }

    @Property(tries = 300)
    void menusKeepTheirKeysTargetsAndFallbacks(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        assertEquals("m0", l.tree().title(), "calls start in the first context that reads a key");
        for (DialPlanExporter.Menu menu : l.export().menus()) {
            Node node = l.tree().nodes().get(menu.nodeId());
            if (!(node instanceof Node.Menu m)) {
                continue;
            }
            String where = menu.context() + "\n" + l.export().text();
            assertEquals(menu.keys().keySet(), m.options().stream().map(Option::key).collect(Collectors.toSet()), where);
            for (Option option : m.options()) {
                assertTrue(DialPlanExporter.leadsTo(l.tree(), l.export(), option.goTo(), menu.keys().get(option.key())),
                    "key " + option.key() + " leads to " + option.goTo() + ", expected " + menu.keys().get(option.key())
                        + " in " + where);
            }
            assertTrue(DialPlanExporter.leadsTo(l.tree(), l.export(), m.invalidTarget(), menu.onInvalid()),
                "wrong key: " + m.invalidTarget() + ", expected " + menu.onInvalid() + " in " + where);
            assertTrue(DialPlanExporter.leadsTo(l.tree(), l.export(), m.timeoutTarget(), menu.onTimeout()),
                "silence: " + m.timeoutTarget() + ", expected " + menu.onTimeout() + " in " + where);
        }
    }

    @Property(tries = 300)
    void theFirstMenuIsAlwaysImportedAndEveryExitOfEveryReachableBlockIsInTheReport(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        DialPlanExporter.Menu first = l.export().menus().get(0);
        assertTrue(l.tree().nodes().get(first.nodeId()) instanceof Node.Menu, l.tree().nodes().keySet().toString());
        Flow m0 = DialPlans.flow(l.flows(), "m0");
        assertEquals(List.of(), ReportWalk.walk(l.flows(), m0, l.imported().report(), ReportWalk.Lines.OF_ANY_FLOW, true).unreported(), l.export().text());
    }

    @Property(tries = 200)
    void everyQueueAndPhoneDialledIsItsOwnPerson(@ForAll("seeds") long seed) {
        Lowered l = lowered(seed);
        Map<String, Long> people = DialPlans.nodes(l.tree(), Node.Human.class).stream()
            .collect(Collectors.groupingBy(Node.Human::queue, Collectors.counting()));
        people.forEach((queue, n) -> assertEquals(1L, n, "one person per queue: " + queue));
        for (DialPlanExporter.Menu menu : l.export().menus()) {
            if (l.tree().nodes().get(menu.nodeId()) instanceof Node.Menu) {
                menu.keys().values().stream().filter(DialPlanExporter.Expect.Person.class::isInstance)
                    .map(e -> ((DialPlanExporter.Expect.Person) e).queue())
                    .forEach(q -> assertTrue(people.containsKey(q), q + " in " + people.keySet()));
            }
        }
    }
}
