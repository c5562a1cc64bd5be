package io.ivraudit.graph;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * A tree as a JGraphT directed graph: one vertex per node id, one {@link Transition} per menu
 * option, invalid choice, time-out that leads elsewhere, {@code next} and branch arm. Built once per tree
 * (O(nodes + options + resolved_by entries)) and shared by the audit, the simulator and the reports.
 */
public final class IvrGraph {
    private final Tree tree;
    private final Graph<String, Transition> graph;
    private final Set<String> reachable;
    private final Set<String> humanLeading;
    private final Set<String> resolving;

    private IvrGraph(Tree tree, Graph<String, Transition> graph) {
        this.tree = tree;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.reachable = Collections.unmodifiableSet(reachableFrom(tree.entry()));
        this.humanLeading = Collections.unmodifiableSet(nodesLeadingSilentlyToHuman());
        this.resolving = Collections.unmodifiableSet(nodesResolvingAnIntent(tree));
    }

    /** Builds the graph of a loaded tree. Cost: O(nodes + options). */
    public static IvrGraph of(Tree tree) {
        Graph<String, Transition> graph = new TransitionGraph();
        tree.nodes().keySet().forEach(graph::addVertex);
        for (Node node : tree.nodes().values()) {
            for (Transition t : transitionsOf(node)) {
                graph.addEdge(t.from(), t.to(), t);
            }
        }
        return new IvrGraph(tree, graph);
    }

    private static List<Transition> transitionsOf(Node node) {
        String id = node.id();
        return node.match(
            menu -> {
                List<Transition> out = new java.util.ArrayList<>(menu.options().stream()
                    .map(o -> new Transition(id, o.goTo(), Transition.Kind.OPTION, o.label(), o)).toList());
                out.add(new Transition(id, menu.invalidTarget(), Transition.Kind.INVALID, "invalid", null));
                if (!menu.timeoutTarget().equals(menu.invalidTarget())) {
                    out.add(new Transition(id, menu.timeoutTarget(), Transition.Kind.TIMEOUT, "timeout", null));
                }
                return out;
            },
            human -> List.of(),
            selfService -> selfService.next() == null ? List.of()
                : List.of(new Transition(id, selfService.next(), Transition.Kind.NEXT, "next", null)),
            message -> List.of(new Transition(id, message.next(), Transition.Kind.NEXT, "next", null)),
            handoff -> List.of(),
            hangup -> List.of(),
            branch -> IntStream.range(0, branch.branches().size())
                .mapToObj(i -> new Transition(id, branch.branches().get(i).goTo(), Transition.Kind.BRANCH,
                    shareLabel(branch.branches().get(i).share()) + " #" + (i + 1), null))
                .toList());
    }

    private static String shareLabel(double share) {
        double percent = share * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    /** The tree this graph was built from. */
    public Tree tree() {
        return tree;
    }

    /** The JGraphT view, read-only. */
    public Graph<String, Transition> graph() {
        return graph;
    }

    /** The ids of the nodes a call from the entry can reach, in breadth-first order. */
    public Set<String> reachable() {
        return reachable;
    }

    private Set<String> reachableFrom(String start) {
        Set<String> seen = new LinkedHashSet<>();
        new BreadthFirstIterator<>(graph, start).forEachRemaining(seen::add);
        return seen;
    }

    /**
     * Whether an option is a human option (SPEC section 2): its {@code goto} reaches a human
     * through message and branch nodes only, by at least one branch.
     */
    public boolean isHumanOption(Option option) {
        return leadsToHuman(option.goTo());
    }

    /** Whether a call at this node reaches a human through message and branch nodes only. */
    public boolean leadsToHuman(String nodeId) {
        return humanLeading.contains(nodeId);
    }

    /** The human options of a menu, in the menu's order. */
    public List<Option> humanOptions(Node.Menu menu) {
        return menu.options().stream().filter(this::isHumanOption).toList();
    }

    /**
     * Nodes from which a human is reached through messages and branches alone: humans, and
     * backwards from them over message and branch edges. O(nodes + edges).
     */
    private Set<String> nodesLeadingSilentlyToHuman() {
        Set<String> leading = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        tree.nodes().values().stream().filter(Node.Human.class::isInstance).map(Node::id).forEach(id -> {
            leading.add(id);
            queue.add(id);
        });
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Transition in : graph.incomingEdgesOf(id)) {
                Node from = tree.nodes().get(in.from());
                boolean silent = from instanceof Node.Message || from instanceof Node.Branch;
                if (silent && leading.add(from.id())) {
                    queue.add(from.id());
                }
            }
        }
        return leading;
    }

    private static Set<String> nodesResolvingAnIntent(Tree tree) {
        Set<String> out = new HashSet<>();
        tree.intents().values().forEach(intent -> out.addAll(intent.resolvedBy()));
        return out;
    }

    /** Whether some intent lists this node in its {@code resolved_by}. O(1). */
    public boolean resolvesAnIntent(String nodeId) {
        return resolving.contains(nodeId);
    }

    /**
     * Whether calls that end at this node end with nothing resolved for every intent: a
     * {@code hangup}, or a {@code self_service} without {@code next}, that no intent lists in
     * {@code resolved_by}. O(1).
     */
    public boolean isDeadEnd(Node node) {
        boolean terminal = node instanceof Node.Hangup
            || node instanceof Node.SelfService s && s.next() == null;
        return terminal && !resolvesAnIntent(node.id());
    }

    /** Whether this node hands callers to an address that goes nowhere (SPEC section 2). */
    public boolean isDeadChannel(Node node) {
        return node instanceof Node.Handoff h && tree.addresses().get(h.address()).goesNowhere(tree.id());
    }
}
