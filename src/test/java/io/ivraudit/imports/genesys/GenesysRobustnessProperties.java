package io.ivraudit.imports.genesys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
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
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Flows with shapes nobody has seen, made of Archy's own words (flow types, actions, choices,
 * outputs, typed values, refs, keys) and of {@code {{...}}} placeholders dropped anywhere in the
 * text: reading one never throws, and gives flows (which lower to a tree that loads) or errors
 * with a line and a column.
 */
class GenesysRobustnessProperties {
    private static final List<String> ACTIONS = List.of("playAudio", "disconnect", "transferToAcd", "transferToUser",
        "transferToGroup", "transferToNumber", "transferToVoicemail", "transferToFlow", "transferToFlowSecure",
        "callCommonModule", "callTask", "jumpToMenu", "jumpToTask", "repeatMenu", "previousMenu", "decision", "switch",
        "collectInput", "callData", "dataTableLookup", "evaluateScheduleGroup", "evaluateSchedule", "loop", "loopNext",
        "loopExit", "updateData", "holdMusic", "playEstimatedWaitTime", "setParticipantData");
    private static final List<String> CHOICES = List.of("menuTask", "menuTransferToAcd", "menuDisconnect",
        "menuJumpToTask", "menuJumpToMenu", "menuRepeat", "menuPreviousMenu", "menuSubMenu", "menuTransferToNumber",
        "menuTransferToUser", "menuTransferToVoicemail", "menuTransferToFlow");
    private static final List<String> KEYS = List.of("name", "refId", "startUpRef", "initialGreeting", "menus", "tasks",
        "actions", "choices", "task", "menu", "audio", "dtmf", "globalDtmf", "globalSpeechRecTerms", "speechRecTerms",
        "en-us", "terms", "targetQueue", "targetMenuRef", "targetTaskRef", "targetFlow", "targetNumber", "targetUser",
        "commonModule", "destination", "queue", "outputs", "yes", "no", "success", "failure", "timeout", "open", "closed",
        "holiday", "emergency", "emergencyGroup", "loop", "loopCount", "evaluate", "firstTrue", "cases", "case",
        "default", "value", "condition", "inputAudio", "inputData", "var", "settingsMenu", "repeatCount",
        "menuSelectionTimeout", "defaultChildMenuRef", "lit", "exp", "tts", "noValue", "seconds", "ms", "variables",
        "initialValue", "startUpTaskActions", "settingsSpeechRec", "asrEnabledOnFlow");
    private static final List<String> WORDS = List.of("a", "Main", "m1", "t1", "digit_1", "digit_star", "digit_pound",
        "digit_x", "true", "false", "3", "0", "-1", "", " ", "/inboundCall/menus/menu[m1]", "./tasks/task[t1]",
        "./choices/menuTransferToAcd[c1]", "menu[", "Press 1 for sales. Press 2 for help.", "Flow.X", "Task.Queue",
        "ToAudioTTS(\"Press 1.\")", "FindQueue(\"Sales\")", "{{x}}", "{{ var }}", "\"{{q}}\"", "Sales", "+15551234567");
    private static final GenesysArchy GENESYS = new GenesysArchy();

    @Provide Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 500)
    void readingNeverThrowsAndGivesFlowsOrPositionedErrors(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(random.nextInt(8) == 0 ? "commonModule" : random.nextBoolean() ? "inboundCall" : "inqueueCall",
            random.nextInt(10) == 0 ? word(random) : flow(random));
        String yaml = dump(root);
        check(random.nextInt(3) == 0 ? mutated(yaml, random) : yaml);
    }

    @Property(tries = 300)
    void anyTextWithPlaceholdersNeverThrows(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        check(mutated(dump(Map.of("inboundCall", flow(random))), random));
    }

    private static void check(String text) {
        ExportDocument document = ExportDocument.read("shape.yaml", text);
        document.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        GENESYS.recognises(document);
        Platform.Parsed parsed = GENESYS.parse(document);
        assertTrue(parsed.flows().isEmpty() != parsed.errors().isEmpty(), "flows or errors, not both");
        parsed.errors().forEach(e -> assertTrue(e.at().line() >= 1 && e.at().column() >= 1, e.toString()));
        if (!parsed.flows().isEmpty()) {
            Imported imported = FlowImporter.lower(parsed.flows(), ImportOptions.DEFAULTS);
            assertTrue(imported.tree().isPresent());
        }
    }

    /** Placeholders, quotes and braces dropped into the text, and a line cut short. */
    private static String mutated(String yaml, Random random) {
        StringBuilder text = new StringBuilder(yaml);
        for (int i = random.nextInt(5); i >= 0; i--) {
            int at = random.nextInt(text.length() + 1);
            text.insert(at, List.of("{{x}}", "{{ y }}-z", "{{", "}}", "\"", "'", "{", "[", ": ", "\n  - ").get(random.nextInt(10)));
        }
        if (random.nextInt(4) == 0) {
            text.setLength(random.nextInt(text.length() + 1));
        }
        return text.toString();
    }

    private static String dump(Object root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(root);
    }

    private static Map<String, Object> flow(Random random) {
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("name", random.nextBoolean() ? "Flow" : "{{flow_name}}");
        int start = random.nextInt(10);
        flow.put("startUpRef", start < 5 ? "/inboundCall/menus/menu[m1]" : start < 9 ? "./tasks/task[t1]" : word(random));
        if (random.nextBoolean()) {
            flow.put("initialGreeting", typed(random));
        }
        List<Object> menus = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            menus.add(Map.of("menu", menu(random, 0, menus.isEmpty() ? "m1" : "m2")));
        }
        flow.put("menus", random.nextInt(30) == 0 ? word(random) : menus);
        List<Object> tasks = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            tasks.add(Map.of("task", Map.of("name", "T", "refId", tasks.isEmpty() ? "t1" : "t2", "actions",
                actions(random, 0))));
        }
        flow.put("tasks", tasks);
        if (random.nextInt(3) == 0) {
            flow.put("startUpTaskActions", actions(random, 0));
        }
        if (random.nextInt(4) == 0) {
            flow.put(KEYS.get(random.nextInt(KEYS.size())), value(random, 2));
        }
        return flow;
    }

    private static Map<String, Object> menu(Random random, int depth, String refId) {
        Map<String, Object> menu = new LinkedHashMap<>();
        menu.put("name", "Menu");
        menu.put("refId", refId);
        menu.put("audio", typed(random));
        List<Object> choices = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String kind = CHOICES.get(random.nextInt(CHOICES.size()));
            Map<String, Object> body = body(random, depth + 1);
            body.put("dtmf", word(random));
            if (kind.equals("menuTask")) {
                body.put("task", Map.of("actions", actions(random, depth + 1)));
            }
            if (kind.equals("menuSubMenu") && depth < 2) {
                body.putAll(menu(random, depth + 1, "m3"));
            }
            choices.add(random.nextInt(30) == 0 ? word(random) : Map.of(kind, body));
        }
        menu.put("choices", choices);
        if (random.nextInt(3) == 0) {
            menu.put("defaultChildMenuRef", word(random));
        }
        return menu;
    }

    private static List<Object> actions(Random random, int depth) {
        List<Object> actions = new ArrayList<>();
        for (int i = random.nextInt(depth > 2 ? 2 : 4); i > 0; i--) {
            actions.add(random.nextInt(30) == 0 ? word(random)
                : Map.of(ACTIONS.get(random.nextInt(ACTIONS.size())), body(random, depth + 1)));
        }
        return actions;
    }

    private static Map<String, Object> body(Random random, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", random.nextInt(4) == 0 ? word(random) : "Action");
        for (int i = random.nextInt(4); i > 0; i--) {
            body.put(KEYS.get(random.nextInt(KEYS.size())), random.nextBoolean() ? typed(random) : value(random, depth + 1));
        }
        if (depth < 4 && random.nextBoolean()) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            for (String output : List.of("yes", "no", "success", "failure", "closed", "loop")) {
                if (random.nextInt(3) == 0) {
                    outputs.put(output, Map.of("actions", actions(random, depth + 1)));
                }
            }
            body.put("outputs", outputs);
        }
        return body;
    }

    private static Object typed(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Map.of("lit", random.nextBoolean() ? word(random) : Map.of("name", word(random)));
            case 1 -> Map.of("exp", word(random));
            case 2 -> Map.of("tts", word(random));
            case 3 -> Map.of("noValue", true);
            default -> value(random, 3);
        };
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static Object value(Random random, int depth) {
        int kind = depth > 4 ? 0 : random.nextInt(3);
        if (kind == 0) {
            return word(random);
        }
        if (kind == 1) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
            }
            return map;
        }
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(value(random, depth + 1));
        }
        return list;
    }
}
