package io.ivraudit.imports.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random small Studio flows, written by a test-side exporter ({@link StudioSample}), imported
 * back: nothing is dropped silently, and the menus, keys, phrases and people are those written.
 */
class StudioRoundTripProperties {
    @Provide Arbitrary<StudioSample> samples() {
        return StudioSample.samples();
    }

    /** Every transition of every widget a call can reach has a report line naming its block and exit. */
    @Property(tries = 300)
    void nothingIsDroppedSilently(@ForAll("samples") StudioSample sample) {
        Imported imported = Studio.lower(sample.json());
        List<ImportReport.Line> lines = imported.report().lines();
        for (int i : reached(sample)) {
            for (Widgets.Expected expected : sample.specs().get(i).lines(StudioSample.name(i))) {
                assertTrue(lines.stream().anyMatch(l -> l.block().equals(expected.block())
                        && l.exit().contains(expected.exit())),
                    "no report line for " + expected + " in\n" + String.join("\n", lines.stream().map(Object::toString).toList())
                        + "\nof\n" + sample.json());
            }
        }
    }

    /** Each menu a call can reach has exactly the keys (or phrases) written, announced ones first, in their order. */
    @Property(tries = 300)
    void menusHaveExactlyTheKeysWritten(@ForAll("samples") StudioSample sample) {
        Tree tree = Studio.tree(Studio.lower(sample.json()));
        for (int i : reached(sample)) {
            String name = StudioSample.name(i);
            if (sample.specs().get(i) instanceof Menus.Keys keys && !keys.expectedKeys(sample).isEmpty()) {
                Node.Menu menu = assertInstanceOf(Node.Menu.class, tree.nodes().get(name), name);
                assertEquals(keys.expectedKeys(sample), Studio.keys(menu), name + " in\n" + sample.json());
                Map<String, Set<String>> twinsWanted = new HashMap<>();
                Map<String, Set<String>> twinsGot = new HashMap<>();
                for (Option option : menu.options()) {
                    int at = keys.keys().indexOf(option.key());
                    assertEquals(keys.hidden().get(at), option.hidden(), name + " key " + option.key());
                    if (keys.style().twins()) {
                        twinsWanted.computeIfAbsent(option.goTo(), g -> new HashSet<>())
                            .add(List.of("alpha", "bravo", "charlie", "delta", "echo").get(at));
                        twinsGot.computeIfAbsent(option.goTo(), g -> new HashSet<>()).add(option.phrase());
                    } else {
                        assertEquals(null, option.phrase(), name + " key " + option.key() + " has no spoken twin");
                    }
                }
                assertEquals(twinsWanted, twinsGot, name + ": each key joined with a spoken twin that leads where it "
                    + "leads (keys that share a destination may swap twins)");
            } else if (sample.specs().get(i) instanceof Menus.Speech speech) {
                Node.Menu menu = assertInstanceOf(Node.Menu.class, tree.nodes().get(name), name);
                assertEquals(speech.expectedPhrases(), Studio.phrases(menu), name + " in\n" + sample.json());
                assertTrue(Studio.keys(menu).isEmpty(), name + " has no keys");
            }
        }
    }

    /** Each queue that Send to Flex widgets a call can reach route to is one person. */
    @Property(tries = 200)
    void everyQueueIsOnePerson(@ForAll("samples") StudioSample sample) {
        Tree tree = Studio.tree(Studio.lower(sample.json()));
        Set<String> queues = new TreeSet<>();
        for (int i : reached(sample)) {
            if (sample.specs().get(i) instanceof Widgets.Flex flex) {
                queues.add("WW1 (queue " + flex.queue() + ")");
            }
        }
        Set<String> people = new TreeSet<>(tree.nodes().values().stream().filter(Node.Human.class::isInstance)
            .map(n -> ((Node.Human) n).queue()).toList());
        assertEquals(queues, people);
    }

    /** The widgets a call reaches from {@code w0}, going on as the lowering does. */
    static Set<Integer> reached(StudioSample sample) {
        Set<Integer> seen = new LinkedHashSet<>(List.of(0));
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            for (int next : sample.specs().get(queue.poll()).followed(sample)) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
