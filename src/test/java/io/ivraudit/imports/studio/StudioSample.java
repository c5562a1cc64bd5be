package io.ivraudit.imports.studio;

import io.ivraudit.report.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A small random Studio flow, as a test-side exporter writes it: widgets {@code w0} (where calls
 * start) to {@code wN}, each a menu (keys, through Set Variables, a Liquid filter or a function
 * to its split, with a spoken twin of each key or not), a speech menu, a data entry, a message,
 * a function, Send to Flex, a subflow, a forwarded call or a text. Transitions lead to any
 * widget, back or forth, or nowhere. Each widget also says what importing it must give: the
 * report lines of its transitions, and the widgets the lowering goes on to.
 */
record StudioSample(List<Widgets.Spec> specs) {
    /** The name of widget {@code i}. */
    static String name(int i) {
        return "w" + i;
    }

    /** The widget a raw target names: {@code null} (connected to nothing) when negative. */
    String target(int raw) {
        return raw < 0 ? null : name(raw % specs.size());
    }

    int index(int raw) {
        return raw % specs.size();
    }

    /** The export: a trigger whose incoming call goes to {@code w0}, then every widget. */
    String json() {
        List<Object> states = new ArrayList<>();
        states.add(Json.object("name", "Trigger", "type", "trigger", "properties", Json.object(),
            "transitions", List.of(Json.object("event", "incomingMessage"),
                Json.object("event", "incomingCall", "next", name(0)))));
        for (int i = 0; i < specs.size(); i++) {
            states.addAll(specs.get(i).states(name(i), this));
        }
        return Json.write(Json.object("description", "generated", "states", states, "initial_state", "Trigger",
            "flags", Json.object("allow_concurrent_calls", true)));
    }

    /** A widget with its transitions, written as Studio writes it. */
    static Map<String, Object> widget(String name, String type, Map<String, Object> properties, List<Object> transitions) {
        return Json.object("name", name, "type", type, "transitions", transitions, "properties", properties);
    }

    /** A transition to {@code next}, or connected to nothing when it is {@code null}. */
    static Map<String, Object> to(String event, String next) {
        return next == null ? Json.object("event", event) : Json.object("next", next, "event", event);
    }

    static Arbitrary<StudioSample> samples() {
        return Widgets.specs().list().ofMinSize(1).ofMaxSize(8).map(StudioSample::new);
    }

    /** Raw targets: negative is connected to nothing. */
    static Arbitrary<Integer> targets() {
        return Arbitraries.integers().between(-1, 9);
    }

    static Arbitrary<List<Integer>> fiveTargets() {
        return targets().list().ofSize(5);
    }
}
