package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.Tree;
import io.ivraudit.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void anExportedFlowImportsToTheSameMenusKeysAndDestinations(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(18);
        List<Map<String, Object>> actions = new ArrayList<>();
        FlowShape shape = new FlowShape();
        Map<String, String> types = shape.types;
        Map<String, List<String>> keys = shape.keys;
        Map<String, List<String>> targets = shape.targets;
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
        shape.assertImportedAs(tree, "n0");
    }

    /** A block with no meaning for a caller that leads on to {@code to}; the importer must follow it through. */
    private static String systemBlock(List<Map<String, Object>> actions, String to) {
        String id = "attr-" + actions.size() + "-" + to;
        actions.add(Json.object("Identifier", id, "Type", "UpdateContactAttributes",
            "Parameters", Json.object("Attributes", Json.object("seen", "yes")), "Transitions", Json.object("NextAction", to)));
        return id;
    }
}
