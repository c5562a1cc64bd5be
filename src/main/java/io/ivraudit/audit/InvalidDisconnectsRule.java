package io.ivraudit.audit;

import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GetHuman standard point 8, never disconnect for caller errors: finds menus whose invalid
 * or silent choice leads, through messages, branches and self-service steps, to a hang-up or out of the
 * tree instead of to a person or another menu. O(nodes) per menu.
 */
final class InvalidDisconnectsRule implements Rule {
    @Override public String id() { return "invalid-disconnects"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu whose invalid or no-input route hangs up or leaves the tree."; }
    @Override public String help() {
        return "A caller who pressed the wrong key is punished with a disconnect. Repeat the menu, or better, "
            + "send callers who are struggling to a person (GetHuman standard, point 8).";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Node.Menu menu : c.reachableMenus()) {
            boolean silenceElsewhere = !menu.timeoutTarget().equals(menu.invalidTarget());
            endsBadly(c, menu.invalidTarget()).ifPresent(end -> findings.add(
                finding(c, menu, silenceElsewhere ? "a wrong key" : "a wrong key or silence", end)));
            if (silenceElsewhere) {
                endsBadly(c, menu.timeoutTarget()).ifPresent(end -> findings.add(finding(c, menu, "silence", end)));
            }
        }
        return findings;
    }

    private Finding finding(AuditContext c, Node.Menu menu, String what, Node end) {
        return c.finding(this, menu, "%s in menu '%s' leads to '%s', which %s the caller instead of helping".formatted(
            what, menu.id(), end.id(), end instanceof Node.Handoff ? "sends away" : "hangs up on"));
    }

    /** The first hang-up, handoff or final self-service step the route from {@code start} runs into, if any. */
    private static Optional<Node> endsBadly(AuditContext c, String start) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Node node = c.tree().nodes().get(queue.poll());
            if (!seen.add(node.id()) || node instanceof Node.Menu || node instanceof Node.Human) {
                continue;
            }
            boolean leaves = node instanceof Node.Hangup || node instanceof Node.Handoff
                || node instanceof Node.SelfService s && s.next() == null;
            if (leaves) {
                return Optional.of(node);
            }
            c.graph().graph().outgoingEdgesOf(node.id()).stream().map(Transition::to).forEach(queue::add);
        }
        return Optional.empty();
    }
}
