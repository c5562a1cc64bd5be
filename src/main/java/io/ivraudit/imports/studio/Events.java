package io.ivraudit.imports.studio;

import io.ivraudit.imports.Exit;
import java.util.Optional;
import java.util.Set;

/**
 * Studio's transition events read as ways on: a widget's success ({@code next},
 * {@code success}, {@code audioComplete}, {@code completed}, {@code return}, ...) goes on;
 * its failures ({@code fail}, {@code failed}, {@code failedToEnqueue}, {@code hangup},
 * {@code timeout}, ...) are errors of the system, not choices of the caller.
 */
final class Events {
    private static final Set<String> FAILURES = Set.of("fail", "failed", "failure", "error", "timeout", "noAnswer",
        "busy", "hangup", "deliveryFailure", "failedToEnqueue", "callFailure", "noAudio", "maxFailedAttempts",
        "providerError", "payInterrupted", "validationError", "cancel");

    private Events() {}

    /** How a transition of a widget with no meaning for callers is taken. */
    static Exit.Kind kind(String event) {
        return FAILURES.contains(event) ? Exit.Kind.ERROR : Exit.Kind.NEXT;
    }

    /** The widget's first transition on success. */
    static Optional<Widget.Transition> success(Widget widget) {
        return widget.transitions().stream().filter(t -> kind(t.event()) == Exit.Kind.NEXT).findFirst();
    }

    /** An exit for a transition, taken as its event says. */
    static Exit exit(Widget.Transition transition) {
        return exit(kind(transition.event()), transition.event(), transition);
    }

    /** An exit of a given kind and value for a transition: to its widget, or, connected to nothing, the call ends. */
    static Exit exit(Exit.Kind kind, String value, Widget.Transition transition) {
        return new Exit(kind, value, transition.next(), Exit.Missing.ENDS_CALL, transition.at());
    }
}
