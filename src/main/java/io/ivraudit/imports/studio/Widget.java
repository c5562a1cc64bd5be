package io.ivraudit.imports.studio;

import io.ivraudit.imports.JsonView;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One widget of a Studio flow (a {@code state}): its name, its type word, its properties and
 * every transition it lists, where the export writes it.
 */
record Widget(String name, String type, JsonView properties, List<Transition> transitions, SourcePosition at) {
    Widget {
        transitions = List.copyOf(transitions);
    }

    /** The first transition on an event, if the export lists one. */
    Optional<Transition> transition(String event) {
        return transitions.stream().filter(t -> t.event().equals(event)).findFirst();
    }

    /** The transition on an event; one connected to nothing, at the widget, when the export lists none. */
    Transition transitionOrNone(String event) {
        return transition(event).orElseGet(() -> new Transition(event, null, List.of(), at));
    }

    /** A property as text, absent when missing or blank. */
    Optional<String> text(String property) {
        return properties.text(property).filter(v -> !v.isBlank());
    }

    /**
     * One way out of a widget: the event that takes it, and the widget it leads to ({@code null}:
     * connected to nothing, so Studio ends the execution and the call with it).
     */
    record Transition(String event, String next, List<Condition> conditions, SourcePosition at) {
        Transition {
            conditions = List.copyOf(conditions);
        }

        boolean connected() {
            return next != null;
        }
    }

    /**
     * One condition of a split's {@code match} transition: its type ({@code equal_to}, ...), its
     * value, and what it compares (its first argument, "" when it names none).
     */
    record Condition(String type, String value, String argument, SourcePosition at) {}
}
