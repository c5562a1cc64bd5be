package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.JsonView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The parameters and metadata of a translated action, built as the node tree a flow language
 * export would have read into, so that the Connect importer reads them as it reads its own. The
 * nodes have no place in a file: positions are the module's and branches' own.
 */
final class Nodes {
    private Nodes() {}

    /** An object of texts, lists and objects ({@code null} values left out), as a view. */
    static JsonView object(Map<String, ?> values) {
        return JsonView.of(node(values));
    }

    private static Node node(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((key, item) -> {
                if (item != null) {
                    tuples.add(new NodeTuple(scalar(String.valueOf(key)), node(item)));
                }
            });
            return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            list.stream().filter(java.util.Objects::nonNull).forEach(item -> items.add(node(item)));
            return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
        }
        return scalar(String.valueOf(value));
    }

    private static ScalarNode scalar(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
