package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messages and branches that lead back to themselves without a menu (retry loops of system
 * blocks, which a tree file may not hold because a caller would go round without pressing a
 * key): the edge that closes each loop is sent to a hang-up instead, and the report says so.
 * Depth-first from the entry, so the edge cut is the one that goes back on a caller's way;
 * O(nodes).
 */
final class KeylessLoops {
    private KeylessLoops() {}

    static Tree broken(Tree tree, Flow flow, List<ImportReport.Line> lines) {
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        Set<String> done = new HashSet<>();
        visit(tree.entry(), nodes, new HashSet<>(), done, flow, lines);
        for (String id : tree.nodes().keySet()) {
            visit(id, nodes, new HashSet<>(), done, flow, lines);
        }
        return tree.withNodes(nodes);
    }

    private static void visit(String id, Map<String, Node> nodes, Set<String> onPath, Set<String> done, Flow flow,
                              List<ImportReport.Line> lines) {
        Node node = nodes.get(id);
        if (done.contains(id) || !(node instanceof Node.Message || node instanceof Node.Branch)) {
            return;
        }
        onPath.add(id);
        if (node instanceof Node.Message m) {
            if (onPath.contains(m.next())) {
                nodes.put(id, new Node.Message(m.id(), m.sayText(), m.seconds(), loopEnd(nodes, m, flow, lines), m.at()));
            } else {
                visit(m.next(), nodes, onPath, done, flow, lines);
            }
        } else if (node instanceof Node.Branch b) {
            List<BranchArm> arms = new ArrayList<>();
            for (BranchArm arm : b.branches()) {
                if (onPath.contains(arm.goTo())) {
                    arms.add(new BranchArm(arm.share(), loopEnd(nodes, b, flow, lines), arm.at()));
                } else {
                    visit(arm.goTo(), nodes, onPath, done, flow, lines);
                    arms.add(arm);
                }
            }
            nodes.put(id, new Node.Branch(b.id(), Splits.merged(arms), b.at()));
        }
        onPath.remove(id);
        done.add(id);
    }

    private static String loopEnd(Map<String, Node> nodes, Node from, Flow flow, List<ImportReport.Line> lines) {
        String id = "loop-end";
        for (int i = 2; nodes.containsKey(id) && !(nodes.get(id) instanceof Node.Hangup); i++) {
            id = "loop-end-" + i;
        }
        nodes.putIfAbsent(id, new Node.Hangup(id, null, null, from.at()));
        lines.add(new ImportReport.Line(flow.name(), from.id(), "", "", Fate.CUT, "node '" + from.id()
            + "' loops back without a menu (a retry of system blocks): the loop now ends at '" + id + "'"));
        return id;
    }
}
