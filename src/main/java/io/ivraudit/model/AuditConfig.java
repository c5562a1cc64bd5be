package io.ivraudit.model;

import java.util.List;
import java.util.Map;

/**
 * How to audit and gate: the thresholds, the rules whose findings fail a check (rule ids or
 * severity words: {@code error} means errors, {@code warning} means warnings and errors), rule
 * severities changed from their defaults ({@code null} turns a rule off), and suppressions.
 */
public record AuditConfig(Thresholds thresholds, List<String> failOn, Map<String, Severity> severities,
                          List<Suppression> suppressions) {
    /** The defaults: SPEC thresholds, fail on errors, nothing changed or suppressed. */
    public static final AuditConfig DEFAULTS =
        new AuditConfig(Thresholds.DEFAULTS, List.of("error"), Map.of(), List.of());

    public AuditConfig {
        failOn = List.copyOf(failOn);
        severities = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(severities));
        suppressions = List.copyOf(suppressions);
    }

    /** Whether the config turns rule {@code ruleId} off. */
    public boolean isOff(String ruleId) {
        return severities.containsKey(ruleId) && severities.get(ruleId) == null;
    }
}
