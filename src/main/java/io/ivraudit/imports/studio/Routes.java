package io.ivraudit.imports.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Gather Input On Call widget's {@code keypress} or {@code speech} transition leads,
 * past widgets that mean nothing to a caller (Set Variables, Run Function, Make HTTP Request,
 * TwiML Redirect, followed by their success): to a split on this gather's own input (its
 * conditions are the menu's choices), to a split on something else, elsewhere, or nowhere.
 * O(widgets) per route.
 */
final class Routes {
    /** Widgets a call passes through on the way from a gather to its split without hearing anything. */
    static final Set<String> SILENT = Set.of("set-variables", "run-function", "make-http-request", "add-twiml-redirect");

    /** Where an input leads. */
    enum Kind {
        /**
         * Never taken: Studio does not listen for this input (speech that is not connected turns
         * speech recognition off; an {@code input} of only {@code dtmf} or {@code speech}).
         */
        UNHEARD,
        /** Connected to nothing. */
        UNCONNECTED,
        /** A split comparing this gather's own {@code Digits} or {@code SpeechResult}. */
        OWN_SPLIT,
        /** A split comparing anything else (another gather's input, data). */
        OTHER_SPLIT,
        /** A widget that is no split (a function using the input, another prompt). */
        ELSEWHERE
    }

    /**
     * One input's route.
     *
     * @param transition the gather's transition
     * @param passed     the silent widgets passed on the way to the split
     * @param split      the split reached, or {@code null}
     * @param kind       where it leads
     */
    record Route(Widget.Transition transition, List<Widget> passed, Widget split, Kind kind) {
        Route {
            passed = List.copyOf(passed);
        }

        /** Whether it reaches a split on the gather's own input that has a choice to make. */
        boolean choices() {
            return kind == Kind.OWN_SPLIT && Conditions.hasMatch(split);
        }
    }

    private final Map<String, Widget> widgets;
    private final InputSource inputs;

    Routes(Map<String, Widget> widgets, InputSource inputs) {
        this.widgets = widgets;
        this.inputs = inputs;
    }

    /** Where a gather's transition on {@code event} ({@code keypress} or {@code speech}) leads. */
    Route of(Widget gather, String event) {
        Widget.Transition transition = gather.transitionOrNone(event);
        if (!heard(gather, event)) {
            return new Route(transition, List.of(), null, Kind.UNHEARD);
        }
        if (!transition.connected()) {
            return new Route(transition, List.of(), null, Kind.UNCONNECTED);
        }
        List<Widget> passed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = transition.next();
        while (widgets.containsKey(at)) {
            Widget widget = widgets.get(at);
            if (widget.type().equals("split-based-on")) {
                boolean own = inputs.with(passed).reads(input(widget))
                    .filter(gather.name()::equals).isPresent();
                return new Route(transition, passed, widget, own ? Kind.OWN_SPLIT : Kind.OTHER_SPLIT);
            }
            Optional<Widget.Transition> on = SILENT.contains(widget.type()) ? Events.success(widget) : Optional.empty();
            if (on.isEmpty() || !on.get().connected() || !seen.add(widget.name())) {
                break;
            }
            passed.add(widget);
            at = on.get().next();
        }
        return new Route(transition, List.of(), null, Kind.ELSEWHERE);
    }

    /**
     * Whether Studio listens for an input at a gather: speech only when its transition is
     * connected (connecting it is what turns speech recognition on), and either only when an
     * {@code input} property, where there is one, names it ({@code dtmf}, {@code speech}).
     */
    static boolean heard(Widget gather, String event) {
        boolean speech = event.equals("speech");
        if (speech && !gather.transitionOrNone(event).connected()) {
            return false;
        }
        return gather.text("input").map(input -> input.contains(speech ? "speech" : "dtmf")).orElse(true);
    }

    /** What a split compares: its {@code input}, else the argument of its first condition. */
    static String input(Widget split) {
        return split.text("input").orElseGet(() -> split.transitions().stream()
            .flatMap(t -> t.conditions().stream()).map(Widget.Condition::argument)
            .filter(a -> !a.isBlank()).findFirst().orElse(""));
    }
}
