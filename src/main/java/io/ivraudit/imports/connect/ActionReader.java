package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import io.ivraudit.imports.connect.Action.Way;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code Actions} of a flow language document, each with its {@code Transitions}
 * ({@code NextAction}, {@code Conditions}, {@code Errors}), parameters and metadata. What keeps a
 * flow from being read (no {@code StartAction}, an action without {@code Identifier} and
 * {@code Type}, two actions with one identifier) is an error at its position. O(actions + transitions).
 */
final class ActionReader {
    private final JsonView flow;
    private final Function<Node, SourcePosition> position;
    private final List<LoadError> errors;

    private ActionReader(JsonView flow, Function<Node, SourcePosition> position, List<LoadError> errors) {
        this.flow = flow;
        this.position = position;
        this.errors = errors;
    }

    /** The flow's entry and its actions by identifier, in export order; or empty, with the errors added. */
    record Read(String entry, Map<String, Action> actions) {}

    static Optional<Read> read(JsonView flow, Function<Node, SourcePosition> position, List<LoadError> errors) {
        return new ActionReader(flow, position, errors).read();
    }

    private Optional<Read> read() {
        SourcePosition flowAt = position.apply(flow.map());
        Optional<String> start = flow.text("StartAction");
        if (start.isEmpty()) {
            errors.add(new LoadError(flowAt, "found no StartAction; expected the Identifier of the action calls start at"));
        }
        if (!(flow.get("Actions").orElse(null) instanceof SequenceNode)) {
            errors.add(new LoadError(flowAt, "Actions is not a list; expected a list of actions"));
            return Optional.empty();
        }
        JsonView metadata = flow.object("Metadata").object("ActionMetadata");
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Node item : flow.list("Actions")) {
            JsonView view = JsonView.of(item);
            Optional<String> id = view.text("Identifier");
            Optional<String> type = view.text("Type");
            if (id.isEmpty() || type.isEmpty()) {
                errors.add(new LoadError(position.apply(item),
                    "an action without Identifier and Type; expected each action to have both"));
            } else if (actions.containsKey(id.get())) {
                errors.add(new LoadError(position.apply(item),
                    "a second action with Identifier '" + id.get() + "'; expected identifiers to be unique"));
            } else {
                actions.put(id.get(), new Action(id.get(), type.get(), view.object("Parameters"),
                    ways(view.object("Transitions")), metadata.object(id.get()), position.apply(item)));
            }
        }
        if (start.isPresent() && !actions.containsKey(start.get())) {
            errors.add(new LoadError(flowAt, "StartAction '" + start.get() + "' is not an action; expected the Identifier of one"));
        }
        return errors.isEmpty() ? Optional.of(new Read(start.orElseThrow(), actions)) : Optional.empty();
    }

    /** Every transition in the order a reader meets them: conditions, errors, then NextAction. */
    private List<Way> ways(JsonView transitions) {
        List<Way> ways = new ArrayList<>();
        for (Node item : transitions.list("Conditions")) {
            JsonView c = JsonView.of(item);
            JsonView condition = c.object("Condition");
            ways.add(new Way(Way.Source.CONDITION, condition.text("Operator").orElse(""), operand(condition),
                target(c), position.apply(item)));
        }
        for (Node item : transitions.list("Errors")) {
            JsonView e = JsonView.of(item);
            ways.add(new Way(Way.Source.ERROR, "", e.text("ErrorType").filter(t -> !t.isBlank()).orElse("(no ErrorType)"),
                target(e), position.apply(item)));
        }
        transitions.get("NextAction").ifPresent(node -> ways.add(new Way(Way.Source.NEXT, "", "NextAction",
            target(transitions), position.apply(node))));
        return ways;
    }

    private static String operand(JsonView condition) {
        List<Node> operands = condition.list("Operands");
        if (operands.isEmpty()) {
            return "(no operand)";
        }
        return operands.get(0) instanceof ScalarNode s ? s.getValue() : "(a compound condition)";
    }

    /** The action a transition names; {@code null} when it names none (missing, null or empty). */
    private static String target(JsonView transition) {
        return transition.text("NextAction").filter(t -> !t.isBlank()).orElse(null);
    }
}
