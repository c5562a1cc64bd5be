package io.ivraudit.imports.connect;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Every transition of an action as a typed {@link Exit}, and the transitions its type has that the
 * export leaves out. What Connect does then is documented in the flow language reference
 * (docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html): an error the action
 * does not list goes the way of its {@code NoMatchingError} ("invoked when an error occurs and no
 * other Error matches"); a result no condition matches goes to {@code NoMatchingCondition}, else to
 * {@code NextAction} ("run after this Action, if no error or condition is preferentially chosen").
 * A transition connected to nothing runs no further action: the flow ends there, and an inbound flow
 * that ends disconnects the call (the End flow / Resume block "functions identically to the
 * Disconnect block" in an inbound flow, docs.aws.amazon.com/connect/latest/adminguide/end-flow-resume.html);
 * such an exit has no target and {@link Exit.Missing#ENDS_CALL}.
 */
final class Exits {
    static final String NO_MATCHING_CONDITION = "NoMatchingCondition";
    static final String NO_MATCHING_ERROR = "NoMatchingError";
    static final String TIMEOUT = "InputTimeLimitExceeded";

    private Exits() {}

    /**
     * How an action type's transitions read.
     *
     * @param conditions what a condition means (a key, a phrase, a case, open or closed)
     * @param documented the error types the action has, listed in the export or not
     * @param required   the condition operands the action always has (hours: True and False)
     * @param choosing   the action has a result its conditions compare
     * @param exhaustive its required conditions cover every result, so NextAction is never taken
     * @param next       what NextAction means for an action without a result to compare
     */
    record Shape(Function<Way, Exit.Kind> conditions, List<String> documented, List<String> required,
                 boolean choosing, boolean exhaustive, Exit.Kind next) {
        static Shape plain(List<String> documented) {
            return new Shape(w -> Exit.Kind.CASE, documented, List.of(), false, false, Exit.Kind.NEXT);
        }

        static Shape choosing(Exit.Kind conditions, List<String> documented) {
            return new Shape(w -> conditions, documented, List.of(), true, false, Exit.Kind.NEXT);
        }
    }

    /** The action's exits: conditions, then errors (no match first), then the ones the export leaves out, then NextAction. */
    static List<Exit> of(Action action, Shape shape) {
        List<Exit> out = new ArrayList<>();
        for (Way way : action.ways(Way.Source.CONDITION)) {
            Exit.Kind kind = shape.conditions().apply(way);
            out.add(Exit.to(kind, way.described(), way.target(), way.at()));
        }
        for (String operand : shape.required()) {
            if (action.ways(Way.Source.CONDITION).stream().noneMatch(w -> w.value().equals(operand))) {
                Way missing = new Way(Way.Source.CONDITION, "Equals", operand, null, action.at());
                out.add(Exit.to(shape.conditions().apply(missing), operand + " (not in the export)", null, action.at()));
            }
        }
        action.ways(Way.Source.ERROR).stream()
            .sorted(Comparator.comparing((Way w) -> !w.value().equals(NO_MATCHING_CONDITION)))
            .forEach(way -> out.add(Exit.to(errorKind(way.value()), way.value(), way.target(), way.at())));
        out.addAll(missing(action, shape, action.at()));
        action.next().ifPresent(way -> out.add(Exit.to(nextKind(action, shape, way, out), way.value(), way.target(), way.at())));
        return out;
    }

    /** The documented errors the export does not list, each going where Connect sends it then. */
    private static List<Exit> missing(Action action, Shape shape, SourcePosition at) {
        List<Exit> out = new ArrayList<>();
        String catchAll = action.error(NO_MATCHING_ERROR).map(Way::target).orElse(null);
        for (String type : shape.documented()) {
            if (action.error(type).isPresent() || type.equals(NO_MATCHING_CONDITION) && action.next().isPresent()) {
                continue;
            }
            boolean caught = !type.equals(NO_MATCHING_ERROR) && !type.equals(NO_MATCHING_CONDITION) && catchAll != null;
            out.add(Exit.to(errorKind(type), type + (caught ? " (not in the export: NoMatchingError's way)" : " (not in the export)"),
                caught ? catchAll : null, at));
        }
        return out;
    }

    /** What an error type means for a caller. */
    private static Exit.Kind errorKind(String type) {
        return switch (type) {
            case NO_MATCHING_CONDITION -> Exit.Kind.NO_MATCH;
            case TIMEOUT -> Exit.Kind.TIMEOUT;
            case "InvalidPhoneNumber" -> Exit.Kind.FAILURE;
            default -> Exit.Kind.ERROR;
        };
    }

    /**
     * NextAction of an action whose conditions compare a result: the no-match way when the export
     * lists no NoMatchingCondition; otherwise it is never taken, and is typed as the exit it
     * duplicates (the console writes it equal to one of them), so the report names it with that one;
     * never as a caller's choice, which it is not.
     */
    private static Exit.Kind nextKind(Action action, Shape shape, Way next, List<Exit> siblings) {
        if (!shape.choosing()) {
            return shape.next();
        }
        if (!shape.exhaustive() && action.error(NO_MATCHING_CONDITION).isEmpty()) {
            return Exit.Kind.NO_MATCH;
        }
        return siblings.stream().filter(e -> e.connected() && e.target().equals(next.target())).map(Exit::kind)
            .filter(k -> k != Exit.Kind.KEY && k != Exit.Kind.PHRASE)
            .min(Comparator.comparing(k -> k == Exit.Kind.NO_MATCH ? 0 : 1)).orElse(Exit.Kind.NEXT);
    }

    /** An exit with words added to its value, for the report: where it was written, or where it leads. */
    static Exit renamed(Exit exit, String words) {
        return new Exit(exit.kind(), exit.value() + words, exit.target(), exit.then(), exit.at());
    }
}
