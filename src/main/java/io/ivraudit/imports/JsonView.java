package io.ivraudit.imports;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Lenient, read-only access to one object of a platform export (read with positions by
 * snakeyaml): importers must survive blocks and shapes they have not seen, so a missing or
 * differently shaped value is simply absent. A view of anything but a mapping is empty.
 */
public record JsonView(MappingNode map) {
    /** A view of {@code node}: empty unless it is a mapping. */
    public static JsonView of(Node node) {
        return new JsonView(node instanceof MappingNode m ? m : null);
    }

    /** The value under {@code key}. */
    public Optional<Node> get(String key) {
        if (map == null) {
            return Optional.empty();
        }
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** A scalar value as text (numbers and booleans too); absent when missing, null or not a scalar. */
    public Optional<String> text(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue())
            .filter(v -> !v.equals("null"));
    }

    /** The object under {@code key}; an empty view when there is none. */
    public JsonView object(String key) {
        return new JsonView(get(key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast).orElse(null));
    }

    /** The items of the list under {@code key}; empty when there is none. */
    public List<Node> list(String key) {
        return get(key).filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue()).orElse(List.of());
    }

    /** Whether this is a view of a mapping at all. */
    public boolean present() {
        return map != null;
    }
}
