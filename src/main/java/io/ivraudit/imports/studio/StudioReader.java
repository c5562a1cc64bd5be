package io.ivraudit.imports.studio;

import io.ivraudit.imports.JsonView;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Studio export into its widgets: the flow definition ({@code description},
 * {@code states}, {@code initial_state}, {@code flags}), or the REST API's Flow resource with
 * that definition under {@code definition} (and {@code friendly_name}, {@code sid}). Every
 * problem is an error at its line and column. O(size of the document).
 */
final class StudioReader {
    private final ExportDocument document;
    private final List<LoadError> errors = new ArrayList<>();

    private StudioReader(ExportDocument document) {
        this.document = document;
    }

    /**
     * What was read: the widgets by name in export order, the state calls start at, and every
     * name the flow goes by (friendly name, SID, description, file name).
     */
    record Definition(List<String> names, String initialState, Map<String, Widget> widgets) {
        Definition {
            names = List.copyOf(names);
            widgets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(widgets));
        }
    }

    /** The definition, or the problems that kept the document from being read. */
    record Read(Optional<Definition> definition, List<LoadError> errors) {}

    /** Whether a node is a flow definition: {@code states} as a list, and an {@code initial_state}. */
    static boolean isDefinition(Node node) {
        JsonView view = JsonView.of(node);
        return view.get("states").filter(SequenceNode.class::isInstance).isPresent() && view.has("initial_state");
    }

    /** The flow definition in a document, or the REST resource's {@code definition}; empty when neither. */
    static Optional<Node> definitionNode(Node root) {
        if (isDefinition(root)) {
            return Optional.of(root);
        }
        return JsonView.of(root).get("definition").filter(StudioReader::isDefinition);
    }

    static Read read(ExportDocument document) {
        return new StudioReader(document).read();
    }

    private Read read() {
        if (document.root().isEmpty()) {
            List<LoadError> problems = document.errors().isEmpty()
                ? List.of(new LoadError(SourcePosition.startOf(document.file()), "the file holds no JSON; expected a Twilio Studio flow export"))
                : document.errors();
            return new Read(Optional.empty(), problems);
        }
        Node root = document.root().get();
        Optional<Node> definition = definitionNode(root);
        if (definition.isEmpty()) {
            error(root, "found no 'states' list with an 'initial_state' (nor a 'definition' holding them); "
                + "expected a Twilio Studio flow export");
            return new Read(Optional.empty(), errors);
        }
        JsonView flow = JsonView.of(definition.get());
        Map<String, Widget> widgets = widgets(flow.list("states"));
        String initial = initialState(flow, widgets);
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), errors);
        }
        return new Read(Optional.of(new Definition(names(JsonView.of(root), flow), initial, widgets)), List.of());
    }

    private Map<String, Widget> widgets(List<Node> states) {
        Map<String, Widget> widgets = new LinkedHashMap<>();
        for (Node state : states) {
            JsonView view = JsonView.of(state);
            Optional<String> name = view.text("name").filter(n -> !n.isBlank());
            Optional<String> type = view.text("type").filter(t -> !t.isBlank());
            if (name.isEmpty() || type.isEmpty()) {
                error(state, "a state without a name or a type; expected each state to have both");
            } else if (widgets.containsKey(name.get())) {
                error(state, "a second state named '" + name.get() + "'; expected state names to be unique");
            } else {
                widgets.put(name.get(), new Widget(name.get(), type.get(), view.object("properties"),
                    transitions(view), document.position(state)));
            }
        }
        return widgets;
    }

    private List<Widget.Transition> transitions(JsonView state) {
        Optional<Node> list = state.get("transitions");
        if (list.isPresent() && !(list.get() instanceof SequenceNode)) {
            error(list.get(), "transitions that are not a list; expected a list of {event, next}");
            return List.of();
        }
        List<Widget.Transition> out = new ArrayList<>();
        for (Node item : state.list("transitions")) {
            JsonView transition = JsonView.of(item);
            Optional<String> event = transition.text("event").filter(e -> !e.isBlank());
            Optional<Node> next = transition.get("next");
            if (event.isEmpty()) {
                error(item, "a transition without an event; expected {event, next}");
            } else if (next.isPresent() && !(next.get() instanceof ScalarNode)) {
                error(next.get(), "a transition's next that is not a widget name; expected the name of a state");
            } else {
                String to = transition.text("next").filter(n -> !n.isBlank()).orElse(null);
                out.add(new Widget.Transition(event.get(), to, conditions(transition), document.position(item)));
            }
        }
        return out;
    }

    private List<Widget.Condition> conditions(JsonView transition) {
        List<Widget.Condition> out = new ArrayList<>();
        for (Node item : transition.list("conditions")) {
            JsonView condition = JsonView.of(item);
            String argument = condition.list("arguments").stream().filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue()).findFirst().orElse("");
            out.add(new Widget.Condition(condition.text("type").orElse(""), condition.text("value").orElse(""),
                argument, document.position(item)));
        }
        return out;
    }

    /** The state calls start at: {@code initial_state}, which must name a state. */
    private String initialState(JsonView flow, Map<String, Widget> widgets) {
        Node at = flow.get("initial_state").orElseThrow();
        String initial = flow.text("initial_state").orElse("");
        if (!widgets.containsKey(initial)) {
            error(at, "initial_state '" + initial + "' is not a state; expected the name of one of the "
                + widgets.size() + " states");
            return initial;
        }
        Widget first = widgets.get(initial);
        if (first.type().equals("trigger")) {
            Optional<Widget.Transition> call = first.transition("incomingCall");
            if (call.isEmpty()) {
                error(first, "the trigger '" + initial + "' has no incomingCall transition, so the flow answers no "
                    + "calls; expected an incomingCall transition to the first widget of the call");
            } else if (!call.get().connected()) {
                error(call.get().at(), "the trigger's incomingCall transition leads nowhere, so every call ends at "
                    + "once; expected it to name the first widget of the call");
            } else if (!widgets.containsKey(call.get().next())) {
                error(call.get().at(), "the trigger's incomingCall transition leads to '" + call.get().next()
                    + "', which is not a state; expected the name of one");
            }
        }
        return initial;
    }

    /** Every name the flow goes by, best first: friendly name, SID, description, file name. */
    private List<String> names(JsonView root, JsonView flow) {
        Set<String> names = new LinkedHashSet<>();
        boolean rest = root.map() != flow.map();
        if (rest) {
            root.text("friendly_name").filter(n -> !n.isBlank()).ifPresent(names::add);
            root.text("sid").filter(n -> !n.isBlank()).ifPresent(names::add);
        }
        flow.text("description").filter(n -> !n.isBlank()).ifPresent(names::add);
        names.add(fileStem(document.file()));
        return List.copyOf(names);
    }

    static String fileStem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "flow" : stem;
    }

    private void error(Node node, String message) {
        errors.add(new LoadError(document.position(node), message));
    }

    private void error(Widget widget, String message) {
        errors.add(new LoadError(widget.at(), message));
    }

    private void error(SourcePosition at, String message) {
        errors.add(new LoadError(at, message));
    }
}
