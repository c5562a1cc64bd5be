package io.ivraudit.audit;

import io.ivraudit.model.Intent;
import io.ivraudit.model.Severity;
import java.util.List;

/**
 * Notes the intents an importer proposed ({@code proposed: true}) that nobody has reviewed: the
 * figures rest on their weights and {@code resolved_by}, which a flow does not hold. They never
 * fail a build by themselves ({@code unserved-intent} leaves them to this note). O(intents).
 */
final class UnreviewedIntentRule implements Rule {
    @Override public String id() { return "unreviewed-intent"; }
    @Override public Severity defaultSeverity() { return Severity.NOTE; }
    @Override public String summary() { return "Intents the importer proposed that nobody has reviewed yet."; }
    @Override public String help() {
        return "Give each proposed intent its real share of calls and the nodes that resolve it, then remove "
            + "proposed: true. Until then the figures weigh every intent equally.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Intent> proposed = c.tree().intents().values().stream().filter(Intent::proposed).toList();
        if (proposed.isEmpty()) {
            return List.of();
        }
        return List.of(c.finding(this, proposed.get(0).id(), proposed.get(0).at(),
            "%d of %d intents are the importer's proposals (%s): review their weights and resolved_by, then remove "
                .formatted(proposed.size(), c.tree().intents().size(), Brief.quoted(proposed.stream().map(Intent::id).toList()))
                + "proposed: true"));
    }
}
