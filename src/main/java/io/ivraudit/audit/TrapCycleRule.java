package io.ivraudit.audit;

import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * Finds sets of menus a caller can enter but never leave: strongly connected components of
 * reachable nodes with no transition out, holding a menu and nothing that resolves a call. The
 * message names the first few of its nodes. O(nodes + transitions + components' sorting).
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
        Graph<String, Transition> graph = c.graph().graph();
        Map<String, Integer> order = c.tree().nodeOrder();
        List<Finding> findings = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            boolean reachable = c.graph().reachable().contains(component.iterator().next());
            if (!reachable || !closed(graph, component)) {
                continue;
            }
            List<Node> nodes = component.stream().sorted(Comparator.comparingInt(order::get))
                .map(c.tree().nodes()::get).toList();
            boolean hasMenu = nodes.stream().anyMatch(Node.Menu.class::isInstance);
            if (hasMenu && nodes.stream().noneMatch(n -> c.graph().resolvesAnIntent(n.id()))) {
                Node first = nodes.stream().filter(Node.Menu.class::isInstance).findFirst().orElseThrow();
                findings.add(c.finding(this, first, ("callers who reach %s can never leave: every option and invalid "
                    + "choice leads back into %s, so these calls end only when the caller hangs up")
                    .formatted(Brief.text(first.id()), Brief.quoted(nodes.stream().map(Node::id).toList()))));
            }
        }
        return findings;
    }

    /** Whether no transition leaves the component (a component of reachable nodes stays among them). */
    private static boolean closed(Graph<String, Transition> graph, Set<String> component) {
        for (String id : component) {
            for (Transition t : graph.outgoingEdgesOf(id)) {
                if (!component.contains(t.to())) {
                    return false;
                }
            }
        }
        return true;
    }
}
