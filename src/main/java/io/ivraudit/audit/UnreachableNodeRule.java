package io.ivraudit.audit;

import io.ivraudit.model.Severity;
import java.util.List;

/** Finds nodes no call from the entry can reach: leftovers that mislead whoever reads the tree. O(nodes). */
final class UnreachableNodeRule implements Rule {
    @Override public String id() { return "unreachable-node"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A node no call from the entry can reach."; }
    @Override public String help() {
        return "Nothing leads here, so no caller ever hears it. Wire it into a menu if callers need it, "
            + "or delete it so the tree says what callers really meet.";
    }

    @Override public List<Finding> check(AuditContext c) {
        return c.tree().nodes().values().stream()
            .filter(n -> !c.graph().reachable().contains(n.id()))
            .map(n -> c.finding(this, n, "no call can reach '%s': no option, next or branch from '%s' leads here"
                .formatted(Brief.text(n.id()), Brief.text(c.tree().entry()))))
            .toList();
    }
}
