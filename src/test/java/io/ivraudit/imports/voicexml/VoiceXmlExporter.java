package io.ivraudit.imports.voicexml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a random phone tree as a VoiceXML document, and says what the import must find in it:
 * menus ({@code m0}, the entry, {@code m1}, ...) with keys (their own {@code dtmf}, or numbered
 * by {@code <menu dtmf="true">}), words on some choices, a document-level link key, counted
 * {@code <nomatch>} and {@code <noinput>} handlers; forms that transfer to an agent
 * ({@code p0}, ...; several may share an address) or say goodbye and hang up ({@code h0}, ...);
 * and now and then a choice to a dialog that does not exist.
 */
final class VoiceXmlExporter {
    /** A target that names no dialog: the call ends there. */
    static final String NOWHERE = "nowhere";
    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");

    /**
     * A generated document and the graph it holds.
     *
     * @param keys     per menu, each key and the dialog it leads to ({@link #NOWHERE} for none)
     * @param phrases  per menu, the words of its choices that have some
     * @param invalid  per menu, where a wrong key finally goes (the menu itself when it repeats for ever)
     * @param silence  per menu, where silence finally goes
     * @param tries    per menu, the tries the handlers' counts give (absent: taken at once or never)
     * @param people   per agent form, the address it transfers to
     */
    record Export(String xml, Map<String, Map<String, String>> keys, Map<String, Set<String>> phrases,
                  Map<String, String> invalid, Map<String, String> silence, Map<String, Integer> tries,
                  Map<String, String> people) {}

    private VoiceXmlExporter() {}

    static Export export(long seed) {
        Random random = new Random(seed);
        int menus = 1 + random.nextInt(4);
        int agents = random.nextInt(3);
        int goodbyes = 1 + random.nextInt(2);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < menus; i++) {
            targets.add("m" + i);
        }
        Map<String, String> people = new LinkedHashMap<>();
        for (int i = 0; i < agents; i++) {
            people.put("p" + i, "tel:+1555010" + random.nextInt(2));
            targets.add("p" + i);
        }
        for (int i = 0; i < goodbyes; i++) {
            targets.add("h" + i);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\">\n");
        String linkKey = random.nextBoolean() ? null : KEYS.get(random.nextInt(KEYS.size()));
        String linkTarget = targets.get(random.nextInt(targets.size()));
        if (linkKey != null) {
            xml.append("  <link dtmf=\"").append(linkKey).append("\" next=\"#").append(linkTarget).append("\"/>\n");
        }
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        Map<String, Set<String>> phrases = new LinkedHashMap<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        Map<String, String> silence = new LinkedHashMap<>();
        Map<String, Integer> tries = new LinkedHashMap<>();
        for (int m = 0; m < menus; m++) {
            String id = "m" + m;
            boolean numbered = random.nextInt(3) == 0;
            xml.append("  <menu id=\"").append(id).append("\"").append(numbered ? " dtmf=\"true\"" : "").append(">\n")
                .append("    <prompt>Menu ").append(id).append(".</prompt>\n");
            Map<String, String> menuKeys = new LinkedHashMap<>();
            Set<String> menuPhrases = new LinkedHashSet<>();
            List<String> free = new ArrayList<>(numbered ? List.of("0", "*", "#") : KEYS);
            int next = 1;
            for (int c = 1 + random.nextInt(5); c > 0 && !free.isEmpty(); c--) {
                String target = random.nextInt(12) == 0 ? NOWHERE : targets.get(random.nextInt(targets.size()));
                String key;
                String dtmf = "";
                if (numbered && (random.nextBoolean() || free.isEmpty())) {
                    key = String.valueOf(next++);
                } else {
                    key = free.remove(random.nextInt(free.size()));
                    dtmf = " dtmf=\"" + key + "\"";
                }
                String words = random.nextBoolean() ? "choice " + key.replace("*", "star").replace("#", "pound") + " of " + id : "";
                xml.append("    <choice").append(dtmf).append(" next=\"#").append(target).append("\">").append(words)
                    .append("</choice>\n");
                menuKeys.put(key, target);
                if (!words.isEmpty()) {
                    menuPhrases.add(words);
                }
            }
            if (linkKey != null && !menuKeys.containsKey(linkKey)) {
                menuKeys.put(linkKey, linkTarget);
            }
            Integer wrongTries = handlers(random, xml, "nomatch", targets, id, invalid);
            Integer silentTries = handlers(random, xml, "noinput", targets, id, silence);
            Integer least = wrongTries;
            if (least == null || silentTries != null && silentTries < least) {
                least = silentTries;
            }
            if (least != null && least > 1) {
                tries.put(id, least);
            }
            xml.append("  </menu>\n");
            keys.put(id, menuKeys);
            phrases.put(id, menuPhrases);
        }
        for (Map.Entry<String, String> person : people.entrySet()) {
            xml.append("  <form id=\"").append(person.getKey()).append("\"><transfer name=\"agent\" dest=\"")
                .append(person.getValue()).append("\"/></form>\n");
        }
        for (int i = 0; i < goodbyes; i++) {
            xml.append("  <form id=\"h").append(i).append("\"><block>Goodbye h").append(i).append(".<disconnect/></block></form>\n");
        }
        xml.append("</vxml>\n");
        return new Export(xml.toString(), keys, phrases, invalid, silence, tries, people);
    }

    /**
     * Handlers of one event: none (the default re-prompts), one that leads away at once, or one
     * that re-prompts followed by {@code count="2"} or {@code count="3"} that leads away. Returns
     * the count at which it leads away, null when it never does.
     */
    private static Integer handlers(Random random, StringBuilder xml, String event, List<String> targets, String menu,
                                    Map<String, String> where) {
        int shape = random.nextInt(4);
        String target = targets.get(random.nextInt(targets.size()));
        switch (shape) {
            case 1 -> {
                xml.append("    <").append(event).append("><goto next=\"#").append(target).append("\"/></").append(event).append(">\n");
                where.put(menu, target);
                return 1;
            }
            case 2 -> {
                int count = 2 + random.nextInt(2);
                xml.append("    <").append(event).append("><reprompt/></").append(event).append(">\n")
                    .append("    <").append(event).append(" count=\"").append(count).append("\"><goto next=\"#").append(target)
                    .append("\"/></").append(event).append(">\n");
                where.put(menu, target);
                return count;
            }
            case 3 -> {
                xml.append("    <catch event=\"").append(event).append("\"><reprompt/></catch>\n");
                where.put(menu, menu);
                return null;
            }
            default -> {
                where.put(menu, menu);
                return null;
            }
        }
    }
}
