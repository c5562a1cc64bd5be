package io.ivraudit.audit;

import io.ivraudit.graph.Transition;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;

/**
 * Finds sets of menus a caller can enter but never leave: strongly connected components of the
 * reachable graph with no transition out, holding a menu and nothing that resolves a call.
 * O(nodes + transitions).
 */
final class TrapCycleRule implements Rule {
    @Override public String id() { return "trap-cycle"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "Menus a caller can enter but never leave: every choice leads back in."; }
    @Override public String help() {
        return "Once in, callers only get out by hanging up. Give every menu in the loop a way out: "
            + "an option (and 0) to a person, or back to the main menu.";
    }

    @Override public List<Finding> check(AuditContext c) {
        Graph<String, Transition> reachable = new AsSubgraph<>(c.graph().graph(), c.graph().reachable());
        Map<String, Integer> order = c.tree().nodeOrder();
        List<Finding> findings = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(reachable).stronglyConnectedSets()) {
            boolean closed = component.stream().flatMap(id -> reachable.outgoingEdgesOf(id).stream())
                .allMatch(t -> component.contains(t.to()));
            List<Node> nodes = component.stream().sorted(Comparator.comparingInt(order::get))
                .map(c.tree().nodes()::get).toList();
            boolean hasMenu = nodes.stream().anyMatch(Node.Menu.class::isInstance);
            if (closed && hasMenu && nodes.stream().noneMatch(n -> resolvesSomething(c, n))) {
                Node first = nodes.stream().filter(Node.Menu.class::isInstance).findFirst().orElseThrow();
                List<String> names = nodes.stream().map(n -> "'" + n.id() + "'").toList();
                findings.add(c.finding(this, first, ("callers who reach %s can never leave: every option and invalid "
                    + "choice leads back into %s, so these calls end only when the caller hangs up")
                    .formatted(first.id(), String.join(", ", names))));
            }
        }
        return findings;
    }

    private static boolean resolvesSomething(AuditContext c, Node node) {
        return c.tree().intents().values().stream().map(Intent::resolvedBy).anyMatch(r -> r.contains(node.id()));
    }
}
