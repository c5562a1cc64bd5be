package io.ivraudit.imports.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.report.Json;
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
import net.jqwik.api.statistics.Statistics;

/**
 * Exports nobody has seen, made of Studio's own words (widget types, events, properties,
 * Liquid inputs), nested at random, whole or cut short: the parser never throws; it gives flows
 * or errors with a line and a column, and flows always lower to a tree that loads.
 */
class StudioRobustnessProperties {
    private static final List<String> KEYS = List.of("description", "states", "initial_state", "flags", "definition",
        "friendly_name", "sid", "name", "type", "transitions", "event", "next", "properties", "conditions",
        "value", "arguments", "input", "say", "play", "number_of_digits", "finish_on_key", "timeout", "variables", "key",
        "noun", "to", "workflow", "attributes", "queue_name", "flow_sid");
    private static final List<String> WORDS = List.of("Trigger", "w1", "w2", "w3", "trigger", "gather-input-on-call",
        "split-based-on", "say-play", "set-variables", "run-function", "make-http-request", "send-to-flex",
        "enqueue-call", "connect-call-to", "run-subflow", "send-message", "send-and-wait-for-reply", "add-twiml-redirect",
        "incomingCall", "incomingMessage", "keypress", "speech", "timeout", "noMatch", "match", "success", "fail",
        "audioComplete", "next", "equal_to", "matches_any_of", "contains", "regex", "is_blank", "1", "2", "#", "12",
        "1,2", "", "Press 1 for sales.", "{{widgets.w1.Digits}}", "{{widgets.w2.SpeechResult | downcase}}",
        "{{flow.variables.x}}", "{{nothing}}", "client", "number", "sip", "conference", "0", "-3", "x");

    private static final List<String> TYPES = WORDS.subList(WORDS.indexOf("trigger"), WORDS.indexOf("incomingCall"));

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void theParserNeverThrowsAndAnswersWithFlowsOrPositions(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        Object root = random.nextInt(6) == 0 ? value(random, 0) : flow(random);
        String text = Json.write(root);
        if (random.nextInt(5) == 0) {
            text = text.substring(0, random.nextInt(text.length()));
        }
        ExportDocument document = ExportDocument.read("random.json", text);
        boolean recognised = Studio.PLATFORM.recognises(document);
        Platform.Parsed parsed = Studio.PLATFORM.parse(document);
        Statistics.collect(parsed.flows().isEmpty() ? "errors" : "flows");
        assertTrue(parsed.flows().isEmpty() != parsed.errors().isEmpty(), "flows or errors, not both: " + parsed);
        for (LoadError error : parsed.errors()) {
            assertTrue(error.at().line() >= 1 && error.at().column() >= 1, error.toString());
        }
        if (!parsed.flows().isEmpty()) {
            assertTrue(recognised, "a document that parses is recognised");
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
            assertTrue(imported.tree().isPresent(), imported.errors().toString());
            assertEquals(parsed.flows().get(0).blocks().size(), imported.report().blocksRead());
        }
    }

    /** A flow definition (or a REST resource holding one) whose states are random. */
    private static Object flow(Random random) {
        List<Object> states = new ArrayList<>();
        states.add(Json.object("name", "Trigger", "type", "trigger", "transitions", List.of(
            Json.object("event", "incomingCall", "next", random.nextInt(8) == 0 ? word(random) : "w0"))));
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            states.add(random.nextInt(10) == 0 ? value(random, 1) : state(random, i, size));
        }
        Map<String, Object> definition = Json.object("description", word(random), "states", states,
            "initial_state", random.nextInt(4) == 0 ? word(random) : "Trigger", "flags", Json.object());
        return random.nextBoolean() ? definition
            : Json.object("sid", "FW1", "friendly_name", word(random), "definition", definition);
    }

    private static Object state(Random random, int index, int size) {
        List<Object> transitions = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Map<String, Object> t = Json.object("event", word(random));
            if (random.nextInt(3) > 0) {
                t.put("next", random.nextInt(5) == 0 ? word(random) : "w" + random.nextInt(size));
            }
            if (random.nextBoolean()) {
                t.put("conditions", List.of(Json.object("type", word(random), "value", word(random),
                    "arguments", List.of(word(random)))));
            }
            transitions.add(t);
        }
        return Json.object("name", random.nextInt(10) == 0 ? word(random) : "w" + index,
            "type", random.nextInt(5) == 0 ? word(random) : TYPES.get(random.nextInt(TYPES.size())),
            "transitions", transitions, "properties", object(random, 2));
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        int kind = depth > 4 ? 0 : random.nextInt(5);
        return switch (kind) {
            case 0, 1 -> word(random);
            case 2 -> object(random, depth);
            case 3 -> random.nextInt(20) - 5;
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
