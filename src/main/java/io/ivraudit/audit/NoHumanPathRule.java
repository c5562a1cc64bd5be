package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.List;

/**
 * Finds trees where no path at all leads from the entry to a person, nor to a forward where one
 * may answer (that is {@link PersonElsewhereRule}'s note). O(nodes).
 */
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
        if (reachesHuman || !liveForwards(c).isEmpty()) {
            return List.of();
        }
        Node entry = c.tree().nodes().get(c.tree().entry());
        return List.of(c.finding(this, entry, c.humans().isEmpty()
            ? "this tree has no person at all: no human node"
            : "no path from '%s' reaches a person (%s)".formatted(Brief.text(entry.id()), Brief.plain(c.humans()))));
    }

    /** The reachable handoffs to a phone number that answers (not a dead channel): a person may be there. */
    static List<Node.Handoff> liveForwards(AuditContext c) {
        return c.reachableNodes().stream().filter(Node.Handoff.class::isInstance).map(Node.Handoff.class::cast)
            .filter(h -> !c.graph().isDeadChannel(h)
                && c.tree().addresses().get(h.address()).channel() == io.ivraudit.model.Channel.PHONE)
            .toList();
    }
}
