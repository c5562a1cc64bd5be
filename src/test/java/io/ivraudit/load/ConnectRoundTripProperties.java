package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import io.ivraudit.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A tree exported to Connect's flow language by a test-side exporter imports back to the same menus, keys and destinations. */
class ConnectRoundTripProperties {
    /** A small flow: menus of 1 to 4 keys, messages, queues and disconnects, linked forward; some links pass a system block. */
    record Flow(String json, Map<String, Object> shape) {}

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void anExportedFlowImportsToTheSameMenusKeysAndDestinations(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(18);
        List<Map<String, Object>> actions = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, List<String>> targets = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = "n" + i;
            boolean last = i == size - 1;
            int kind = last ? 2 + random.nextInt(2) : random.nextInt(4);
            Map<String, Object> action = new java.util.LinkedHashMap<>();
            action.put("Identifier", id);
            if (kind == 0) {
                int count = 1 + random.nextInt(4);
                List<Object> conditions = new ArrayList<>();
                StringBuilder prompt = new StringBuilder("Main menu.");
                List<String> menuKeys = new ArrayList<>();
                List<String> menuTargets = new ArrayList<>();
                for (int k = 1; k <= count; k++) {
                    String to = "n" + (i + 1 + random.nextInt(size - i - 1));
                    String via = random.nextBoolean() ? to : systemBlock(actions, to);
                    prompt.append("\nPress ").append(k).append(" for choice ").append(k).append('.');
                    conditions.add(Json.object("NextAction", via, "Condition",
                        Json.object("Operator", "Equals", "Operands", List.of(String.valueOf(k)))));
                    menuKeys.add(String.valueOf(k));
                    menuTargets.add(to);
                }
                String invalid = "n" + (i + 1 + random.nextInt(size - i - 1));
                menuTargets.add(invalid);
                action.put("Type", "GetParticipantInput");
                action.put("Parameters", Json.object("Text", prompt.toString(), "InputTimeLimitSeconds", "5"));
                action.put("Transitions", Json.object("NextAction", invalid, "Conditions", conditions,
                    "Errors", List.of(Json.object("NextAction", invalid, "ErrorType", "NoMatchingCondition"))));
                types.put(id, "menu");
                keys.put(id, menuKeys);
                targets.put(id, menuTargets);
            } else if (kind == 1) {
                String to = "n" + (i + 1 + random.nextInt(size - i - 1));
                action.put("Type", "MessageParticipant");
                action.put("Parameters", Json.object("Text", "Message " + i + "."));
                action.put("Transitions", Json.object("NextAction", random.nextBoolean() ? to : systemBlock(actions, to)));
                types.put(id, "message");
                targets.put(id, List.of(to));
            } else if (kind == 2) {
                action.put("Type", "TransferContactToQueue");
                action.put("Transitions", Json.object());
                types.put(id, "human");
            } else {
                action.put("Type", "DisconnectParticipant");
                action.put("Transitions", Json.object());
                types.put(id, "hangup");
            }
            actions.add(action);
        }
        Path file = Files.createTempFile("flow", ".json");
        Files.writeString(file, Json.write(Json.object("Version", "2019-10-30", "StartAction", "n0", "Actions", actions)));
        FlowImport result = ConnectImporter.read(file, 0.7);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        Tree tree = result.tree().orElseThrow();
        assertSameShape("n0", tree.entry(), types, keys, targets, tree, new HashMap<>());
    }

    /** A block with no meaning for a caller that leads on to {@code to}; the importer must follow it through. */
    private static String systemBlock(List<Map<String, Object>> actions, String to) {
        String id = "attr-" + actions.size() + "-" + to;
        actions.add(Json.object("Identifier", id, "Type", "UpdateContactAttributes",
            "Parameters", Json.object("Attributes", Json.object("seen", "yes")), "Transitions", Json.object("NextAction", to)));
        return id;
    }

    private static void assertSameShape(String original, String imported, Map<String, String> types,
                                        Map<String, List<String>> keys, Map<String, List<String>> targets, Tree tree,
                                        Map<String, String> seen) {
        if (seen.containsKey(original)) {
            assertEquals(seen.get(original), imported, "one node of the flow is one node of the tree");
            return;
        }
        seen.put(original, imported);
        Node node = tree.nodes().get(imported);
        assertEquals(types.get(original), node.type(), original);
        if (node instanceof Node.Menu menu) {
            assertEquals(keys.get(original), menu.options().stream().map(Option::key).toList());
            assertTrue(menu.options().stream().noneMatch(Option::hidden), "the prompt announces every key");
            for (int k = 0; k < menu.options().size(); k++) {
                assertSameShape(targets.get(original).get(k), menu.options().get(k).goTo(), types, keys, targets, tree, seen);
            }
            List<String> t = targets.get(original);
            assertSameShape(t.get(t.size() - 1), menu.invalidTarget(), types, keys, targets, tree, seen);
        } else if (node instanceof Node.Message message) {
            assertSameShape(targets.get(original).get(0), message.next(), types, keys, targets, tree, seen);
        }
    }
}
