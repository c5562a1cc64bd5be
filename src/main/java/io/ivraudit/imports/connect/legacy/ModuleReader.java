package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.JsonView;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code modules} of a legacy Connect export, each with its branches, parameters and
 * metadata. What keeps a flow from being read (no {@code start}, a module without {@code id} and
 * {@code type}, two modules with one id) is an error at its position; shapes nobody has seen
 * inside a module (a branch without a condition, a parameter that is an object) are read leniently.
 * O(modules + branches + parameters).
 */
final class ModuleReader {
    private final ExportDocument document;
    private final List<LoadError> errors;

    private ModuleReader(ExportDocument document, List<LoadError> errors) {
        this.document = document;
        this.errors = errors;
    }

    /**
     * A legacy flow as read.
     *
     * @param start   the id of the module calls start at
     * @param modules the modules, in file order
     * @param top     the file's top object ({@code type}, {@code metadata.name})
     */
    record Read(String start, List<Module> modules, JsonView top) {}

    /** The flow of a document, or empty with the reasons added to {@code errors}. */
    static Optional<Read> read(ExportDocument document, List<LoadError> errors) {
        return new ModuleReader(document, errors).read();
    }

    private Optional<Read> read() {
        errors.addAll(document.errors());
        if (document.root().isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new LoadError(SourcePosition.startOf(document.file()),
                    "the file holds nothing; expected an Amazon Connect legacy export"));
            }
            return Optional.empty();
        }
        Node root = document.root().get();
        if (!(root instanceof MappingNode)) {
            errors.add(new LoadError(document.position(root), "found " + describe(root)
                + "; expected an Amazon Connect legacy export (a JSON object with modules and start)"));
            return Optional.empty();
        }
        JsonView top = JsonView.of(root);
        SourcePosition at = document.position(root);
        if (!(top.get("modules").orElse(null) instanceof SequenceNode)) {
            errors.add(new LoadError(top.get("modules").map(document::position).orElse(at),
                "modules is not a list; expected the flow's modules as a list"));
            return Optional.empty();
        }
        Optional<String> start = top.text("start").map(String::trim).filter(s -> !s.isEmpty());
        if (start.isEmpty()) {
            errors.add(new LoadError(top.get("start").map(document::position).orElse(at),
                "found no start; expected the id of the module calls start at"));
        }
        List<Module> modules = modules(top.list("modules"));
        if (start.isPresent() && modules.stream().noneMatch(m -> m.id().equals(start.get()))) {
            errors.add(new LoadError(top.get("start").map(document::position).orElse(at),
                "start '" + start.get() + "' is not a module; expected the id of one"));
        }
        return errors.isEmpty() ? Optional.of(new Read(start.orElseThrow(), modules, top)) : Optional.empty();
    }

    private List<Module> modules(List<Node> items) {
        List<Module> modules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : items) {
            JsonView view = JsonView.of(item);
            Optional<String> id = view.text("id").map(String::trim).filter(s -> !s.isEmpty());
            Optional<String> type = view.text("type").map(String::trim).filter(s -> !s.isEmpty());
            if (id.isEmpty() || type.isEmpty()) {
                errors.add(new LoadError(document.position(item), "found " + (view.present() ? "a module without id and type"
                    : describe(item) + " among the modules") + "; expected each module to be an object with an id and a type"));
            } else if (!ids.add(id.get())) {
                errors.add(new LoadError(document.position(item),
                    "a second module with id '" + id.get() + "'; expected ids to be unique"));
            } else {
                modules.add(new Module(id.get(), type.get(), view.text("target").orElse(null), branches(view.list("branches")),
                    parameters(view.list("parameters")), view.object("metadata"), document.position(item)));
            }
        }
        return modules;
    }

    private List<Module.Branch> branches(List<Node> items) {
        List<Module.Branch> branches = new ArrayList<>();
        for (Node item : items) {
            JsonView b = JsonView.of(item);
            branches.add(new Module.Branch(b.text("condition").map(String::trim).orElse(""),
                b.text("conditionType").orElse(null), b.text("conditionValue").orElse(null),
                b.text("transition").map(String::trim).filter(t -> !t.isEmpty()).orElse(null), document.position(item)));
        }
        return branches;
    }

    private static List<Module.Parameter> parameters(List<Node> items) {
        List<Module.Parameter> parameters = new ArrayList<>();
        for (Node item : items) {
            JsonView p = JsonView.of(item);
            parameters.add(new Module.Parameter(p.text("name").orElse(""), p.text("value").orElse(null),
                p.text("namespace").orElse(null), p.text("key").orElse(null), p.text("resourceName").orElse(null)));
        }
        return parameters;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "an object";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            String text = s.getValue();
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
        }
        return "a value";
    }
}
