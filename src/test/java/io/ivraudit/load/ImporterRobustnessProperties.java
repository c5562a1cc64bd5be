package io.ivraudit.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Importers meet exports with blocks and shapes nobody has seen: on random JSON made of both
 * platforms' words they never throw, and always give a tree that loads or errors with positions.
 */
class ImporterRobustnessProperties {
    private static final List<String> KEYS = List.of("Actions", "StartAction", "Identifier", "Type", "Parameters",
        "Transitions", "NextAction", "Conditions", "Errors", "Condition", "Operands", "Text", "Content", "ContactFlow",
        "states", "initial_state", "name", "type", "transitions", "event", "next", "properties", "say", "input",
        "conditions", "value", "noun", "to");
    private static final List<String> WORDS = List.of("a", "b", "c", "Trigger", "GetParticipantInput",
        "MessageParticipant", "TransferContactToQueue", "DisconnectParticipant", "Compare", "CheckHoursOfOperation",
        "ConnectParticipantWithLexBot", "TransferToFlow", "trigger", "gather-input-on-call", "split-based-on", "say-play",
        "send-to-flex", "connect-call-to", "run-function", "incomingCall", "keypress", "speech", "match", "noMatch",
        "timeout", "1", "2", "12", "Press 1 for a.", "{{widgets.a.Digits}}", "True", "False", "number", "client");

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void importersNeverThrowOnShapesTheyHaveNotSeen(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        Object root = random.nextInt(5) == 0 ? value(random, 0) : object(random, 0);
        Path file = Files.createTempFile("shape", ".json");
        Files.writeString(file, Json.write(root));
        for (FlowImport result : List.of(ConnectImporter.read(file, 0.7), StudioImporter.read(file))) {
            assertTrue(result.tree().isPresent() != !result.errors().isEmpty(), "a tree or errors, not both");
            result.errors().forEach(e -> assertTrue(e.at().line() >= 1, e.toString()));
            result.tree().ifPresent(t -> assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(t)).ok()));
        }
        assertTrue(TreeLoader.load(file).ok() || !TreeLoader.load(file).errors().isEmpty());
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(depth == 0 ? 6 : 4) + (depth == 0 ? 2 : 0);
        for (int i = 0; i < size; i++) {
            map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        int kind = depth > 4 ? 0 : random.nextInt(4);
        if (kind == 0) {
            return WORDS.get(random.nextInt(WORDS.size()));
        }
        if (kind == 1) {
            return object(random, depth);
        }
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            list.add(random.nextBoolean() ? object(random, depth + 1) : value(random, depth + 1));
        }
        return list;
    }
}
