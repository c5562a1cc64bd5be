package io.ivraudit.load;

import io.ivraudit.load.TreeReader.Reference;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The checks that need the whole file read: every name refers to something declared, no loop
 * can be walked without pressing a key, and each intent's caller parameters make sense.
 */
final class TreeChecks {
    private TreeChecks() {}

    /**
     * Adds the problems of a tree as read to {@code problems}: its references always, and, when
     * the tree read {@code whole} (no errors so far), its loops and caller parameters.
     */
    static void check(TreeReader.Read read, Problems problems, boolean whole) {
        Tree tree = read.tree();
        for (Reference reference : read.references()) {
            Set<String> declared = read.declared().getOrDefault(reference.kind(), Set.of());
            if (!declared.contains(reference.name())) {
                Reference.Kind kind = reference.kind();
                problems.add(reference.at(), reference.field() + " '" + reference.name() + "' is not "
                    + kind.noun + Spelling.suggestion(reference.name(), declared)
                    + "; expected the id of " + kind.noun + " declared under '" + kind.section + "'");
            }
        }
        if (whole && !problems.any()) {
            keylessLoops(tree, problems);
            callerSums(tree, problems);
        }
    }

    /**
     * Loops made only of messages, branches and self-service nodes: a caller would go round
     * without ever pressing a key. Strongly connected components, O(nodes + edges).
     */
    private static void keylessLoops(Tree tree, Problems problems) {
        Graph<String, DefaultEdge> silent = new DirectedPseudograph<>(DefaultEdge.class);
        for (Node node : tree.nodes().values()) {
            if (isSilent(node)) {
                silent.addVertex(node.id());
            }
        }
        for (Node node : tree.nodes().values()) {
            for (String next : silentSuccessors(node)) {
                if (silent.containsVertex(node.id()) && silent.containsVertex(next)) {
                    silent.addEdge(node.id(), next);
                }
            }
        }
        java.util.Map<String, Integer> order = tree.nodeOrder();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(silent).stronglyConnectedSets()) {
            String first = component.stream().min(Comparator.comparingInt(order::get)).orElseThrow();
            if (component.size() > 1 || silent.containsEdge(first, first)) {
                List<String> names = component.stream().sorted(Comparator.comparingInt(order::get))
                    .map(id -> "'" + id + "'").toList();
                problems.add(tree.nodes().get(first).at(), "nodes " + String.join(", ", names)
                    + " form a loop of messages, branches and self-service steps: a caller would go "
                    + "round without pressing a key; expected a menu, person, handoff or hangup in the loop");
            }
        }
    }

    private static boolean isSilent(Node node) {
        return node instanceof Node.Message || node instanceof Node.Branch || node instanceof Node.SelfService;
    }

    private static List<String> silentSuccessors(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Node.Message m) {
            out.add(m.next());
        } else if (node instanceof Node.SelfService s && s.next() != null) {
            out.add(s.next());
        } else if (node instanceof Node.Branch b) {
            b.branches().stream().map(BranchArm::goTo).forEach(out::add);
        }
        return out;
    }

    /** A lost caller zeroes out, gives up, waits out or guesses, so the first three cannot exceed certainty. */
    private static void callerSums(Tree tree, Problems problems) {
        for (Intent intent : tree.intents().values()) {
            CallerParams p = tree.callerFor(intent);
            if (p.zeroOut() + p.giveUp() + p.waitOut() > 1 + 1e-12) {
                problems.add(intent.at(), ("intent '%s': zero_out %s plus give_up %s plus wait_out %s is more than 1; "
                    + "expected the shares of lost callers to sum to at most 1")
                    .formatted(intent.id(), plain(p.zeroOut()), plain(p.giveUp()), plain(p.waitOut())));
            }
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
