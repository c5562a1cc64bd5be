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

/** A tree exported to a Studio flow by a test-side exporter imports back to the same menus, keys and destinations. */
class StudioRoundTripProperties {
    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 150)
    void anExportedFlowImportsToTheSameMenusKeysAndDestinations(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(15);
        List<Object> states = new ArrayList<>();
        FlowShape shape = new FlowShape();
        Map<String, String> types = shape.types;
        Map<String, List<String>> keys = shape.keys;
        Map<String, List<String>> targets = shape.targets;
        states.add(Json.object("name", "Trigger", "type", "trigger", "transitions",
            List.of(Json.object("event", "incomingCall", "next", "w0")), "properties", Json.object()));
        for (int i = 0; i < size; i++) {
            String name = "w" + i;
            int kind = i == size - 1 ? 2 + random.nextInt(2) : random.nextInt(4);
            if (kind == 0) {
                int count = 1 + random.nextInt(4);
                StringBuilder say = new StringBuilder("Welcome.");
                List<Object> matches = new ArrayList<>();
                List<String> menuKeys = new ArrayList<>();
                List<String> menuTargets = new ArrayList<>();
                for (int k = 1; k <= count; k++) {
                    String to = "w" + (i + 1 + random.nextInt(size - i - 1));
                    String via = random.nextBoolean() ? to : function(states, to);
                    say.append("\nPress ").append(k).append(" for choice ").append(k).append(',');
                    matches.add(Json.object("next", via, "event", "match", "conditions", List.of(Json.object(
                        "arguments", List.of("{{widgets." + name + ".Digits}}"), "type", "equal_to", "value", String.valueOf(k)))));
                    menuKeys.add(String.valueOf(k));
                    menuTargets.add(to);
                }
                String invalid = "w" + (i + 1 + random.nextInt(size - i - 1));
                matches.add(0, Json.object("next", invalid, "event", "noMatch"));
                menuTargets.add(invalid);
                states.add(Json.object("name", name, "type", "gather-input-on-call", "transitions",
                    List.of(Json.object("next", name + "_split", "event", "keypress"), Json.object("event", "speech"),
                        Json.object("next", name, "event", "timeout")),
                    "properties", Json.object("say", say.toString(), "number_of_digits", 1)));
                states.add(Json.object("name", name + "_split", "type", "split-based-on", "transitions", matches,
                    "properties", Json.object("input", "{{widgets." + name + ".Digits}}")));
                types.put(name, "menu");
                keys.put(name, menuKeys);
                targets.put(name, menuTargets);
            } else if (kind == 1) {
                String to = "w" + (i + 1 + random.nextInt(size - i - 1));
                states.add(Json.object("name", name, "type", "say-play", "transitions",
                    List.of(Json.object("next", random.nextBoolean() ? to : function(states, to), "event", "audioComplete")),
                    "properties", Json.object("say", "Message " + i + ".")));
                types.put(name, "message");
                targets.put(name, List.of(to));
            } else if (kind == 2) {
                states.add(Json.object("name", name, "type", "send-to-flex", "transitions",
                    List.of(Json.object("event", "callComplete")), "properties", Json.object("workflow", "WW1")));
                types.put(name, "human");
            } else {
                states.add(Json.object("name", name, "type", "say-play", "transitions",
                    List.of(Json.object("event", "audioComplete")), "properties", Json.object("say", "Goodbye.")));
                types.put(name, "hangup");
            }
        }
        Path file = Files.createTempFile("studio", ".json");
        Files.writeString(file, Json.write(Json.object("description", "generated", "states", states,
            "initial_state", "Trigger", "flags", Json.object("allow_concurrent_calls", true))));
        FlowImport result = StudioImporter.read(file);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        Tree tree = result.tree().orElseThrow();
        shape.assertImportedAs(tree, "w0");
    }

    /** A function widget on the way to {@code to}: its success is followed through, its failure ignored. */
    private static String function(List<Object> states, String to) {
        String name = "fn_" + states.size() + "_" + to;
        states.add(Json.object("name", name, "type", "run-function", "transitions",
            List.of(Json.object("next", to, "event", "success"), Json.object("next", "Trigger", "event", "fail")),
            "properties", Json.object("function_sid", "ZH1")));
        return name;
    }
}
