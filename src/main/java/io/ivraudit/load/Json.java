package io.ivraudit.load;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Lenient, read-only access to one JSON object of a flow export (read with positions by
 * snakeyaml): importers must survive blocks and shapes they have not seen, so a missing or
 * differently shaped value is simply absent. A null mapping behaves as an empty object.
 */
final class Json {
    private final MappingNode map;

    Json(MappingNode map) {
        this.map = map;
    }

    Optional<Node> get(String key) {
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

    boolean has(String key) {
        return get(key).isPresent();
    }

    /** A scalar value as text (numbers and booleans too); absent when missing or not a scalar. */
    Optional<String> text(String key) {
        return get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue())
            .filter(v -> !v.equals("null"));
    }

    Optional<MappingNode> mapping(String key) {
        return get(key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    Optional<SequenceNode> list(String key) {
        return get(key).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }
}
