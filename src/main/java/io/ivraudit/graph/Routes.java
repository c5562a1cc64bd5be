package io.ivraudit.graph;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;

/**
 * Shortest routes from the entry under one measure: key presses or seconds of listening, over
 * announced options only or every option. Invalid choices are never a route. Dijkstra over the
 * graph's transitions (ties go to the route found first, in option order), which also keeps,
 * per node, the first and last presses of its route, so a route is spelled in O(1) however long
 * it is. Cost: O((nodes + transitions) log transitions) time, O(nodes) memory.
 */
public final class Routes {
    /** What a route costs. */
    public enum Measure {
        /** Menu selections. */
        PRESSES,
        /** Seconds of listening (SPEC section 2), not counting hold. */
        SECONDS
    }

    /** Presses spelled out at each end of a route; the middle of a longer route is cut. */
    static final int SPELLED = 3;
    /** Characters of a phrase spelled out as a press; longer phrases are cut. */
    static final int LONGEST_PHRASE = 20;
    private static final Transition[] NO_PRESSES = new Transition[0];

    private final Map<String, Integer> index;
    private final double[] cost;
    /** The last transition of each node's cheapest route; null at the entry and where unreachable. */
    private final Transition[] via;
    /** Option transitions on each node's cheapest route: how many, the first few and the last few. */
    private final int[] presses;
    private final Transition[][] firstPresses;
    private final Transition[][] lastPresses;

    private Routes(Map<String, Integer> index) {
        this.index = index;
        int n = index.size();
        cost = new double[n];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        via = new Transition[n];
        presses = new int[n];
        firstPresses = new Transition[n][];
        lastPresses = new Transition[n][];
    }

    /** Routes from the entry of {@code g}'s tree. */
    public static Routes from(IvrGraph g, Measure measure, boolean announcedOnly) {
        Tree tree = g.tree();
        Routes routes = new Routes(tree.nodeOrder());
        routes.search(g, measure, announcedOnly);
        return routes;
    }

    private record Queued(double cost, long order, int node) {}

    private void search(IvrGraph g, Measure measure, boolean announcedOnly) {
        Tree tree = g.tree();
        String[] ids = tree.nodes().keySet().toArray(String[]::new);
        boolean[] settled = new boolean[ids.length];
        PriorityQueue<Queued> queue = new PriorityQueue<>(
            Comparator.comparingDouble(Queued::cost).thenComparingLong(Queued::order));
        int entry = index.get(tree.entry());
        cost[entry] = 0;
        firstPresses[entry] = NO_PRESSES;
        lastPresses[entry] = NO_PRESSES;
        long order = 0;
        queue.add(new Queued(0, order++, entry));
        while (!queue.isEmpty()) {
            int from = queue.poll().node();
            if (settled[from]) {
                continue;
            }
            settled[from] = true;
            reached(from);
            Node node = tree.nodes().get(ids[from]);
            Map<Option, Double> choose = measure == Measure.SECONDS && node instanceof Node.Menu menu
                ? secondsToChoose(menu) : Map.of();
            for (Transition t : g.graph().outgoingEdgesOf(ids[from])) {
                if (t.fallback() || announcedOnly && t.hidden()) {
                    continue;
                }
                int to = index.get(t.to());
                double through = cost[from] + weight(node, t, measure, choose);
                if (!settled[to] && through < cost[to]) {
                    cost[to] = through;
                    via[to] = t;
                    queue.add(new Queued(through, order++, to));
                }
            }
        }
    }

    /** Keeps the presses of a node's route once its predecessor's are known (it is settled first). */
    private void reached(int node) {
        Transition last = via[node];
        if (last == null) {
            return;
        }
        int before = index.get(last.from());
        boolean press = last.kind() == Transition.Kind.OPTION;
        presses[node] = presses[before] + (press ? 1 : 0);
        Transition[] first = firstPresses[before];
        firstPresses[node] = press && first.length < SPELLED ? append(first, last, SPELLED) : first;
        lastPresses[node] = press ? append(lastPresses[before], last, SPELLED) : lastPresses[before];
    }

    /** {@code presses} with {@code t} added at the end, keeping at most {@code keep} of the last. */
    private static Transition[] append(Transition[] presses, Transition t, int keep) {
        int kept = Math.min(presses.length, keep - 1);
        Transition[] out = Arrays.copyOfRange(presses, presses.length - kept, presses.length + 1);
        out[kept] = t;
        return out;
    }

    /** Seconds of listening before choosing each option of a menu ({@link Node.Menu#listeningSeconds}), in O(options). */
    private static Map<Option, Double> secondsToChoose(Node.Menu menu) {
        Map<Option, Double> out = new IdentityHashMap<>();
        double[] seconds = menu.listeningSeconds();
        for (int o = 0; o < seconds.length; o++) {
            out.put(menu.options().get(o), seconds[o]);
        }
        return out;
    }

    private static double weight(Node from, Transition t, Measure measure, Map<Option, Double> choose) {
        return switch (t.kind()) {
            case OPTION -> measure == Measure.PRESSES ? 1 : choose.get(t.option());
            case NEXT -> measure == Measure.PRESSES ? 0 : from.sayingSeconds();
            case BRANCH -> 0;
            case INVALID, TIMEOUT -> throw new IllegalStateException("invalid and silent choices are masked out of routes");
        };
    }

    /** The cost of the cheapest route to {@code nodeId}, if it can be reached. */
    public OptionalDouble cost(String nodeId) {
        double weight = cost[index.get(nodeId)];
        return Double.isInfinite(weight) ? OptionalDouble.empty() : OptionalDouble.of(weight);
    }

    /** The transitions of the cheapest route to {@code nodeId}, if it can be reached. O(route length). */
    public Optional<List<Transition>> route(String nodeId) {
        int node = index.get(nodeId);
        if (Double.isInfinite(cost[node])) {
            return Optional.empty();
        }
        List<Transition> route = new ArrayList<>();
        for (Transition t = via[node]; t != null; t = via[index.get(t.from())]) {
            route.add(t);
        }
        Collections.reverse(route);
        return Optional.of(route);
    }

    /** The cheapest of {@code targets}, if any can be reached; the first of equally cheap ones. */
    public Optional<String> cheapest(List<String> targets) {
        String best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (String target : targets) {
            double c = cost[index.get(target)];
            if (c < bestCost) {
                best = target;
                bestCost = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The keys (or phrases) pressed along the route to a reachable node, in order: "7, then 4,
     * then 3". A route of more than six presses keeps its first and last three around "...",
     * and long phrases are cut, so the text is bounded however deep the node is. O(1).
     */
    public String keys(String nodeId) {
        int node = index.get(nodeId);
        if (Double.isInfinite(cost[node])) {
            throw new IllegalStateException("'" + nodeId + "' has no route from the entry to spell");
        }
        if (presses[node] <= 2 * SPELLED) {
            Transition[] all = new Transition[presses[node]];
            int known = Math.min(presses[node], firstPresses[node].length);
            System.arraycopy(firstPresses[node], 0, all, 0, known);
            Transition[] last = lastPresses[node];
            System.arraycopy(last, last.length - (presses[node] - known), all, known, presses[node] - known);
            return spelled(all);
        }
        return spelled(firstPresses[node]) + " ... " + spelled(lastPresses[node]);
    }

    private static String spelled(Transition[] presses) {
        StringBuilder out = new StringBuilder();
        for (Transition t : presses) {
            out.append(out.length() == 0 ? "" : ", then ").append(label(t.option()));
        }
        return out.toString();
    }

    private static String label(Option option) {
        if (option.key() != null || option.phrase().length() <= LONGEST_PHRASE) {
            return option.label();
        }
        return "\"" + option.phrase().substring(0, LONGEST_PHRASE - 3) + "...\"";
    }
}
