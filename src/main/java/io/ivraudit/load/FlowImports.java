package io.ivraudit.load;

import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What every importer does last: break loops no caller could leave, then check the tree like any tree. */
final class FlowImports {
    private FlowImports() {}

    /** The imported tree, written out and loaded back; its problems if it does not load. */
    static FlowImport checked(Tree tree, int blocks, List<String> notes, String file) {
        List<String> allNotes = new ArrayList<>(notes);
        Tree safe = withoutKeylessLoops(tree, allNotes);
        LoadResult loaded = TreeLoader.load(file + " (imported)", TreeWriter.write(safe));
        if (!loaded.ok()) {
            return new FlowImport(Optional.empty(), loaded.errors(), blocks, allNotes, List.of());
        }
        return new FlowImport(Optional.of(safe), List.of(), blocks, allNotes, List.copyOf(safe.intents().keySet()));
    }

    /**
     * Messages and branches that lead back to themselves without a menu (retry loops of system
     * blocks): the edge that closes each loop is sent to a hang-up instead. Depth-first, O(nodes).
     */
    static Tree withoutKeylessLoops(Tree tree, List<String> notes) {
        Map<String, Node> nodes = new LinkedHashMap<>(tree.nodes());
        Set<String> done = new HashSet<>();
        for (String id : tree.nodes().keySet()) {
            visit(id, nodes, new HashSet<>(), done, notes);
        }
        return new Tree(tree.id(), tree.title(), tree.entry(), tree.caller(), tree.costs(), tree.intents(),
            tree.addresses(), nodes, tree.at());
    }

    private static void visit(String id, Map<String, Node> nodes, Set<String> onPath, Set<String> done,
                              List<String> notes) {
        Node node = nodes.get(id);
        if (done.contains(id) || !(node instanceof Node.Message || node instanceof Node.Branch)) {
            return;
        }
        onPath.add(id);
        if (node instanceof Node.Message m) {
            if (onPath.contains(m.next())) {
                nodes.put(id, new Node.Message(m.id(), m.sayText(), m.seconds(), loopEnd(nodes, m, notes), m.at()));
            } else {
                visit(m.next(), nodes, onPath, done, notes);
            }
        } else if (node instanceof Node.Branch b) {
            List<BranchArm> arms = new ArrayList<>();
            for (BranchArm arm : b.branches()) {
                if (onPath.contains(arm.goTo())) {
                    arms.add(new BranchArm(arm.share(), loopEnd(nodes, b, notes), arm.at()));
                } else {
                    visit(arm.goTo(), nodes, onPath, done, notes);
                    arms.add(arm);
                }
            }
            nodes.put(id, new Node.Branch(b.id(), arms, b.at()));
        }
        onPath.remove(id);
        done.add(id);
    }

    private static String loopEnd(Map<String, Node> nodes, Node from, List<String> notes) {
        String id = "loop-end";
        for (int i = 2; nodes.containsKey(id) && !(nodes.get(id) instanceof Node.Hangup); i++) {
            id = "loop-end-" + i;
        }
        nodes.putIfAbsent(id, new Node.Hangup(id, null, null, from.at()));
        notes.add("'" + from.id() + "' loops back without a menu (a retry of system blocks): the loop now ends at '" + id + "'");
        return id;
    }
}
