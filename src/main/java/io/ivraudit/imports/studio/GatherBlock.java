package io.ivraudit.imports.studio;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.studio.Routes.Kind;
import io.ivraudit.imports.studio.Routes.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Gather Input On Call widget as callers meet it. When its {@code keypress} (or
 * {@code speech}) leads, past silent widgets, to a split on its own {@code Digits} (or
 * {@code SpeechResult}), it is a menu: the split's conditions are its keys (or phrases), the
 * split's {@code noMatch} its wrong answer, its own {@code timeout} its silence. When callers
 * enter several digits ({@code number_of_digits} above 1, or a split on multi-digit values) or
 * the input is used elsewhere (a function, another prompt), it is data entry. An input that
 * leads to no split on the gather's own input is any answer of that kind (a wrong one, at a
 * menu); one Studio does not listen for is never taken. Every transition of the gather, of the
 * split and of the widgets between them is an exit. O(transitions).
 */
final class GatherBlock {
    private static final Set<String> INPUTS = Set.of("keypress", "speech", "timeout");

    private final Widget gather;
    private final Route keys;
    private final Route speech;

    GatherBlock(Widget gather, Routes routes) {
        this.gather = gather;
        this.keys = routes.of(gather, "keypress");
        this.speech = routes.of(gather, "speech");
    }

    /** Whether callers choose from options here (a menu), rather than enter data. */
    boolean menu() {
        int digits = digits();
        boolean entry = digits > 1
            || (digits == 0 && keys.kind() == Kind.OWN_SPLIT && Conditions.hasEntryOfDigits(keys.split()));
        boolean elsewhere = keys.kind() == Kind.ELSEWHERE || speech.kind() == Kind.ELSEWHERE;
        return !entry && (keys.choices() || speech.choices() || !elsewhere);
    }

    Block block() {
        return menu() ? asMenu() : asEntry();
    }

    private Block asMenu() {
        List<Exit> exits = new ArrayList<>();
        for (Route route : List.of(keys, speech)) {
            if (route.kind() == Kind.OWN_SPLIT) {
                choices(route, route == speech, exits);
            }
        }
        Route first = keys.choices() || !speech.choices() ? keys : speech;
        for (Route route : List.of(first, first == keys ? speech : keys)) {
            if (route.kind() == Kind.OWN_SPLIT) {
                Widget.Transition noMatch = route.split().transitionOrNone("noMatch");
                exits.add(Events.exit(Exit.Kind.NO_MATCH, "noMatch of " + route.split().name(), noMatch));
            }
        }
        anyInput(keys, "any key: keypress").ifPresent(exits::add);
        anyInput(speech, "any answer: speech").ifPresent(exits::add);
        exits.add(Events.exit(Exit.Kind.TIMEOUT, "timeout", gather.transitionOrNone("timeout")));
        for (Route route : List.of(keys, speech)) {
            if (route.kind() == Kind.OWN_SPLIT) {
                exits.addAll(passedOver(route));
            }
        }
        exits.addAll(rest());
        String prompt = gather.text("say").orElse(null);
        Step.Ask ask = new Step.Ask(prompt, prompt != null && prompt.contains("{{"),
            !keys.choices() && speech.choices(), seconds("timeout"));
        return new Block(gather.name(), gather.type(), ask, exits, gather.at());
    }

    /** The split's conditions as choices: a key per value (a phrase for speech), in the split's order. */
    private void choices(Route route, boolean spoken, List<Exit> exits) {
        String finish = gather.properties().text("finish_on_key").orElse("#");
        for (Widget.Transition match : route.split().transitions()) {
            if (!match.event().equals("match")) {
                continue;
            }
            if (match.conditions().isEmpty()) {
                exits.add(Events.exit(Exit.Kind.NEVER, "a match with no condition is never taken", match));
            }
            for (Widget.Condition condition : match.conditions()) {
                Optional<List<String>> values = Conditions.values(condition, spoken);
                if (values.isEmpty()) {
                    exits.add(choice(Exit.Kind.KEY, Conditions.described(condition) + " (matches no single "
                        + (spoken ? "phrase" : "key") + ")", match, condition));
                    continue;
                }
                for (String value : values.get()) {
                    if (spoken) {
                        exits.add(choice(Exit.Kind.PHRASE, Conditions.isPattern(condition, value)
                            ? value + " (a regular expression)" : value, match, condition));
                    } else if (!finish.isEmpty() && value.equals(finish)) {
                        exits.add(choice(Exit.Kind.NEVER, "key " + value + " (pressing " + value
                            + " ends the input; it cannot select an option)", match, condition));
                    } else {
                        exits.add(choice(Exit.Kind.KEY, value, match, condition));
                    }
                }
            }
        }
    }

    private static Exit choice(Exit.Kind kind, String value, Widget.Transition match, Widget.Condition condition) {
        return new Exit(kind, value, match.next(), Exit.Missing.ENDS_CALL, condition.at());
    }

    /** An input that leads to no split on this gather's own input: any answer of that kind goes there. */
    private static Optional<Exit> anyInput(Route route, String what) {
        Widget.Transition t = route.transition();
        return switch (route.kind()) {
            case OWN_SPLIT, UNHEARD -> Optional.empty();
            case UNCONNECTED -> Optional.of(Events.exit(Exit.Kind.NO_MATCH, what + " is not connected, so the call ends", t));
            case OTHER_SPLIT, ELSEWHERE -> Optional.of(Events.exit(Exit.Kind.NO_MATCH, what + " leads to '" + t.next()
                + "', not to a split on this widget's " + (t.event().equals("speech") ? "SpeechResult" : "Digits"), t));
        };
    }

    /** The other ways out of the widgets between the gather and its split, and of the split itself. */
    private static List<Exit> passedOver(Route route) {
        List<Exit> exits = new ArrayList<>();
        for (Widget widget : route.passed()) {
            Optional<Widget.Transition> followed = Events.success(widget);
            for (Widget.Transition t : widget.transitions()) {
                if (followed.filter(f -> f == t).isEmpty()) {
                    exits.add(Events.exit(Exit.Kind.ERROR, widget.name() + "." + t.event(), t));
                }
            }
        }
        Optional<Widget.Transition> noMatch = route.split().transition("noMatch");
        for (Widget.Transition t : route.split().transitions()) {
            if (!t.event().equals("match") && noMatch.filter(n -> n == t).isEmpty()) {
                exits.add(Events.exit(Exit.Kind.ERROR, route.split().name() + "." + t.event(), t));
            }
        }
        return exits;
    }

    private Block asEntry() {
        List<Exit> exits = new ArrayList<>();
        entered(keys, succeeds(speech)).ifPresent(exits::add);
        entered(speech, succeeds(keys)).ifPresent(exits::add);
        exits.add(Events.exit(Exit.Kind.TIMEOUT, "timeout", gather.transitionOrNone("timeout")));
        exits.addAll(rest());
        boolean byKeys = exits.stream().anyMatch(e -> e.kind() == Exit.Kind.SUCCESS && e.value().startsWith("keypress"));
        boolean bySpeech = exits.stream().anyMatch(e -> e.kind() == Exit.Kind.SUCCESS && e.value().startsWith("speech"));
        int digits = digits();
        String what = digits > 1 ? digits + " digits" : bySpeech && byKeys ? "digits or words"
            : bySpeech ? "a spoken answer" : digits == 1 ? "a key" : "digits";
        Step.Collect collect = new Step.Collect(gather.text("say").orElse(null), what);
        return new Block(gather.name(), gather.type(), collect, exits, gather.at());
    }

    /**
     * How entering data by one input ends: accepted (it goes on), or, when the other input is
     * the one that goes on, refused (a split with no condition) or ending the call (keys
     * connected to nothing).
     */
    private static Optional<Exit> entered(Route route, boolean otherSucceeds) {
        Widget.Transition t = route.transition();
        boolean spoken = t.event().equals("speech");
        if (route.kind() == Kind.UNHEARD) {
            return Optional.empty();
        }
        if (route.kind() == Kind.UNCONNECTED) {
            return Optional.of(otherSucceeds
                ? Events.exit(Exit.Kind.FAILURE, "any key: keypress is not connected, so the call ends", t)
                : Events.exit(Exit.Kind.SUCCESS, "keypress, connected to nothing", t));
        }
        if (otherSucceeds && !succeeds(route)) {
            return Optional.of(Events.exit(Exit.Kind.NO_MATCH, t.event() + ": the split '" + route.split().name()
                + "' has no condition, so every " + (spoken ? "answer" : "entry") + " is refused", t));
        }
        return Optional.of(Events.exit(Exit.Kind.SUCCESS, t.event(), t));
    }

    /** Whether an entry by this input can go on: it is connected, and not to a split that refuses everything. */
    private static boolean succeeds(Route route) {
        return route.kind() != Kind.UNCONNECTED && route.kind() != Kind.UNHEARD
            && !(route.kind() == Kind.OWN_SPLIT && !Conditions.hasMatch(route.split()));
    }

    /**
     * Inputs Studio does not listen for, as a kind of exit every lowering of a gather leaves out
     * (a case, which no menu or entry takes), the value saying why; and transitions on events a
     * gather does not have.
     */
    private List<Exit> rest() {
        List<Exit> exits = new ArrayList<>();
        for (Route route : List.of(keys, speech)) {
            if (route.kind() == Kind.UNHEARD) {
                boolean spoken = route == speech;
                String why = spoken && !route.transition().connected()
                    ? "speech is not connected, so Studio does not listen for speech"
                    : (spoken ? "speech" : "keypress") + ": the input is '" + gather.text("input").orElse("")
                        + "', so Studio does not listen for " + (spoken ? "speech" : "keys");
                exits.add(Events.exit(Exit.Kind.NEVER, why, route.transition()));
            }
        }
        for (Widget.Transition t : gather.transitions()) {
            boolean used = INPUTS.contains(t.event()) && gather.transition(t.event()).filter(u -> u == t).isPresent();
            if (!used) {
                exits.add(INPUTS.contains(t.event())
                    ? Events.exit(Exit.Kind.NEVER, t.event() + ": a second transition on the same event; the first one counts", t)
                    : Events.exit(Exit.Kind.ERROR, t.event(), t));
            }
        }
        return exits;
    }

    /** {@code number_of_digits}: how many keys end the input; 0 when not set (the finish key or the time-out do). */
    private int digits() {
        return gather.text("number_of_digits").map(GatherBlock::integer).orElse(0);
    }

    private Double seconds(String property) {
        try {
            return gather.text(property).map(s -> Double.parseDouble(s.trim())).filter(s -> s > 0 && s < 1e6).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
