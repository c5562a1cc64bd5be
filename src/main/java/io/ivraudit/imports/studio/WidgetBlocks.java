package io.ivraudit.imports.studio;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.model.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The widgets that are no gather: what each does for a caller, with every transition as an
 * exit. Say/Play plays; Send to Flex and Enqueue Call put the call in a queue (a person named
 * from the widget's workflow, queue and routing attributes); Connect Call To rings a person
 * (client, SIM, SIP) or forwards to a number; texts go out by SMS; Run Subflow moves to
 * another flow; a split compares data (or a caller's earlier input); the rest (Set Variables,
 * Run Function, Make HTTP Request, ...) mean nothing to callers and are followed on success.
 */
final class WidgetBlocks {
    private static final Set<String> PEOPLE = Set.of("client", "sim", "sip");
    private static final Pattern ROUTING = Pattern.compile("\"(queue|queue_name|queueName|targetQueue|skill|skills"
        + "|required_skill|requiredSkill|department|team|language)\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");

    private WidgetBlocks() {}

    /** The block of a widget that is neither a gather nor a split. */
    static Block of(Widget widget) {
        Step step = switch (widget.type()) {
            case "say-play" -> {
                Optional<String> words = widget.text("say");
                yield new Step.Play(words.orElse(null), words.isEmpty() && widget.text("play").isPresent());
            }
            case "send-to-flex" -> new Step.Person(queue(widget.text("workflow"), widget.text("attributes")));
            case "enqueue-call" -> new Step.Person(widget.text("queue_name")
                .orElseGet(() -> queue(widget.text("workflow_sid"), widget.text("task_attributes"))));
            case "connect-call-to" -> connect(widget);
            case "send-message" -> widget.transition("sent").filter(Widget.Transition::connected).isPresent()
                ? new Step.Pass() : sms(widget);
            case "send-and-wait-for-reply" -> sms(widget);
            case "run-subflow" -> new Step.Link(widget.text("flow_sid").orElse("an unnamed subflow"), true);
            default -> new Step.Pass();
        };
        List<Exit> exits = widget.type().equals("trigger") ? trigger(widget)
            : widget.transitions().stream().map(Events::exit).toList();
        return new Block(widget.name(), widget.type(), step, exits, widget.at());
    }

    /** A split on data, or on a caller's earlier input at a menu ({@code inputOf}): every condition value a case. */
    static Block split(Widget split, InputSource inputs, Set<String> menus, Set<String> widgets) {
        String reads = Routes.input(split);
        String inputOf = inputs.reads(reads).filter(menus::contains).orElse(null);
        Optional<String> empty = InputSource.alwaysEmpty(reads, split.name(), widgets);
        List<Exit> exits = new ArrayList<>();
        for (Widget.Transition t : split.transitions()) {
            switch (t.event()) {
                case "noMatch" -> exits.add(Events.exit(Exit.Kind.NO_MATCH, "noMatch", t));
                case "match" -> exits.addAll(cases(t, reads, empty));
                default -> exits.add(Events.exit(Exit.Kind.ERROR, t.event(), t));
            }
        }
        return new Block(split.name(), split.type(), new Step.Split(reads, inputOf), exits, split.at());
    }

    /**
     * A match transition's cases: one per value of each condition. When the input is always
     * empty, a case that cannot hold for nothing is never taken: it is listed as a
     * {@link Exit.Kind#NEVER} way, which the lowering reports and leaves out, and the value says why.
     */
    private static List<Exit> cases(Widget.Transition match, String reads, Optional<String> empty) {
        if (match.conditions().isEmpty()) {
            return List.of(Events.exit(Exit.Kind.NEVER, "a match with no condition is never taken", match));
        }
        List<Exit> cases = new ArrayList<>();
        for (Widget.Condition condition : match.conditions()) {
            for (String value : Conditions.values(condition, true).orElse(List.of(Conditions.described(condition)))) {
                boolean never = empty.isPresent() && !Conditions.matchesEmpty(condition);
                cases.add(new Exit(never ? Exit.Kind.NEVER : Exit.Kind.CASE, never ? "case '" + value
                    + "' is never taken: " + reads + " is always empty (" + empty.get() + ")" : value,
                    match.next(), Exit.Missing.ENDS_CALL, condition.at()));
            }
        }
        return cases;
    }

    /** The trigger: calls come in on {@code incomingCall}; its other events are not calls. */
    private static List<Exit> trigger(Widget widget) {
        List<Exit> exits = new ArrayList<>();
        for (Widget.Transition t : widget.transitions()) {
            exits.add(t.event().equals("incomingCall") ? Events.exit(Exit.Kind.NEXT, t.event(), t)
                : Events.exit(Exit.Kind.NEVER, t.event() + " (not a call)", t));
        }
        return exits;
    }

    private static Step connect(Widget widget) {
        String noun = widget.text("noun").orElse("number");
        Optional<String> to = widget.text("to");
        if (PEOPLE.contains(noun)) {
            return new Step.Person(noun + " " + to.orElse("set at run time"));
        }
        if (noun.equals("conference")) {
            return new Step.Forward("conference " + to.orElse("set at run time"), Channel.PHONE);
        }
        return new Step.Forward(to.orElse("a number set at run time"), Channel.PHONE);
    }

    /** A text to the caller's number, unless the widget says another: the documented default. */
    private static Step sms(Widget widget) {
        return new Step.Forward(widget.text("to").orElse("{{contact.channel.address}}"), Channel.SMS);
    }

    /**
     * A queue's name from a workflow and the task's routing attributes ({@code "queue"},
     * {@code "skill"}, {@code "department"}, {@code "language"}, ...); {@code null} when neither says.
     */
    private static String queue(Optional<String> workflow, Optional<String> attributes) {
        Optional<String> routing = attributes.map(ROUTING::matcher).filter(Matcher::find)
            .map(m -> m.group(1) + " " + m.group(2));
        if (workflow.isPresent() && routing.isPresent()) {
            return workflow.get() + " (" + routing.get() + ")";
        }
        return workflow.or(() -> routing).orElse(null);
    }
}
