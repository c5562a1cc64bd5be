package io.ivraudit.imports.genesys;

import io.ivraudit.imports.JsonView;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The flow's and tasks' variables that hold one literal for the whole call: declared with a
 * literal {@code initialValue} ({@code Task.Queue} holding {@code lit: {name: Services}}) and
 * never set by any action (no {@code variable:} or {@code var:} names them). An expression that
 * is just such a variable ({@code exp: Task.Queue}) means that literal. O(nodes of the flow).
 */
final class Variables {
    private static final Pattern VARIABLE = Pattern.compile("(Flow|Task|State)\\.\\w+");
    private static final int MAX_DEPTH = 64;

    private final Map<String, String> literals = new HashMap<>();
    private final Set<String> set = new HashSet<>();

    private Variables() {}

    /** The variables of a flow's body ({@code inboundCall}'s mapping). */
    static Variables of(Node flow) {
        Variables variables = new Variables();
        variables.walk(flow, 0);
        return variables;
    }

    /** The literal an expression stands for, when it is one variable that always holds one. */
    Optional<String> literal(String expression) {
        String name = expression == null ? "" : expression.strip();
        return VARIABLE.matcher(name).matches() && !set.contains(name) ? Optional.ofNullable(literals.get(name))
            : Optional.empty();
    }

    private void walk(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> walk(item, depth + 1));
        } else if (node instanceof MappingNode map) {
            JsonView view = JsonView.of(map);
            Optional<String> declared = Values.text(view, "name").filter(n -> VARIABLE.matcher(n).matches());
            if (declared.isPresent() && view.has("initialValue")) {
                Values.name(view.get("initialValue").orElseThrow()).ifPresent(v -> literals.putIfAbsent(declared.get(), v));
            }
            for (NodeTuple tuple : map.getValue()) {
                String key = Values.text(tuple.getKeyNode()).orElse("");
                if (key.equals("variable") || key.equals("var")) {
                    Values.text(tuple.getValueNode()).ifPresent(v -> set.add(v.strip()));
                }
                walk(tuple.getValueNode(), depth + 1);
            }
        }
    }
}
