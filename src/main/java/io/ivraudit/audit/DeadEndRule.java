package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.List;

/** Finds reachable hang-ups and final self-service steps that resolve no intent. O(nodes). */
final class DeadEndRule implements Rule {
    @Override public String id() { return "dead-end"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A reachable hang-up, or self-service step with no next, that resolves no intent."; }
    @Override public String help() {
        return "Calls end here with nothing resolved. Send callers on to a person or a menu instead, or, if "
            + "this step really does resolve something, list it in that intent's resolved_by.";
    }

    @Override public List<Finding> check(AuditContext c) {
        return c.reachableNodes().stream().filter(c.graph()::isDeadEnd)
            .map(n -> c.finding(this, n, n instanceof Node.Hangup
                ? "calls that reach '%s' are hung up on with nothing resolved: no intent lists it in resolved_by".formatted(Brief.text(n.id()))
                : "self-service step '%s' has no next: callers it cannot help are cut off".formatted(Brief.text(n.id()))))
            .toList();
    }
}
