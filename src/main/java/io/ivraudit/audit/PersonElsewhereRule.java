package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.List;

/**
 * Notes trees with no person of their own whose calls are forwarded to a number where one may
 * answer (a flow that transfers to an outside line, an import whose queue lives in another
 * flow): not "no person at all", but a person the audit cannot see. O(nodes).
 */
final class PersonElsewhereRule implements Rule {
    @Override public String id() { return "person-elsewhere"; }
    @Override public Severity defaultSeverity() { return Severity.NOTE; }
    @Override public String summary() { return "No person in the tree, but calls are forwarded to where one may answer."; }
    @Override public String help() {
        return "The figures stop at the forward: what happens there is not audited. Add the other flow or line as a tree "
            + "(or import the flows together), or mark the address replies: none if nobody answers there.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Node.Handoff> forwards = NoHumanPathRule.liveForwards(c);
        if (forwards.isEmpty() || c.humans().stream().anyMatch(c.graph().reachable()::contains)) {
            return List.of();
        }
        Node entry = c.tree().nodes().get(c.tree().entry());
        return List.of(c.finding(this, entry, "no person in this tree; calls forwarded to %s may reach one there"
            .formatted(Brief.quoted(forwards.stream().map(Node.Handoff::address).distinct().toList()))));
    }
}
