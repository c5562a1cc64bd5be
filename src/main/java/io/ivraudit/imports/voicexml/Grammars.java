package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Xml.Element;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a field, a choice or a link accepts: its {@code <option>}s (a key, the words, the value
 * the field gets), a builtin type ({@code boolean}: 1 is yes, 2 is no; {@code digits} of one
 * digit: the keys 0 to 9), or an inline SRGS grammar that is one list of items. A grammar in
 * another file, a builtin of several digits or a grammar with sequences and repeats cannot be
 * listed: the field is then data entry (DTMF) or a speech question (voice), and {@link Accepts#what}
 * says why. O(grammar size).
 */
final class Grammars {
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern DTMF_WORD = Pattern.compile("dtmf-(\\d|star|pound|hash)");
    private static final List<String> DATA_TYPES = List.of("digits", "number", "currency", "date", "phone", "time");

    private Grammars() {}

    /** One answer a caller can give: the key pressed and the words said (either may be null), and the value it gives. */
    record Answer(String key, String phrase, String value, SourcePosition at) {}

    /**
     * What an input accepts.
     *
     * @param answers the answers, when they can be listed (and those that can, when not all can)
     * @param listed  every answer is in {@code answers}
     * @param voice   callers may speak (else only keys are accepted)
     * @param what    what callers enter when the answers cannot be listed ("digits (builtin:dtmf/digits?length=4)")
     */
    record Accepts(List<Answer> answers, boolean listed, boolean voice, String what) {}

    /** A field's {@code <option>}s, {@code type} and {@code <grammar>}s. */
    static Accepts field(Element field) {
        List<Answer> answers = new ArrayList<>();
        for (Element option : field.children("option")) {
            String words = option.allText();
            String key = option.attribute("dtmf").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            String value = option.attribute("value").orElse(words.isEmpty() && key != null ? key : words);
            answers.add(new Answer(key, words.isEmpty() ? null : words, value, option.at()));
        }
        boolean listed = true;
        boolean voice = !answers.isEmpty() && answers.stream().anyMatch(a -> a.phrase() != null);
        String what = null;
        Optional<String> type = field.attribute("type").map(String::strip).filter(s -> !s.isEmpty());
        if (type.isPresent()) {
            Accepts builtin = builtin(type.get(), field.at());
            answers.addAll(builtin.answers());
            listed &= builtin.listed();
            voice |= builtin.voice();
            what = builtin.what();
        }
        for (Element grammar : field.children("grammar")) {
            Accepts accepts = grammar(grammar);
            answers.addAll(accepts.answers());
            voice |= accepts.voice();
            if (!accepts.listed()) {
                listed = false;
                what = accepts.what();
            }
        }
        if (answers.isEmpty() && listed) {
            return new Accepts(List.of(), false, false, "input no grammar of the field describes");
        }
        return new Accepts(List.copyOf(answers), listed, voice, what);
    }

    /** One {@code <grammar>}: by {@code src} (a builtin, or a file that cannot be read here) or inline. */
    static Accepts grammar(Element grammar) {
        boolean dtmf = grammar.attribute("mode").map(m -> m.strip().equalsIgnoreCase("dtmf")).orElse(false);
        Optional<String> src = grammar.attribute("src").or(() -> grammar.attribute("srcexpr")).map(String::strip);
        if (src.isPresent()) {
            if (src.get().startsWith("builtin:")) {
                String spec = src.get().substring("builtin:".length());
                boolean keys = spec.startsWith("dtmf/");
                Accepts builtin = builtin(spec.replaceFirst("^(dtmf|voice|grammar)/", ""), grammar.at());
                return keys ? new Accepts(builtin.answers().stream().map(a -> new Answer(a.key(), null, a.value(), a.at()))
                    .toList(), builtin.listed(), false, builtin.what()) : builtin;
            }
            return new Accepts(List.of(), false, !dtmf, (dtmf ? "keys" : "words") + " the grammar '" + src.get()
                + "' accepts, which is not read here");
        }
        Optional<List<String>> items = items(grammar);
        if (items.isEmpty()) {
            String type = grammar.attribute("type").orElse("inline");
            return new Accepts(List.of(), false, !dtmf, (dtmf ? "keys" : "words") + " an inline " + type
                + " grammar accepts, which is not one list of items");
        }
        List<Answer> answers = new ArrayList<>();
        for (String item : items.get()) {
            String[] parts = item.split("\u0000", -1);
            Matcher dtmfWord = DTMF_WORD.matcher(parts[0].toLowerCase(Locale.ROOT));
            if (dtmf || dtmfWord.matches()) {
                String key = dtmfWord.matches() ? keyOf(dtmfWord.group(1)) : parts[0].replaceAll("\\s+", "");
                answers.add(new Answer(key, null, parts[1].isEmpty() ? key : parts[1], grammar.at()));
            } else {
                answers.add(new Answer(null, parts[0], parts[1].isEmpty() ? parts[0] : parts[1], grammar.at()));
            }
        }
        return new Accepts(List.copyOf(answers), true, !dtmf, null);
    }

    /**
     * A phrase for a grammar that cannot be listed, for a choice or link that must not be
     * dropped: the alternatives of a one-line grammar ({@code operator | agent}), else the name
     * of its file ({@code operator.grxml}: operator).
     */
    static List<String> phrasesGuessed(Element grammar) {
        Optional<String> src = grammar.attribute("src").map(String::strip).filter(s -> !s.isEmpty());
        if (src.isPresent()) {
            String file = src.get().replaceFirst("[?#].*$", "");
            String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "").replaceAll("[_\\-]+", " ");
            return name.isBlank() ? List.of() : List.of(name.strip());
        }
        String text = grammar.allText().replaceAll("#ABNF[^;]*;|(language|mode|root|tag-format)\\s[^;]*;|\\$\\w+\\s*=", " ")
            .replaceAll("[\\[\\]();{}<>$]", " ");
        List<String> out = new ArrayList<>();
        for (String alternative : text.split("\\|")) {
            String words = alternative.replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /** The builtin types (VoiceXML 2.0 appendix P): boolean and one digit can be listed, the others cannot. */
    private static Accepts builtin(String spec, SourcePosition at) {
        String type = spec.replaceFirst("\\?.*$", "").strip().toLowerCase(Locale.ROOT);
        String parameters = spec.contains("?") ? spec.substring(spec.indexOf('?') + 1) : "";
        if (type.equals("boolean")) {
            return new Accepts(List.of(new Answer("1", "yes", "true", at), new Answer("2", "no", "false", at)), true, true, null);
        }
        if (type.equals("digits") && parameters.matches("(.*;)?(length|maxlength)=1(;.*)?")) {
            List<Answer> digits = new ArrayList<>();
            for (int d = 1; d <= 10; d++) {
                String key = String.valueOf(d % 10);
                digits.add(new Answer(key, null, key, at));
            }
            return new Accepts(List.copyOf(digits), true, false, null);
        }
        if (DATA_TYPES.contains(type)) {
            return new Accepts(List.of(), false, true, "a " + type + (parameters.isEmpty() ? "" : " (" + parameters + ")"));
        }
        return new Accepts(List.of(), false, true, "the builtin type '" + spec + "', which is not read here");
    }

    /**
     * The items of an SRGS grammar that is one list ({@code <one-of>} of plain {@code <item>}s, or
     * one rule of plain words), each as "text\0value", the value from a {@code <tag>} holding one
     * literal or one word; empty when the grammar is anything else.
     */
    private static Optional<List<String>> items(Element grammar) {
        List<Element> rules = grammar.children("rule");
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        String root = grammar.attribute("root").orElse("");
        Element rule = rules.stream().filter(r -> r.attribute("id").orElse("").equals(root)).findFirst().orElse(rules.get(0));
        List<Element> inner = rule.children().stream()
            .filter(c -> !c.name().equals("tag") && !c.name().equals("example")).toList();
        if (inner.isEmpty()) {
            return rule.text().isBlank() ? Optional.empty() : Optional.of(List.of(rule.text().strip() + "\u0000" + tag(rule)));
        }
        Element list = inner.get(0);
        while (inner.size() == 1 && list.name().equals("item") && list.children("one-of").size() == 1 && list.text().isBlank()) {
            list = list.child("one-of").orElseThrow();
        }
        if (inner.size() != 1 || !list.name().equals("one-of") || !rule.text().isBlank()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Element item : list.children()) {
            boolean plain = item.name().equals("item") && item.attribute("repeat").isEmpty()
                && item.children().stream().allMatch(c -> c.name().equals("tag")) && !item.text().isBlank();
            if (!plain) {
                return Optional.empty();
            }
            out.add(item.text().replaceAll("\\s+", " ").strip() + "\u0000" + tag(item));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static String tag(Element e) {
        Optional<Element> tag = e.child("tag");
        if (tag.isEmpty()) {
            return "";
        }
        String text = tag.get().text().strip();
        Matcher literal = LITERAL.matcher(text);
        if (literal.find()) {
            String value = literal.group(1) != null ? literal.group(1) : literal.group(2);
            return literal.find() ? "" : value;
        }
        return text.matches("[\\w.\\-]+") ? text : "";
    }

    private static String keyOf(String word) {
        return switch (word) {
            case "star" -> "*";
            case "pound", "hash" -> "#";
            default -> word;
        };
    }
}
