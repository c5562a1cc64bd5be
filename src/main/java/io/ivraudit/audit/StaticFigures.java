package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Routes;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Per-intent static figures (see {@link IntentFigures}): a Dijkstra run for seconds beside the
 * given one for presses, the figures to any person once, then per intent only the people who
 * resolve it (SPEC section 2's right person: listed in its {@code resolved_by}, or skilled in it).
 * O(nodes + intents + resolved_by entries + skills) after the routes.
 */
final class StaticFigures {
    private StaticFigures() {}

    static List<IntentFigures> of(IvrGraph graph, Routes presses) {
        Routes seconds = Routes.from(graph, Routes.Measure.SECONDS, true);
        Tree tree = graph.tree();
        List<Node.Human> humans = new ArrayList<>();
        Map<String, List<Node.Human>> bySkill = new HashMap<>();
        for (Node node : tree.nodes().values()) {
            if (node instanceof Node.Human human) {
                humans.add(human);
                human.skills().forEach(skill -> bySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(human));
            }
        }
        OptionalInt pressesToAny = fewestPresses(presses, humans);
        OptionalDouble secondsToAny = fewestSeconds(seconds, humans);
        List<IntentFigures> figures = new ArrayList<>();
        for (Intent intent : tree.intents().values()) {
            List<Node.Human> right = new ArrayList<>(bySkill.getOrDefault(intent.id(), List.of()));
            for (String id : intent.resolvedBy()) {
                if (tree.nodes().get(id) instanceof Node.Human human) {
                    right.add(human);
                }
            }
            figures.add(new IntentFigures(intent.id(), !right.isEmpty(), fewestPresses(presses, right),
                fewestSeconds(seconds, right), pressesToAny, secondsToAny));
        }
        return figures;
    }

    private static OptionalInt fewestPresses(Routes routes, List<Node.Human> humans) {
        return humans.stream().map(h -> routes.cost(h.id())).filter(OptionalDouble::isPresent)
            .mapToInt(c -> (int) c.getAsDouble()).min();
    }

    private static OptionalDouble fewestSeconds(Routes routes, List<Node.Human> humans) {
        return humans.stream().filter(h -> routes.cost(h.id()).isPresent())
            .mapToDouble(h -> routes.cost(h.id()).getAsDouble() + h.holdSeconds()).min();
    }
}
