package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a flow written by a round-trip test's exporter: each block's type, each menu's
 * keys, and where each option (then the invalid choice) and message leads. Imported trees are
 * checked against it by walking both from the entry together.
 */
final class FlowShape {
    final Map<String, String> types = new HashMap<>();
    final Map<String, List<String>> keys = new HashMap<>();
    final Map<String, List<String>> targets = new HashMap<>();

    /** Asserts the imported tree has this shape, block {@code first} being the tree's entry. */
    void assertImportedAs(Tree tree, String first) {
        walk(first, tree.entry(), tree, new HashMap<>());
    }

    private void walk(String original, String imported, Tree tree, Map<String, String> seen) {
        if (seen.containsKey(original)) {
            assertEquals(seen.get(original), imported, "one block of the flow is one node of the tree");
            return;
        }
        seen.put(original, imported);
        Node node = tree.nodes().get(imported);
        assertEquals(types.get(original), node.type(), original);
        if (node instanceof Node.Menu menu) {
            assertEquals(keys.get(original), menu.options().stream().map(Option::key).toList());
            assertTrue(menu.options().stream().noneMatch(Option::hidden), "the prompt announces every key");
            List<String> t = targets.get(original);
            for (int k = 0; k < menu.options().size(); k++) {
                walk(t.get(k), menu.options().get(k).goTo(), tree, seen);
            }
            walk(t.get(t.size() - 1), menu.invalidTarget(), tree, seen);
        } else if (node instanceof Node.Message message) {
            walk(targets.get(original).get(0), message.next(), tree, seen);
        }
    }
}
