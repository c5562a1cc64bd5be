package io.ivraudit.audit;

import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GetHuman standard point 8, never disconnect for caller errors: finds menus whose invalid
 * or silent choice leads, through messages, branches and self-service steps, to a hang-up or out of the
 * tree instead of to a person or another menu. The nearest such end of every node is worked out
 * once, so O(nodes + transitions) for the whole tree.
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
        BadEnds ends = new BadEnds(c);
        for (Node.Menu menu : c.reachableMenus()) {
            boolean silenceElsewhere = !menu.timeoutTarget().equals(menu.invalidTarget());
            ends.from(menu.invalidTarget()).ifPresent(end -> findings.add(
                finding(c, menu, AuditContext.wrongInput(menu, !silenceElsewhere), end)));
            if (silenceElsewhere) {
                ends.from(menu.timeoutTarget()).ifPresent(end -> findings.add(finding(c, menu, "silence", end)));
            }
        }
        return findings;
    }

    private Finding finding(AuditContext c, Node.Menu menu, String what, Node end) {
        String after = menu.plays() > 1 ? " after " + menu.plays() + " plays of the menu" : "";
        return c.finding(this, menu, "%s in menu '%s' leads%s to '%s', which %s the caller instead of helping".formatted(
            what, Brief.text(menu.id()), after, Brief.text(end.id()), end instanceof Node.Handoff ? "sends away" : "hangs up on"));
    }

    /**
     * For each node, the hang-up, handoff or final self-service step a route from it runs into
     * first (fewest steps through messages, branches and self-service steps; of equally near
     * ones, the first by the order of the ways out), if any: what a breadth-first search from
     * the node finds. Worked out depth first and remembered, so every node is done once.
     */
    private static final class BadEnds {
        private record End(Node node, int steps) {}
        private static final End NONE = new End(null, Integer.MAX_VALUE);

        private final AuditContext c;
        private final Map<String, End> known = new HashMap<>();

        BadEnds(AuditContext c) {
            this.c = c;
        }

        Optional<Node> from(String start) {
            Deque<String> stack = new ArrayDeque<>();
            Set<String> opened = new HashSet<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                String id = stack.peek();
                Node node = c.tree().nodes().get(id);
                if (known.containsKey(id)) {
                    stack.pop();
                } else if (node instanceof Node.Menu || node instanceof Node.Human) {
                    known.put(stack.pop(), NONE);
                } else if (leaves(node)) {
                    known.put(stack.pop(), new End(node, 0));
                } else if (opened.add(id)) {
                    for (Transition t : c.graph().graph().outgoingEdgesOf(id)) {
                        if (!known.containsKey(t.to()) && !opened.contains(t.to())) {
                            stack.push(t.to());
                        }
                    }
                } else {
                    known.put(stack.pop(), nearest(id));
                }
            }
            return Optional.ofNullable(known.get(start).node());
        }

        /** The nearest end over a node's ways out, once theirs are known (a way back into a loop counts as none). */
        private End nearest(String id) {
            End best = NONE;
            for (Transition t : c.graph().graph().outgoingEdgesOf(id)) {
                End next = known.getOrDefault(t.to(), NONE);
                if (next.node() != null && next.steps() + 1 < best.steps()) {
                    best = new End(next.node(), next.steps() + 1);
                }
            }
            return best;
        }

        private static boolean leaves(Node node) {
            return node instanceof Node.Hangup || node instanceof Node.Handoff
                || node instanceof Node.SelfService s && s.next() == null;
        }
    }
}
