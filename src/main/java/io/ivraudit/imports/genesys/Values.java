package io.ivraudit.imports.genesys;

import io.ivraudit.imports.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Archy's typed values, unwrapped: {@code lit:} (a literal, or a named object {@code lit: {name:
 * Services}}), {@code exp:} (an expression, worked out at run time), {@code tts:} (words spoken
 * by text to speech), {@code noValue: true} (nothing). A template placeholder that snakeyaml read
 * as a flow mapping ({@code name: {{flow_name}}} is valid YAML: a mapping of a mapping) is read
 * back as the placeholder's text, an opaque name.
 */
final class Values {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The expression functions that only build audio from literals: a prompt of them is known words. */
    private static final Pattern AUDIO_ONLY = Pattern.compile(
        "(AudioPlaybackOptions|ToAudioTTS|ToAudioBlank|Append|true|false|\\d+|[\\s(),])*");

    private Values() {}

    /** A value as text: a scalar, or a placeholder read as a mapping; absent when missing, null or a structure. */
    static Optional<String> text(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.equals("null") && scalar.isPlain() || value.isEmpty() && scalar.isPlain()
                ? Optional.empty() : Optional.of(value);
        }
        return placeholder(node);
    }

    /** {@code {{x}}} as snakeyaml reads it: a mapping whose one key is a mapping whose one key is {@code x}. */
    private static Optional<String> placeholder(Node node) {
        if (node instanceof MappingNode outer && outer.getValue().size() == 1
                && outer.getValue().get(0).getKeyNode() instanceof MappingNode inner && inner.getValue().size() == 1
                && isNull(outer.getValue().get(0).getValueNode())) {
            NodeTuple only = inner.getValue().get(0);
            if (only.getKeyNode() instanceof ScalarNode name && isNull(only.getValueNode())) {
                return Optional.of("{{" + name.getValue() + "}}");
            }
        }
        return Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("null"));
    }

    /** The text under {@code key} of a mapping. */
    static Optional<String> text(JsonView view, String key) {
        return view.get(key).flatMap(Values::text);
    }

    /** The keys of a mapping, as text (a placeholder key such as {@code {{data_action_category}}:} too). */
    static List<String> keys(JsonView view) {
        List<String> keys = new ArrayList<>();
        if (view.present()) {
            for (NodeTuple tuple : view.map().getValue()) {
                text(tuple.getKeyNode()).ifPresent(keys::add);
            }
        }
        return keys;
    }

    /** The one key of a one-key mapping (an action, a menu choice), with its value. */
    record Keyed(String key, Node value) {}

    static Optional<Keyed> single(Node node) {
        if (node instanceof MappingNode map && map.getValue().size() == 1) {
            NodeTuple only = map.getValue().get(0);
            return text(only.getKeyNode()).map(key -> new Keyed(key, only.getValueNode()));
        }
        return Optional.empty();
    }

    /**
     * A typed value's meaning as a name: a literal ({@code lit: x}), a named literal ({@code lit:
     * {name: x}}), {@code FindQueue("x")} and its kin, or a placeholder; empty for an expression
     * worked out at run time and for {@code noValue}.
     */
    static Optional<String> name(Node node) {
        JsonView typed = JsonView.of(node);
        if (!typed.present()) {
            return text(node);
        }
        if (typed.has("lit")) {
            JsonView lit = typed.object("lit");
            return lit.present() ? text(lit, "name").or(() -> placeholder(typed.get("lit").orElseThrow()))
                : text(typed, "lit");
        }
        Optional<String> expression = text(typed, "exp");
        if (expression.isPresent()) {
            Matcher find = Pattern.compile("Find\\w*\\(\\s*\"([^\"]*)\"\\s*\\)").matcher(expression.get().trim());
            return find.matches() ? Optional.of(find.group(1)) : Optional.empty();
        }
        return text(typed, "name").or(() -> placeholder(node));
    }

    /** The expression of a typed value ({@code exp:}), if it is one. */
    static Optional<String> expression(Node node) {
        return text(JsonView.of(node), "exp");
    }

    /**
     * Audio as a caller hears it.
     *
     * @param words     the words spoken, as far as the export says them (TTS, or the string literals of an expression)
     * @param recording a recording (or audio built at run time) whose words the export does not hold
     * @param dynamic   built at run time from data, so what it says is not all known
     */
    record Audio(String words, boolean recording, boolean dynamic) {
        static final Audio NONE = new Audio(null, false, false);
    }

    /**
     * The audio of a prompt: {@code tts:} words; {@code exp:} words when it only builds audio from
     * string literals ({@code AudioPlaybackOptions(ToAudioTTS("Press 1 ..."), false)}), else audio
     * built at run time (its literals kept as the words known), and silence ({@code ToAudioBlank})
     * nothing; {@code lit:} or a prompt name, a recording; {@code noValue}, nothing.
     */
    static Audio audio(Node node) {
        JsonView typed = JsonView.of(node);
        if (!typed.present()) {
            return text(node).map(words -> new Audio(words, false, false)).orElse(Audio.NONE);
        }
        Optional<String> tts = typed.get("tts").flatMap(Values::text);
        if (tts.isPresent()) {
            return new Audio(tts.get(), false, false);
        }
        Optional<String> expression = text(typed, "exp");
        if (expression.isPresent()) {
            return fromExpression(expression.get());
        }
        if (typed.has("noValue") || typed.map().getValue().isEmpty()) {
            return Audio.NONE;
        }
        return new Audio(null, true, false);
    }

    private static Audio fromExpression(String expression) {
        List<String> literals = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(expression);
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (literal.find()) {
            literals.add(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            rest.append(expression, end, literal.start());
            end = literal.end();
        }
        rest.append(expression.substring(end));
        String words = literals.stream().filter(w -> !w.isBlank()).reduce((a, b) -> a + " " + b).orElse(null);
        boolean onlyLiterals = AUDIO_ONLY.matcher(rest).matches();
        if (words == null && onlyLiterals) {
            return Audio.NONE;
        }
        return new Audio(words, words == null, !onlyLiterals);
    }

    /**
     * A duration in seconds: {@code lit: {seconds: 10}}, {@code {ms: 1500}}, {@code {minutes: 1}};
     * empty for {@code noValue}, an expression, or anything else.
     */
    static Optional<Double> seconds(Node node) {
        JsonView lit = JsonView.of(node).object("lit");
        double total = 0;
        boolean found = false;
        for (String unit : List.of("hours", "minutes", "seconds", "ms")) {
            Optional<Double> amount = text(lit, unit).flatMap(Values::number);
            if (amount.isPresent()) {
                found = true;
                total += amount.get() * switch (unit) {
                    case "hours" -> 3600;
                    case "minutes" -> 60;
                    case "seconds" -> 1;
                    default -> 0.001;
                };
            }
        }
        return found ? Optional.of(total) : Optional.empty();
    }

    /** A whole number: {@code lit: 3}; empty for {@code noValue}, an expression, or anything else. */
    static Optional<Integer> count(Node node) {
        return text(JsonView.of(node), "lit").flatMap(Values::number).filter(n -> n == Math.rint(n) && Math.abs(n) < 1e6)
            .map(Double::intValue);
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
