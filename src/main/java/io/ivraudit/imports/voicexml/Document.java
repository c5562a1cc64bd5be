package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Xml.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One VoiceXML document as the importer needs it: its dialogs in document order (the first is
 * where a call starts), by id; the variables it sets once to a literal and never assigns again
 * (so that {@code expr="'#' + application.next"} can be read); and the names its conditions
 * mention (the field values worth following through {@code <filled>}). O(elements).
 *
 * @param file      the file as named in messages
 * @param name      the file's own name (no folder): what other documents link to
 * @param root      the {@code <vxml>} element
 * @param dialogs   the {@code <menu>} and {@code <form>} children, in order
 * @param byId      the same, by id
 * @param constants variables set once to a literal value
 * @param mentioned identifiers that appear in a {@code cond}
 */
record Document(String file, String name, Element root, List<Dialog> dialogs, Map<String, Dialog> byId,
                Map<String, String> constants, Set<String> mentioned) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** A dialog: a {@code <menu>} or a {@code <form>}, with its id (generated when it has none). */
    record Dialog(Element element, String id, boolean menu) {}

    static Document of(String file, Element root) {
        List<Dialog> dialogs = new ArrayList<>();
        Map<String, Dialog> byId = new HashMap<>();
        for (Element child : root.children()) {
            if (child.name().equals("menu") || child.name().equals("form")) {
                String id = child.attribute("id").map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(child.name() + "-" + (dialogs.size() + 1));
                String unique = id;
                for (int n = 2; byId.containsKey(unique); n++) {
                    unique = id + "'" + n;
                }
                Dialog dialog = new Dialog(child, unique, child.name().equals("menu"));
                dialogs.add(dialog);
                byId.put(unique, dialog);
            }
        }
        Map<String, Integer> declared = new HashMap<>();
        Set<String> assigned = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        walk(root, declared, assigned, mentioned);
        Map<String, String> constants = new LinkedHashMap<>();
        for (Element var : root.children("var")) {
            String name = var.attribute("name").orElse("");
            Optional<String> value = var.attribute("expr").flatMap(e -> Expressions.fold(e, Map.of()));
            if (value.isPresent() && declared.getOrDefault(name, 0) == 1 && !assigned.contains(name)) {
                constants.put(name, value.get());
            }
        }
        return new Document(file, baseName(file), root, List.copyOf(dialogs), Map.copyOf(byId), constants, mentioned);
    }

    /** The dialog with this id. */
    Optional<Dialog> dialog(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static void walk(Element e, Map<String, Integer> declared, Set<String> assigned, Set<String> mentioned) {
        if (e.name().equals("var")) {
            e.attribute("name").ifPresent(n -> declared.merge(n, 1, Integer::sum));
        } else if (e.name().equals("assign")) {
            e.attribute("name").ifPresent(n -> assigned.add(n.replaceFirst("^(application|document)\\.", "")));
        }
        e.attribute("cond").ifPresent(cond -> {
            Matcher m = IDENTIFIER.matcher(cond.replaceAll("'[^']*'|\"[^\"]*\"", " "));
            while (m.find()) {
                mentioned.add(m.group());
            }
        });
        for (Element child : e.children()) {
            walk(child, declared, assigned, mentioned);
        }
    }

    private static String baseName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? file : name;
    }
}
