package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where the flow sits in a Connect export: the document itself (the flow language document), or
 * the JSON string DescribeContactFlow puts under {@code Content} or {@code ContactFlow.Content}.
 * Inside a {@code Content} string every block is placed at the string's own position in the file.
 */
final class FlowSource {
    private FlowSource() {}

    /**
     * The flow of an export.
     *
     * @param outer    the file's top object (DescribeContactFlow's, or the flow itself)
     * @param flow     the flow language document
     * @param position where a node of {@code flow} is in the file
     */
    record Located(JsonView outer, JsonView flow, Function<Node, SourcePosition> position) {}

    /** Whether a document has one of the two shapes: no tree file has these keys. */
    static boolean recognised(ExportDocument document) {
        JsonView outer = JsonView.of(document.root().orElse(null));
        if (outer.has("Actions") && (outer.has("StartAction") || outer.has("Version"))) {
            return true;
        }
        return content(outer).map(node -> node instanceof ScalarNode s
                ? s.getValue().contains("Actions") || s.getValue().contains("StartAction")
                : JsonView.of(node).has("Actions"))
            .orElse(false);
    }

    /** The flow of a document, or empty with the reasons added to {@code errors}. */
    static Optional<Located> locate(ExportDocument document, List<LoadError> errors) {
        errors.addAll(document.errors());
        if (document.root().isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new LoadError(SourcePosition.startOf(document.file()),
                    "the file holds nothing; expected an Amazon Connect flow"));
            }
            return Optional.empty();
        }
        Node root = document.root().get();
        if (!(root instanceof MappingNode)) {
            errors.add(new LoadError(document.position(root),
                "found " + describe(root) + "; expected an Amazon Connect flow (a JSON object)"));
            return Optional.empty();
        }
        JsonView outer = JsonView.of(root);
        if (outer.has("Actions")) {
            return Optional.of(new Located(outer, outer, document::position));
        }
        Optional<Node> content = content(outer);
        if (content.isEmpty()) {
            errors.add(new LoadError(document.position(root),
                "found no Actions, Content or ContactFlow.Content; expected an Amazon Connect flow export"));
            return Optional.empty();
        }
        if (content.get() instanceof MappingNode inline) {
            return Optional.of(new Located(outer, JsonView.of(inline), document::position));
        }
        if (!(content.get() instanceof ScalarNode text)) {
            errors.add(new LoadError(document.position(content.get()),
                "Content is " + describe(content.get()) + "; expected the flow as a JSON string"));
            return Optional.empty();
        }
        return inner(document, outer, text, errors);
    }

    private static Optional<Located> inner(ExportDocument document, JsonView outer, ScalarNode text,
                                           List<LoadError> errors) {
        SourcePosition at = document.position(text);
        ExportDocument inner = ExportDocument.read(document.file() + " (Content)", text.getValue());
        if (!inner.errors().isEmpty()) {
            errors.addAll(inner.errors());
            return Optional.empty();
        }
        JsonView flow = JsonView.of(inner.root().orElse(null));
        if (!flow.has("Actions")) {
            errors.add(new LoadError(at,
                "the Content string holds no flow (no Actions); expected an Amazon Connect flow in it"));
            return Optional.empty();
        }
        return Optional.of(new Located(outer, flow, node -> at));
    }

    private static Optional<Node> content(JsonView outer) {
        return outer.get("Content").or(() -> outer.object("ContactFlow").get("Content"));
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "an object";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a value";
    }
}
