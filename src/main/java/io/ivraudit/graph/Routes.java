package io.ivraudit.graph;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Shortest routes from the entry under one measure: key presses or seconds of listening, over
 * announced options only or every option. Invalid choices are never a route. Computed once by
 * Dijkstra on a masked, weighted view of the graph: O((nodes + transitions) log nodes).
 */
public final class Routes {
    /** What a route costs. */
    public enum Measure {
        /** Menu selections. */
        PRESSES,
        /** Seconds of listening (SPEC section 2), not counting hold. */
        SECONDS
    }

    private final SingleSourcePaths<String, Transition> paths;

    private Routes(SingleSourcePaths<String, Transition> paths) {
        this.paths = paths;
    }

    /** Routes from the entry of {@code g}'s tree. */
    public static Routes from(IvrGraph g, Measure measure, boolean announcedOnly) {
        Tree tree = g.tree();
        Graph<String, Transition> usable = new MaskSubgraph<>(g.graph(), v -> false,
            t -> t.fallback() || announcedOnly && t.hidden());
        Graph<String, Transition> weighted = new AsWeightedGraph<>(usable, t -> weight(tree, t, measure), true, false);
        return new Routes(new DijkstraShortestPath<>(weighted).getPaths(tree.entry()));
    }

    private static double weight(Tree tree, Transition t, Measure measure) {
        Node from = tree.nodes().get(t.from());
        return switch (t.kind()) {
            case OPTION -> measure == Measure.PRESSES ? 1 : ((Node.Menu) from).secondsToChoose(t.option());
            case NEXT -> measure == Measure.PRESSES ? 0 : from.sayingSeconds();
            case BRANCH -> 0;
            case INVALID, TIMEOUT -> throw new IllegalStateException("invalid and silent choices are masked out of routes");
        };
    }

    /** The cost of the cheapest route to {@code nodeId}, if it can be reached. */
    public OptionalDouble cost(String nodeId) {
        double weight = paths.getWeight(nodeId);
        return Double.isInfinite(weight) ? OptionalDouble.empty() : OptionalDouble.of(weight);
    }

    /** The transitions of the cheapest route to {@code nodeId}, if it can be reached. */
    public Optional<List<Transition>> route(String nodeId) {
        GraphPath<String, Transition> path = paths.getPath(nodeId);
        return path == null ? Optional.empty() : Optional.of(path.getEdgeList());
    }

    /** The cheapest of {@code targets}, with its cost, if any can be reached. */
    public Optional<String> cheapest(List<String> targets) {
        String best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (String target : targets) {
            double cost = paths.getWeight(target);
            if (cost < bestCost) {
                best = target;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The keys (or phrases) pressed along a route, in order: "7, then 4, then 3". */
    public static String keysOf(List<Transition> route) {
        List<String> keys = route.stream().filter(t -> t.kind() == Transition.Kind.OPTION).map(Transition::label).toList();
        return String.join(", then ", keys);
    }
}
