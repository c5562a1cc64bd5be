package io.ivraudit.audit;

import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CI gate: each rule is a gate for each file; a gate fails when it is selected by
 * {@code fail-on} (its id, or a severity its findings reach) and the file has findings of it.
 */
public final class Gates {
    private Gates() {}

    /** One gate for one file: the rule, whether it can fail the build, and its findings there. */
    public record Gate(String file, Rule rule, boolean failing, List<Finding> findings) {
        public Gate {
            findings = List.copyOf(findings);
        }

        /** Whether this gate fails the check. */
        public boolean failed() {
            return failing && !findings.isEmpty();
        }
    }

    /** The gates of one audited file under its config, in rule order; rules turned off have none. O(findings + rules). */
    public static List<Gate> apply(AuditResult result, AuditConfig config) {
        Map<String, List<Finding>> byRule = result.findings().stream().collect(Collectors.groupingBy(Finding::rule));
        List<Gate> gates = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (!config.isOff(rule.id())) {
                gates.add(new Gate(result.tree().file(), rule, selects(config, rule), byRule.getOrDefault(rule.id(), List.of())));
            }
        }
        return gates;
    }

    /** Whether a run with these gates passes. */
    public static boolean passed(List<Gate> gates) {
        return gates.stream().noneMatch(Gate::failed);
    }

    private static boolean selects(AuditConfig config, Rule rule) {
        Severity severity = config.severities().getOrDefault(rule.id(), rule.defaultSeverity());
        return config.failOn().stream().anyMatch(token -> token.equals(rule.id())
            || isSeverityWord(token) && severity.atLeast(Severity.valueOf(token.toUpperCase(java.util.Locale.ROOT))));
    }

    /** Whether a {@code fail-on} token names a severity rather than a rule. */
    public static boolean isSeverityWord(String token) {
        return List.of("error", "warning", "note").contains(token);
    }
}
