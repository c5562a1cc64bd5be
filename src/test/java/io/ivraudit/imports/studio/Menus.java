package io.ivraudit.imports.studio;

import static io.ivraudit.imports.studio.StudioSample.to;
import static io.ivraudit.imports.studio.StudioSample.widget;

import io.ivraudit.imports.studio.Widgets.Expected;
import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The menus of a {@link StudioSample}: a gather, its way to its split, and the split. */
final class Menus {
    private static final List<String> KEYS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");
    private static final List<String> TOPICS = List.of("sales", "billing", "support", "orders", "returns");
    private static final List<String> TWINS = List.of("alpha", "bravo", "charlie", "delta", "echo");
    private static final List<String> WORDS = List.of("agent", "balance", "hours", "address", "payments");

    private Menus() {}

    /** How a menu's keypress reaches its split, and what the split reads. */
    enum Way { DIRECT, FILTERED, VARIABLE, FUNCTION }

    /**
     * How a menu is written: the way to its split, {@code finish_on_key} ({@code null}: not
     * written, so {@code #}), a spoken twin of every key, keys to the same place in one
     * {@code matches_any_of}, {@code number_of_digits} written, and where the function between
     * gather and split goes when it fails.
     */
    record Style(Way way, String finish, boolean twins, boolean grouped, boolean digitsSet, int functionFails) {
        String finishKey() {
            return finish == null ? "#" : finish;
        }
    }

    static Arbitrary<Widgets.Spec> keys() {
        Arbitrary<Style> style = Combinators.combine(Arbitraries.of(Way.class), Arbitraries.of("written #", "#", "", "*"),
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false), StudioSample.targets())
            .as((way, finish, twins, grouped, digits, fails) -> new Style(way, finish.equals("written #") ? null : finish,
                twins, grouped, digits, fails));
        return Combinators.combine(Arbitraries.of(KEYS).list().uniqueElements().ofMinSize(1).ofMaxSize(5),
            StudioSample.fiveTargets(), Arbitraries.of(true, false).list().ofSize(5), Arbitraries.shuffle(0, 1, 2, 3, 4),
            StudioSample.targets(), StudioSample.targets(), style).as(Keys::new);
    }

    static Arbitrary<Widgets.Spec> speech() {
        return Combinators.combine(Arbitraries.of(WORDS).list().uniqueElements().ofMinSize(1).ofMaxSize(5),
            StudioSample.fiveTargets(), Arbitraries.of(true, false).list().ofSize(5), Arbitraries.shuffle(0, 1, 2, 3, 4),
            StudioSample.targets(), StudioSample.targets(), Arbitraries.of("equal_to", "contains")).as(Speech::new);
    }

    /** The positions of the announced choices, in the order the prompt announces them. */
    static List<Integer> announced(int count, List<Boolean> hidden, List<Integer> order) {
        return IntStream.range(0, count).filter(i -> !hidden.get(i)).boxed()
            .sorted(Comparator.comparing(order::get)).toList();
    }

    /**
     * A menu of keys: the gather, maybe a Set Variables or a Run Function on the way, the split,
     * and a split of the spoken twins. The prompt announces the keys not {@code hidden} in the
     * shuffled {@code order}.
     */
    record Keys(List<String> keys, List<Integer> targets, List<Boolean> hidden, List<Integer> order, int noMatch,
                int timeout, Style style) implements Widgets.Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            StringBuilder say = new StringBuilder("Welcome.");
            for (int i : announced(keys.size(), hidden, order)) {
                say.append("\nPress ").append(keys.get(i)).append(" for ").append(TOPICS.get(i)).append('.');
            }
            String split = name + "_split";
            String first = switch (style.way()) {
                case VARIABLE -> name + "_vars";
                case FUNCTION -> name + "_fn";
                default -> split;
            };
            Map<String, Object> properties = Json.object("say", say.toString(), "timeout", 5);
            if (style.digitsSet()) {
                properties.put("number_of_digits", 1);
            }
            if (style.finish() != null) {
                properties.put("finish_on_key", style.finish());
            }
            List<Object> states = new ArrayList<>();
            states.add(widget(name, "gather-input-on-call", properties, List.of(to("keypress", first),
                to("speech", style.twins() ? name + "_speech" : null), to("timeout", sample.target(timeout)))));
            String input = switch (style.way()) {
                case FILTERED -> "{{widgets." + name + ".Digits | strip}}";
                case VARIABLE -> "{{flow.variables." + name + "_choice}}";
                default -> "{{widgets." + name + ".Digits}}";
            };
            if (style.way() == Way.VARIABLE) {
                states.add(widget(first, "set-variables", Json.object("variables", List.of(Json.object(
                    "key", name + "_choice", "value", "{{widgets." + name + ".Digits}}"))), List.of(to("next", split))));
            } else if (style.way() == Way.FUNCTION) {
                states.add(widget(first, "run-function", Json.object("url", "https://example.com/log"),
                    List.of(to("success", split), to("fail", sample.target(style.functionFails())))));
            }
            states.add(split(split, input, keys, sample, noMatch));
            if (style.twins()) {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    words.add(valid(keys.get(i)) ? TWINS.get(i) : null);
                }
                states.add(split(name + "_speech", "{{widgets." + name + ".SpeechResult | downcase}}", words, sample, noMatch));
            }
            return states;
        }

        /** A split with one condition per choice, or one {@code matches_any_of} per place when grouped. */
        private Object split(String name, String input, List<String> values, StudioSample sample, int fallback) {
            Map<String, List<String>> byTarget = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    String key = style.grouped() ? String.valueOf(sample.target(targets.get(i))) : String.valueOf(i);
                    byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(values.get(i));
                }
            }
            List<Object> transitions = new ArrayList<>(List.of(to("noMatch", sample.target(fallback))));
            for (List<String> group : byTarget.values()) {
                String next = sample.target(targets.get(values.indexOf(group.get(0))));
                Map<String, Object> match = to("match", next);
                match.put("conditions", List.of(Json.object("friendly_name", "If value is " + group, "arguments",
                    List.of(input), "type", group.size() == 1 ? "equal_to" : "matches_any_of", "value", String.join(",", group))));
                transitions.add(match);
            }
            return widget(name, "split-based-on", Json.object("input", input), transitions);
        }

        boolean valid(String key) {
            return style.finishKey().isEmpty() || !key.equals(style.finishKey());
        }

        /** The keys of the split, in the split's order (grouping moves a key next to the first of its place). */
        List<String> splitOrder(StudioSample sample) {
            Map<String, List<String>> byTarget = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = style.grouped() ? String.valueOf(sample.target(targets.get(i))) : String.valueOf(i);
                byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(keys.get(i));
            }
            return byTarget.values().stream().flatMap(List::stream).toList();
        }

        /** The menu's keys as the tree must list them: the announced ones as announced, then the hidden ones. */
        List<String> expectedKeys(StudioSample sample) {
            List<String> out = new ArrayList<>(announced(keys.size(), hidden, order).stream().map(keys::get)
                .filter(this::valid).toList());
            splitOrder(sample).stream().filter(k -> valid(k) && hidden.get(keys.indexOf(k))).forEach(out::add);
            return out;
        }

        @Override public List<Expected> lines(String name) {
            List<Expected> out = new ArrayList<>();
            for (String key : keys) {
                out.add(new Expected(name, "key " + key + (valid(key) ? "" : " (pressing " + key + " ends the input")));
            }
            out.addAll(Widgets.expected(name, "noMatch of " + name + "_split", "timeout"));
            if (style.twins()) {
                IntStream.range(0, keys.size()).filter(i -> valid(keys.get(i)))
                    .forEach(i -> out.add(new Expected(name, "phrase '" + TWINS.get(i) + "'")));
                out.add(new Expected(name, "noMatch of " + name + "_speech"));
            } else {
                out.add(new Expected(name, "speech is not connected"));
            }
            if (style.way() == Way.FUNCTION) {
                out.add(new Expected(name, name + "_fn.fail"));
            }
            return out;
        }

        @Override public List<Integer> followed(StudioSample sample) {
            List<Integer> out = new ArrayList<>();
            if (keys.stream().noneMatch(this::valid)) {
                return Widgets.followed(sample, noMatch);
            }
            for (int i = 0; i < keys.size(); i++) {
                if (valid(keys.get(i))) {
                    out.addAll(Widgets.followed(sample, targets.get(i)));
                }
            }
            out.addAll(Widgets.followed(sample, noMatch, timeout));
            return out;
        }
    }

    /** A speech menu: phrases, and keys that end the call (the keypress is connected to nothing). */
    record Speech(List<String> phrases, List<Integer> targets, List<Boolean> hidden, List<Integer> order, int noMatch,
                  int timeout, String condition) implements Widgets.Spec {
        @Override public List<Object> states(String name, StudioSample sample) {
            StringBuilder say = new StringBuilder("Welcome.");
            for (int i : announced(phrases.size(), hidden, order)) {
                say.append("\nSay ").append(phrases.get(i)).append(" now.");
            }
            String input = "{{widgets." + name + ".SpeechResult}}";
            List<Object> transitions = new ArrayList<>(List.of(to("noMatch", sample.target(noMatch))));
            for (int i = 0; i < phrases.size(); i++) {
                Map<String, Object> match = to("match", sample.target(targets.get(i)));
                match.put("conditions", List.of(Json.object("arguments", List.of(input), "type", condition,
                    "value", phrases.get(i))));
                transitions.add(match);
            }
            return List.of(widget(name, "gather-input-on-call", Json.object("say", say.toString()), List.of(
                    to("keypress", null), to("speech", name + "_split"), to("timeout", sample.target(timeout)))),
                widget(name + "_split", "split-based-on", Json.object("input", input), transitions));
        }

        List<String> expectedPhrases() {
            List<String> out = new ArrayList<>(announced(phrases.size(), hidden, order).stream().map(phrases::get).toList());
            IntStream.range(0, phrases.size()).filter(hidden::get).forEach(i -> out.add(phrases.get(i)));
            return out;
        }

        @Override public List<Expected> lines(String name) {
            List<Expected> out = new ArrayList<>(phrases.stream().map(p -> new Expected(name, "phrase '" + p + "'")).toList());
            out.addAll(Widgets.expected(name, "noMatch of " + name + "_split", "any key: keypress is not connected", "timeout"));
            return out;
        }

        @Override public List<Integer> followed(StudioSample sample) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < phrases.size(); i++) {
                out.addAll(Widgets.followed(sample, targets.get(i)));
            }
            out.addAll(Widgets.followed(sample, noMatch, timeout));
            return out;
        }
    }
}
