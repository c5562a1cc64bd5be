package io.ivraudit.imports.genesys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a random menu structure as Archy YAML, the way Architect exports it, and says what each
 * menu must import to: per key and per speech term, where the call ends up, as a signature
 * ({@code person:Sales}, {@code menu:menu-2}, {@code hangup}, {@code say:Info 1>menu:menu-0}); where
 * a wrong key and silence go; and how many times the prompt plays. Choices are queues, jumps to
 * menus, hang-ups, repeats, tasks in a choice (words, then a jump, a hang-up, or the end of the
 * task) and jumps to reusable tasks; some keys and terms are global; some menus have a default choice.
 */
final class ArchyExporter {
    static final List<String> QUEUES = List.of("Sales", "Billing", "Support");
    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");

    private ArchyExporter() {}

    /**
     * One generated flow.
     *
     * @param yaml     the Archy YAML
     * @param keys     per menu node id, what each key leads to
     * @param phrases  per menu node id, what each speech term leads to
     * @param fallback per menu node id, where a wrong key and silence lead
     * @param tries    per menu block name, how many times its prompt plays
     */
    record Export(String yaml, Map<String, Map<String, String>> keys, Map<String, Map<String, String>> phrases,
                  Map<String, String> fallback, Map<String, Integer> tries) {}

    private record Choice(String kind, String key, List<String> terms, boolean global, boolean globalTerms,
                          String refId, String body, String signature) {}

    static Export export(long seed) {
        Random random = new Random(seed);
        int menus = 1 + random.nextInt(4);
        int tasks = random.nextInt(3);
        List<String> taskSignatures = new ArrayList<>();
        StringBuilder taskYaml = new StringBuilder();
        for (int t = 0; t < tasks; t++) {
            String queue = QUEUES.get(random.nextInt(QUEUES.size()));
            taskSignatures.add("say:Task words " + t + ">person:" + queue);
            taskYaml.append("    - task:\n        name: Task ").append(t).append("\n        refId: task_").append(t)
                .append("\n        actions:\n          - playAudio:\n              name: Task words ").append(t)
                .append("\n              audio:\n                tts: Task words ").append(t)
                .append("\n          - transferToAcd:\n              name: Task queue ").append(t)
                .append("\n              targetQueue:\n                lit:\n                  name: ").append(queue).append('\n');
        }
        List<List<Choice>> all = new ArrayList<>();
        int infos = 0;
        for (int m = 0; m < menus; m++) {
            List<String> keys = new ArrayList<>(KEYS);
            java.util.Collections.shuffle(keys, random);
            List<Choice> choices = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(5); c < n; c++) {
                List<String> terms = random.nextInt(3) == 0 ? List.of("word " + m + " " + c) : List.of();
                String key = terms.isEmpty() || random.nextBoolean() ? keys.get(c) : null;
                choices.add(choice(random, m, c, key, terms, menus, tasks, taskSignatures, infos++));
            }
            all.add(choices);
        }
        StringBuilder yaml = new StringBuilder("inboundCall:\n  name: Generated\n  startUpRef: /inboundCall/menus/menu[m0]\n"
            + "  initialGreeting:\n    tts: Welcome.\n  menus:\n");
        Map<String, Map<String, String>> keyTargets = new LinkedHashMap<>();
        Map<String, Map<String, String>> phraseTargets = new LinkedHashMap<>();
        Map<String, String> fallback = new LinkedHashMap<>();
        Map<String, Integer> tries = new LinkedHashMap<>();
        for (int m = 0; m < menus; m++) {
            List<Choice> choices = all.get(m);
            Integer repeats = random.nextBoolean() ? 1 + random.nextInt(4) : null;
            tries.put("Menu " + m, repeats == null ? 3 : repeats);
            Choice fallbackChoice = random.nextInt(3) == 0 ? choices.get(random.nextInt(choices.size())) : null;
            fallback.put("menu-" + m, fallbackChoice == null ? "hangup" : fallbackChoice.signature());
            yaml.append("    - menu:\n        name: Menu ").append(m).append("\n        refId: m").append(m)
                .append("\n        audio:\n          tts: ").append(prompt(choices, random)).append('\n');
            if (repeats != null) {
                yaml.append("        settingsMenu:\n          repeatCount:\n            lit: ").append(repeats).append('\n');
            }
            if (fallbackChoice != null) {
                yaml.append("        defaultChildMenuRef: ./choices/").append(fallbackChoice.kind()).append('[')
                    .append(fallbackChoice.refId()).append("]\n");
            }
            yaml.append("        choices:\n");
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, String> phrases = new LinkedHashMap<>();
            for (Choice choice : choices) {
                yaml.append(choice.body());
                if (choice.key() != null) {
                    keys.put(choice.key(), choice.signature());
                }
                choice.terms().forEach(term -> phrases.put(term, choice.signature()));
            }
            keyTargets.put("menu-" + m, keys);
            phraseTargets.put("menu-" + m, phrases);
        }
        for (int m = 0; m < menus; m++) {
            Map<String, String> keys = keyTargets.get("menu-" + m);
            Map<String, String> phrases = phraseTargets.get("menu-" + m);
            for (List<Choice> choices : all) {
                for (Choice choice : choices) {
                    if (choice.global() && choice.key() != null) {
                        keys.putIfAbsent(choice.key(), choice.signature());
                    }
                    if (choice.globalTerms()) {
                        choice.terms().forEach(t -> phrases.putIfAbsent(t, choice.signature()));
                    }
                }
            }
        }
        if (tasks > 0) {
            yaml.append("  tasks:\n").append(taskYaml);
        }
        return new Export(yaml.toString(), keyTargets, phraseTargets, fallback, tries);
    }

    /** Announces some of the keys ("For option 2, press 2."), never all of them. */
    private static String prompt(List<Choice> choices, Random random) {
        StringBuilder prompt = new StringBuilder("Main options.");
        for (Choice choice : choices) {
            if (choice.key() != null && random.nextBoolean()) {
                prompt.append(" For option ").append(choice.refId()).append(", press ").append(word(choice.key())).append('.');
            }
        }
        return prompt.toString();
    }

    private static String word(String key) {
        return key.equals("*") ? "star" : key.equals("#") ? "pound" : key;
    }

    private static String dtmf(String key) {
        return key.equals("*") ? "digit_star" : key.equals("#") ? "digit_pound" : "digit_" + key;
    }

    private static Choice choice(Random random, int menu, int index, String key, List<String> terms, int menus, int tasks,
                                 List<String> taskSignatures, int info) {
        String refId = "c" + menu + "_" + index;
        int kind = random.nextInt(tasks > 0 ? 6 : 5);
        // Global choices only lead to a queue or a hang-up, so that the graph the property expects
        // stays simple to state; jumps back through a menu are tested in GenesysActionsTest.
        boolean endsHere = kind == 0 || kind == 2;
        boolean global = key != null && endsHere && random.nextInt(3) == 0;
        boolean globalTerms = !terms.isEmpty() && endsHere && random.nextInt(3) == 0;
        StringBuilder head = new StringBuilder();
        head.append("            name: Choice ").append(refId).append("\n            refId: ").append(refId).append('\n');
        if (key != null) {
            head.append("            dtmf: ").append(dtmf(key)).append("\n            globalDtmf: ").append(global).append('\n');
        }
        if (!terms.isEmpty()) {
            head.append("            globalSpeechRecTerms: ").append(globalTerms)
                .append("\n            speechRecTerms:\n              en-us:\n                terms:\n");
            terms.forEach(t -> head.append("                  - ").append(t).append('\n'));
        }
        int target = random.nextInt(menus);
        String queue = QUEUES.get(random.nextInt(QUEUES.size()));
        return switch (kind) {
            case 0 -> new Choice("menuTransferToAcd", key, terms, global, globalTerms, refId, "        - menuTransferToAcd:\n"
                + head + "            targetQueue:\n              lit:\n                name: " + queue + "\n", "person:" + queue);
            case 1 -> new Choice("menuJumpToMenu", key, terms, global, globalTerms, refId, "        - menuJumpToMenu:\n" + head
                + "            targetMenuRef: /inboundCall/menus/menu[m" + target + "]\n", "menu:menu-" + target);
            case 2 -> new Choice("menuDisconnect", key, terms, global, globalTerms, refId, "        - menuDisconnect:\n" + head,
                "hangup");
            case 3 -> new Choice("menuRepeat", key, terms, global, globalTerms, refId, "        - menuRepeat:\n" + head,
                "menu:menu-" + menu);
            case 4 -> {
                int end = random.nextInt(3);
                String then = end == 0 ? "          - jumpToMenu:\n              name: Jump " + info
                    + "\n              targetMenuRef: ./menus/menu[m" + target + "]\n"
                    : end == 1 ? "          - disconnect:\n              name: Hang up " + info + "\n" : "";
                yield new Choice("menuTask", key, terms, global, globalTerms, refId, "        - menuTask:\n" + head
                    + "            task:\n              actions:\n                - playAudio:\n                    name: Info "
                    + info + "\n                    audio:\n                      tts: Info " + info + "\n"
                    + then.indent(6), "say:Info " + info + ">" + (end == 0 ? "menu:menu-" + target : "hangup"));
            }
            default -> {
                int task = random.nextInt(tasks);
                yield new Choice("menuJumpToTask", key, terms, global, globalTerms, refId, "        - menuJumpToTask:\n" + head
                    + "            targetTaskRef: /inboundCall/tasks/task[task_" + task + "]\n", taskSignatures.get(task));
            }
        };
    }

    /** The queues an export's choices use. */
    static Set<String> queues(Export export) {
        Set<String> queues = new LinkedHashSet<>();
        export.keys().values().forEach(m -> m.values().forEach(s -> addQueue(s, queues)));
        return queues;
    }

    private static void addQueue(String signature, Set<String> queues) {
        int at = signature.indexOf("person:");
        if (at >= 0) {
            queues.add(signature.substring(at + 7));
        }
    }
}
