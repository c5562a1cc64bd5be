package io.ivraudit.imports.studio;

import io.ivraudit.imports.JsonView;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a split compares, read from its Liquid {@code input}: the {@code Digits} or
 * {@code SpeechResult} of a widget ({@code {{widgets.main_menu.Digits}}}, also through filters
 * such as {@code | downcase | strip}), or a flow variable that a Set Variables widget set from
 * one ({@code {{flow.variables.choice}}}). Cost: O(variables) per input.
 */
final class InputSource {
    private static final Pattern WIDGET_INPUT = Pattern.compile(
        "\\{\\{\\s*widgets\\.([\\w-]+)\\.(Digits|SpeechResult)\\s*(\\|[^}]*)?}}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*flow\\.variables\\.([\\w-]+)\\s*(\\|[^}]*)?}}");
    private static final Pattern ONE_OUTPUT = Pattern.compile(
        "\\{\\{\\s*([A-Za-z_][\\w-]*)((?:\\.[\\w-]+)*)\\s*((?:\\|\\s*[a-z_]+\\s*)*)}}");
    private static final Set<String> ROOTS = Set.of("flow", "widgets", "trigger", "contact");
    private static final Set<String> TEXT_FILTERS = Set.of("strip", "lstrip", "rstrip", "downcase", "upcase",
        "capitalize", "escape", "strip_html", "strip_newlines");
    private static final int MAX_DEPTH = 8;

    private final Map<String, String> variables;

    private InputSource(Map<String, String> variables) {
        this.variables = variables;
    }

    /** The variables every Set Variables widget of the flow sets, the first setting of each name counting. */
    static InputSource of(Collection<Widget> widgets) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Widget widget : widgets) {
            if (widget.type().equals("set-variables")) {
                setBy(widget).forEach(variables::putIfAbsent);
            }
        }
        return new InputSource(variables);
    }

    /** The same, with the variables that the given widgets set (those a call passed through) taking precedence. */
    InputSource with(Collection<Widget> passed) {
        Map<String, String> own = new LinkedHashMap<>();
        for (Widget widget : passed) {
            if (widget.type().equals("set-variables")) {
                own.putAll(setBy(widget));
            }
        }
        variables.forEach(own::putIfAbsent);
        return new InputSource(own);
    }

    /** The widget whose caller input (keys or words) a Liquid expression reads, if it reads one. */
    Optional<String> reads(String expression) {
        return reads(expression, 0);
    }

    private Optional<String> reads(String expression, int depth) {
        if (expression == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Matcher input = WIDGET_INPUT.matcher(expression);
        if (input.find()) {
            return Optional.of(input.group(1));
        }
        Matcher variable = VARIABLE.matcher(expression);
        if (variable.find()) {
            return reads(variables.get(variable.group(1)), depth + 1);
        }
        return Optional.empty();
    }

    /**
     * Why an expression is empty whatever happens in a call, if it is: a variable outside
     * Studio's {@code flow}, {@code widgets}, {@code trigger} and {@code contact} (Liquid renders
     * an unknown variable as nothing), a widget the flow does not have, or the split's own
     * variables, which a split never sets.
     */
    static Optional<String> alwaysEmpty(String expression, String split, Set<String> widgets) {
        Matcher output = ONE_OUTPUT.matcher(expression.trim());
        if (!output.matches() || !Arrays.stream(output.group(3).split("\\|"))
                .map(String::trim).filter(f -> !f.isEmpty()).allMatch(TEXT_FILTERS::contains)) {
            return Optional.empty();
        }
        String root = output.group(1);
        String widget = output.group(2).isEmpty() ? "" : output.group(2).substring(1).split("\\.")[0];
        if (!ROOTS.contains(root)) {
            return Optional.of("Studio has no variable '" + root + "', and Liquid renders an unknown variable as nothing");
        }
        if (root.equals("widgets") && widget.equals(split)) {
            return Optional.of("a split sets no variables of its own");
        }
        if (root.equals("widgets") && !widget.isEmpty() && !widgets.contains(widget)) {
            return Optional.of("the flow has no widget '" + widget + "'");
        }
        return Optional.empty();
    }

    private static Map<String, String> setBy(Widget widget) {
        Map<String, String> set = new LinkedHashMap<>();
        for (Node item : widget.properties().list("variables")) {
            JsonView variable = JsonView.of(item);
            variable.text("key").ifPresent(key -> set.put(key, variable.text("value").orElse("")));
        }
        return set;
    }
}
