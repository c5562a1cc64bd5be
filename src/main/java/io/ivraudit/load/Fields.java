package io.ivraudit.load;

import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Strict, typed access to one YAML mapping. Unknown keys (with a "did you mean"), duplicate
 * keys, missing required keys and wrong types are recorded as {@link LoadError}s in a shared
 * list; a getter whose value is missing or wrong returns empty, so reading goes on and every
 * problem of a file is reported in one run.
 */
final class Fields {
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private final Problems problems;
    private final String context;
    private final Node mapping;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Fields(Problems problems, String context, Node mapping) {
        this.problems = problems;
        this.context = context;
        this.mapping = mapping;
    }

    /**
     * The mapping {@code node}, checked against the keys it may have (any key when
     * {@code allowed} is empty, as in maps of ids). {@code context} starts every message
     * ("node 'main'"); an empty context means the top level of the file.
     */
    static Optional<Fields> of(Problems problems, String context, Node node, Set<String> allowed,
                               Set<String> required) {
        if (!(node instanceof MappingNode map)) {
            problems.add(node, prefix(context) + "found " + describe(node) + "; expected a mapping"
                + (allowed.isEmpty() ? "" : " with keys " + String.join(", ", sorted(allowed))));
            return Optional.empty();
        }
        Fields fields = new Fields(problems, context, node);
        for (NodeTuple tuple : map.getValue()) {
            Optional<String> key = problems.text(tuple.getKeyNode(), prefix(context) + "key");
            if (key.isEmpty()) {
                continue;
            }
            String name = key.get();
            if (fields.entries.containsKey(name)) {
                SourcePosition first = problems.position(fields.entries.get(name).getKeyNode());
                problems.add(tuple.getKeyNode(), prefix(context) + "duplicate key '" + name
                    + "' (first at line " + first.line() + "); expected each key once");
            } else if (!allowed.contains(name) && !allowed.isEmpty()) {
                problems.add(tuple.getKeyNode(), prefix(context) + "unknown key '" + name + "'"
                    + Spelling.suggestion(name, allowed) + commaHint(map, name) + "; expected one of "
                    + String.join(", ", sorted(allowed)));
            } else {
                fields.entries.put(name, tuple);
            }
        }
        for (String name : sorted(required)) {
            if (!fields.entries.containsKey(name)) {
                problems.add(node, prefix(context) + "missing key '" + name + "'; expected it here");
            }
        }
        return Optional.of(fields);
    }

    /** Words taken for a key in a { } mapping are most often text cut short by a comma. */
    private static String commaHint(MappingNode map, String key) {
        return map.getFlowStyle() == DumperOptions.FlowStyle.FLOW && key.contains(" ")
            ? " (a comma inside { } ends a value: put text that has commas in quotes)" : "";
    }

    /** The mapping's own position. */
    SourcePosition at() {
        return problems.position(mapping);
    }

    /** The position of a key's value, or of the mapping when the key is absent. */
    SourcePosition at(String key) {
        return value(key).map(problems::position).orElseGet(this::at);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The entries in file order, as (key node, value node). */
    List<NodeTuple> entries() {
        return List.copyOf(entries.values());
    }

    /** A text value: any scalar (prompts like {@code No} stay words), never a list or mapping. */
    Optional<String> text(String key) {
        return value(key).flatMap(v -> problems.text(v, field(key)));
    }

    /** A finite number within [min, max]. */
    Optional<Double> number(String key, double min, double max) {
        return value(key).flatMap(v -> problems.number(v, field(key), min, max));
    }

    /** A whole number within [min, max]. */
    Optional<Integer> integer(String key, int min, int max) {
        return value(key).flatMap(v -> problems.integer(v, field(key), min, max));
    }

    /** {@code true} or {@code false}. */
    Optional<Boolean> bool(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                    && Set.of("true", "false").contains(s.getValue())) {
                return Optional.of(Boolean.parseBoolean(s.getValue()));
            }
            problems.add(v, field(key) + " is " + describe(v) + "; expected true or false");
            return Optional.empty();
        });
    }

    /** One word of {@code words} (the first names the default in messages). */
    Optional<String> oneOf(String key, List<String> words) {
        return text(key).flatMap(word -> {
            if (words.contains(word)) {
                return Optional.of(word);
            }
            problems.add(value(key).orElseThrow(), field(key) + " is '" + word + "'"
                + Spelling.suggestion(word, words) + "; expected one of " + String.join(", ", words));
            return Optional.empty();
        });
    }

    /** A list of text items with their positions; a single scalar is not accepted. */
    Optional<List<Positioned>> textList(String key) {
        return sequence(key).map(items -> {
            List<Positioned> out = new ArrayList<>();
            for (Node item : items) {
                problems.text(item, field(key) + " entry")
                    .ifPresent(t -> out.add(new Positioned(t, problems.position(item))));
            }
            return out;
        });
    }

    /** A list's items. */
    Optional<List<Node>> sequence(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof SequenceNode s) {
                return Optional.of(s.getValue());
            }
            problems.add(v, field(key) + " is " + describe(v) + "; expected a list");
            return Optional.empty();
        });
    }

    /** The words a message uses for a key of this mapping: "node 'main': goto". */
    String field(String key) {
        return prefix(context) + key;
    }

    /** A text with the position it was read at. */
    record Positioned(String text, SourcePosition at) {}

    static String prefix(String context) {
        return context.isEmpty() ? "" : context + ": ";
    }

    /** How a YAML node looks to a user: "a list", "a mapping", "the number 3", "'abc'". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return "empty";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + scalar.getValue();
        }
        if (tag.equals(Tag.BOOL)) {
            return "'" + scalar.getValue() + "' (read by YAML as a yes/no value)";
        }
        if (!SCALAR_TAGS.contains(tag)) {
            return "a value tagged " + tag.getValue();
        }
        return "'" + scalar.getValue() + "'";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
