package io.ivraudit.imports.connect;

import io.ivraudit.imports.JsonView;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a flow's references point at: attributes the flow sets to one constant value
 * ({@code UpdateContactAttributes}, {@code UpdateFlowAttributes}), attributes that copy a caller's
 * input ({@code $.StoredCustomerInput}, {@code $.Lex.IntentName}), and the readable names inside
 * ARNs and deployment placeholders ({@code {{contactFlows.Main.arn}}}, {@code ${Q:sales:Q}},
 * {@code %%NAME%%}). Names of flows and queues come from the console's metadata first, never from
 * an ARN's generated id. O(actions + attributes) to build.
 */
final class References {
    /** The input a caller gave at the last GetParticipantInput that stored it. */
    static final String STORED_INPUT = "$.StoredCustomerInput";
    /** The intent the last Lex bot recognised. */
    static final String LEX_INTENT = "$.Lex.IntentName";

    private static final Pattern BRACES = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern DOLLAR = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PERCENT = Pattern.compile("%%([^%]+)%%");
    private static final Pattern GENERATED = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-.*|[0-9a-f]{16,}|\\d+");
    private static final Set<String> NOISE = Set.of("arn", "id", "name");

    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, String> copies = new HashMap<>();

    References(Collection<Action> actions) {
        Map<String, Set<String>> values = new HashMap<>();
        for (Action action : actions) {
            if (action.type().equals("UpdateContactAttributes")) {
                assignments(action.parameters().object("Attributes"), "$.Attributes.", false, values);
            } else if (action.type().equals("UpdateFlowAttributes")) {
                assignments(action.parameters().object("FlowAttributes"), "$.FlowAttributes.", true, values);
            }
        }
        values.forEach((attribute, set) -> {
            if (set.size() == 1) {
                String value = set.iterator().next();
                if (value.equals(STORED_INPUT) || value.equals(LEX_INTENT)) {
                    copies.put(attribute, value);
                } else if (!value.contains("$.")) {
                    constants.put(attribute, value);
                }
            }
        });
    }

    private static void assignments(JsonView map, String prefix, boolean wrapped, Map<String, Set<String>> values) {
        if (!map.present()) {
            return;
        }
        for (NodeTuple tuple : map.map().getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !key.getValue().startsWith("$.")) {
                Optional<String> value = wrapped ? JsonView.of(tuple.getValueNode()).text("Value")
                    : Optional.of(tuple.getValueNode()).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
                values.computeIfAbsent(prefix + key.getValue(), k -> new HashSet<>()).add(value.orElse("$.(not a text)"));
            }
        }
    }

    /** The input a reference reads ({@link #STORED_INPUT} or {@link #LEX_INTENT}), directly or through a copy; else null. */
    String inputRead(String reference) {
        if (reference == null) {
            return null;
        }
        String trimmed = reference.trim();
        return trimmed.equals(STORED_INPUT) || trimmed.equals(LEX_INTENT) ? trimmed : copies.get(trimmed);
    }

    /** The constant an attribute reference holds, or the text itself. */
    String resolved(String text) {
        return text == null ? null : constants.getOrDefault(text.trim(), text.trim());
    }

    /** The flow a TransferToFlow names: the console's name for it, else a placeholder's name, an ARN's id, or why it is unknown. */
    String flowTarget(Action action) {
        Optional<String> named = nonBlank(action.metadata().object("ContactFlow").text("text"))
            .or(() -> nonBlank(action.metadata().object("contactFlow").text("text")))
            .or(() -> nonBlank(action.metadata().object("parameters").object("ContactFlowId").text("displayName")));
        if (named.isPresent()) {
            return named.get();
        }
        String id = resolved(action.parameter("ContactFlowId"));
        if (id == null || id.isBlank()) {
            return "(none: the export leaves ContactFlowId empty)";
        }
        if (id.startsWith("$.")) {
            return "a flow chosen at run time from " + id;
        }
        String last = afterMarker(id, "contact-flow/").orElse(id);
        return placeholderName(last).orElse(last);
    }

    /** A queue's name from the console's metadata, else from a placeholder or ARN; null when only run time knows it. */
    String queueName(Action action) {
        JsonView meta = action.metadata();
        Optional<String> named = nonBlank(meta.object("queue").text("text"))
            .or(() -> nonBlank(meta.object("parameters").object("QueueId").text("displayName")))
            .filter(name -> !name.startsWith("$.") && readable(name).isEmpty());
        if (named.isPresent()) {
            return named.get();
        }
        if (action.parameter("AgentId") != null) {
            return "agent";
        }
        String id = resolved(action.parameter("QueueId"));
        if (id == null || id.isBlank() || id.startsWith("$.")) {
            return null;
        }
        return readable(id).orElse(null);
    }

    /** The last readable word of an ARN or placeholder ("sales" in {@code arn:...:queue/${Q:sales:Q}}); empty if it has none. */
    private static Optional<String> readable(String reference) {
        Optional<String> placeholder = placeholderName(reference);
        if (placeholder.isPresent()) {
            return placeholder;
        }
        if (!reference.startsWith("arn:")) {
            return Optional.empty();
        }
        String last = reference.substring(reference.lastIndexOf('/') + 1);
        return placeholderName(last).or(() -> Optional.of(last).filter(w -> !w.isBlank() && !GENERATED.matcher(w).matches()
            && w.chars().anyMatch(Character::isLetter) && !w.contains(":")));
    }

    private static Optional<String> placeholderName(String text) {
        for (Pattern pattern : List.of(BRACES, DOLLAR, PERCENT)) {
            Matcher m = pattern.matcher(text);
            String found = null;
            while (m.find()) {
                found = lastWord(m.group(1).split(pattern == BRACES ? "\\." : pattern == DOLLAR ? ":" : "\\s+"));
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The last part that is a word, leaving out "arn", "id" and one-letter markers ({@code ${Q:sales:Q}}). */
    private static String lastWord(String[] parts) {
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].trim();
            if (part.length() > 1 && !NOISE.contains(part.toLowerCase(Locale.ROOT)) && part.chars().anyMatch(Character::isLetter)) {
                return part;
            }
        }
        return null;
    }

    private static Optional<String> afterMarker(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? Optional.empty() : Optional.of(text.substring(at + marker.length())).filter(s -> !s.isBlank());
    }

    static Optional<String> nonBlank(Optional<String> text) {
        return text.map(String::trim).filter(t -> !t.isEmpty());
    }
}
