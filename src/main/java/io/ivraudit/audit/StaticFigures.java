package io.ivraudit.audit;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.graph.Routes;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Per-intent static figures (see {@link IntentFigures}): two Dijkstra runs per tree, then O(humans) per intent. */
final class StaticFigures {
    private StaticFigures() {}

    static List<IntentFigures> of(IvrGraph graph) {
        Routes presses = Routes.from(graph, Routes.Measure.PRESSES, true);
        Routes seconds = Routes.from(graph, Routes.Measure.SECONDS, true);
        Tree tree = graph.tree();
        List<Node.Human> humans = tree.nodes().values().stream()
            .filter(Node.Human.class::isInstance).map(Node.Human.class::cast).toList();
        return tree.intents().values().stream().map(intent -> {
            List<Node.Human> right = humans.stream().filter(h -> isRightHuman(h, intent)).toList();
            return new IntentFigures(intent.id(), !right.isEmpty(), fewestPresses(presses, right), fewestSeconds(seconds, right),
                fewestPresses(presses, humans), fewestSeconds(seconds, humans));
        }).toList();
    }

    /** Whether a call with {@code intent} that reaches {@code human} reached the right person (SPEC section 2). */
    static boolean isRightHuman(Node.Human human, Intent intent) {
        return intent.resolvedBy().contains(human.id()) || human.skills().contains(intent.id());
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
