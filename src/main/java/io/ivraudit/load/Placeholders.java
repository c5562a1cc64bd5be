package io.ivraudit.load;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Template placeholders ({@code {{flow_name}}}, as Terraform and CX as Code write them) in an
 * export that is no valid YAML until they are filled in ({@code {{prefix}}-Lambda:} as a key).
 * Masked, each character of a placeholder is moved into Unicode's private use area: the text
 * keeps its length, so lines and columns do not move, and a placeholder reads as one plain
 * scalar wherever it stands (a value, a key, inside a flow mapping, inside a quoted string).
 * Restored, every scalar of the composed document gets its placeholders back as written, so a
 * platform reads each as an opaque name. Cost: linear in the text, and in the nodes.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\r\\n]*}}");
    private static final char FIRST = '\uE000';
    private static final char LAST = '\uF8FF';

    private Placeholders() {}

    /**
     * The text with every placeholder masked; empty when there is none, or when the text already
     * holds characters of the private use area (a masked one could not be told from them).
     */
    static Optional<String> mask(String text) {
        if (!text.contains("{{") || text.chars().anyMatch(Placeholders::isMasked)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text);
        boolean masked = false;
        Matcher found = PLACEHOLDER.matcher(text);
        while (found.find()) {
            String placeholder = found.group();
            if (placeholder.chars().allMatch(c -> c <= LAST - FIRST)) {
                for (int i = 0; i < placeholder.length(); i++) {
                    out.setCharAt(found.start() + i, (char) (FIRST + placeholder.charAt(i)));
                }
                masked = true;
            }
        }
        return masked ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The document composed from masked text, with every scalar's placeholders as written. */
    static Node restore(Node root) {
        return restore(root, new IdentityHashMap<>());
    }

    private static Node restore(Node node, Map<Node, Node> done) {
        Node seen = done.get(node);
        if (seen != null) {
            return seen;
        }
        if (node instanceof ScalarNode scalar) {
            Node restored = scalar.getValue().chars().anyMatch(Placeholders::isMasked)
                ? new ScalarNode(scalar.getTag(), unmask(scalar.getValue()), scalar.getStartMark(), scalar.getEndMark(),
                    scalar.getScalarStyle())
                : scalar;
            done.put(node, restored);
            return restored;
        }
        done.put(node, node);
        if (node instanceof MappingNode map) {
            List<NodeTuple> tuples = map.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple tuple = tuples.get(i);
                tuples.set(i, new NodeTuple(restore(tuple.getKeyNode(), done), restore(tuple.getValueNode(), done)));
            }
        } else if (node instanceof SequenceNode list) {
            List<Node> items = list.getValue();
            for (int i = 0; i < items.size(); i++) {
                items.set(i, restore(items.get(i), done));
            }
        }
        return node;
    }

    private static String unmask(String value) {
        StringBuilder out = new StringBuilder(value);
        for (int i = 0; i < out.length(); i++) {
            if (isMasked(out.charAt(i))) {
                out.setCharAt(i, (char) (out.charAt(i) - FIRST));
            }
        }
        return out.toString();
    }

    private static boolean isMasked(int c) {
        return c >= FIRST && c <= LAST;
    }
}
