package io.ivraudit.imports.freeswitch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A test-side exporter: writes random small IVR menu files the way FreeSWITCH reads them (one top
 * menu and sub-menus, each run from one key of a menu before it; keys to queues, extensions,
 * sub-menus, the top, back, out, hang-ups and prompts; exit sounds or none; limits given or
 * defaulted; {@code <include>} or {@code ivr.conf}), with what their import must give: for each
 * menu its node id, and for each key where it leads.
 */
final class FreeSwitchExporter {
    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");

    /** What a key does, as the tree must show it. */
    enum Kind { PERSON, HANDOFF, SUB, TOP, EXIT, HANGUP, PLAY, REPEAT, BACK }

    /** One key: what it does, and the queue, extension, words or sub-menu it names. */
    record Key(Kind kind, String detail) {}

    /**
     * One generated menu.
     *
     * @param parent    the menu that runs it as a sub-menu ({@code null} for the top menu)
     * @param exitSound the words of its exit-sound, or {@code null} when it has none
     * @param timeout   its time-out in seconds
     */
    record Menu(String name, String parent, Map<String, Key> keys, String exitSound, double timeout) {}

    /** A generated file and its menus, the top one first. */
    record Export(String xml, List<Menu> menus) {}

    private final Random random;

    private FreeSwitchExporter(long seed) {
        random = new Random(seed);
    }

    static Export export(long seed) {
        return new FreeSwitchExporter(seed).build();
    }

    private Export build() {
        int count = 1 + random.nextInt(4);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("m" + i);
        }
        List<Map<String, Key>> keys = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(new LinkedHashMap<>());
            parents.add(i == 0 ? null : names.get(random.nextInt(i)));
        }
        for (int i = 1; i < count; i++) {
            Map<String, Key> parentKeys = keys.get(names.indexOf(parents.get(i)));
            parentKeys.put(freeKey(parentKeys), new Key(Kind.SUB, names.get(i)));
        }
        List<Menu> menus = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Map<String, Key> own = keys.get(i);
            for (int k = random.nextInt(4) + (own.isEmpty() ? 1 : 0); k > 0 && own.size() < KEYS.size(); k--) {
                own.put(freeKey(own), key(i));
            }
            String exitSound = random.nextBoolean() ? "Goodbye from " + names.get(i) + "." : null;
            int timeoutMs = random.nextBoolean() ? 0 : 1000 * (1 + random.nextInt(20));
            menus.add(new Menu(names.get(i), parents.get(i), own, exitSound, timeoutMs == 0 ? 10 : timeoutMs / 1000.0));
            body.append(menuXml(names.get(i), own, exitSound, timeoutMs));
        }
        String xml = random.nextBoolean()
            ? "<?xml version=\"1.0\"?>\n<include>\n  <!-- generated -->\n" + body + "</include>\n"
            : "<configuration name=\"ivr.conf\" description=\"IVR menus\">\n <menus>\n"
                + "  <X-PRE-PROCESS cmd=\"include\" data=\"ivr_menus/*.xml\"/>\n" + body + " </menus>\n</configuration>\n";
        return new Export(xml, menus);
    }

    private Key key(int menu) {
        return switch (random.nextInt(8)) {
            case 0 -> new Key(Kind.PERSON, List.of("sales", "support", "billing").get(random.nextInt(3)));
            case 1 -> new Key(Kind.HANDOFF, String.valueOf(1000 + random.nextInt(20)));
            case 2 -> new Key(Kind.TOP, "");
            case 3 -> new Key(Kind.EXIT, "");
            case 4 -> new Key(Kind.HANGUP, "");
            case 5 -> new Key(Kind.PLAY, "Message " + random.nextInt(100) + " of menu " + menu + ".");
            case 6 -> new Key(Kind.REPEAT, "");
            default -> new Key(Kind.BACK, "");
        };
    }

    private String freeKey(Map<String, Key> taken) {
        List<String> free = new ArrayList<>(KEYS);
        free.removeAll(taken.keySet());
        Collections.shuffle(free, random);
        return free.get(0);
    }

    private String menuXml(String name, Map<String, Key> keys, String exitSound, int timeoutMs) {
        StringBuilder xml = new StringBuilder("  <menu name=\"" + name + "\"\n      greet-long=\""
            + (random.nextBoolean() ? "phrase:" + name + "_menu" : "say:This is " + name + ".") + "\"\n"
            + "      invalid-sound=\"ivr/ivr-that_was_an_invalid_entry.wav\"\n");
        if (exitSound != null) {
            xml.append("      exit-sound=\"say:").append(exitSound).append("\"\n");
        }
        if (timeoutMs > 0) {
            xml.append("      timeout=\"").append(timeoutMs).append("\"\n");
        }
        if (random.nextBoolean()) {
            xml.append("      max-failures=\"").append(1 + random.nextInt(4)).append("\"");
        }
        xml.append(">\n");
        for (Map.Entry<String, Key> entry : keys.entrySet()) {
            Key key = entry.getValue();
            String digits = " digits=\"" + entry.getKey() + "\"";
            xml.append("    <entry").append(switch (key.kind()) {
                case PERSON -> " action=\"menu-exec-app\"" + digits + " param=\"callcenter " + key.detail() + "@default\"";
                case HANDOFF -> " action=\"menu-exec-app\"" + digits + " param=\"transfer " + key.detail() + " XML default\"";
                case SUB -> " action=\"menu-sub\"" + digits + " param=\"" + key.detail() + "\"";
                case TOP -> " action=\"menu-top\"" + digits;
                case EXIT -> " action=\"menu-exit\"" + digits;
                case HANGUP -> " action=\"menu-exec-app\"" + digits + " param=\"hangup\"";
                case PLAY -> " action=\"menu-play-sound\"" + digits + " param=\"say:" + key.detail() + "\"";
                case REPEAT -> " action=\"menu-sub\"" + digits + " param=\"" + name + "\"";
                case BACK -> " action=\"menu-back\"" + digits;
            }).append("/>\n");
        }
        return xml.append("  </menu>\n").toString();
    }
}
