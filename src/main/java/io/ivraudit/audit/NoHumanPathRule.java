package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.List;

/** Finds trees where no path at all leads from the entry to a person. O(nodes). */
final class NoHumanPathRule implements Rule {
    @Override public String id() { return "no-human-path"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "No path at all from the entry to a person."; }
    @Override public String help() {
        return "No caller can reach a person, whatever they press. Add a human node and an option that "
            + "reaches it, ideally 0 on every menu.";
    }

    @Override public List<Finding> check(AuditContext c) {
        boolean reachesHuman = c.humans().stream().anyMatch(c.graph().reachable()::contains);
        if (reachesHuman) {
            return List.of();
        }
        Node entry = c.tree().nodes().get(c.tree().entry());
        return List.of(c.finding(this, entry, c.humans().isEmpty()
            ? "this tree has no person at all: no human node"
            : "no path from '%s' reaches a person (%s)".formatted(entry.id(), String.join(", ", c.humans()))));
    }
}
