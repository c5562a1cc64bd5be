package io.ivraudit.audit;

import io.ivraudit.graph.Routes;
import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import io.ivraudit.text.Words;
import java.util.List;
import java.util.Optional;

/**
 * Finds trees whose nearest person, over announced options only, takes more key presses than
 * the threshold. The finding points at the human option at the end of that shortest route,
 * the one to move up; its message spells the route's presses, cut in the middle when long.
 * Dijkstra, computed once per tree, then O(route length).
 */
final class BuriedHumanRule implements Rule {
    @Override public String id() { return "buried-human"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "The fewest key presses from the entry to a person exceed the limit (default 2)."; }
    @Override public String help() {
        return "Callers who want a person must dig for one. Offer a person on the first menu (0 is what callers "
            + "try), or move the human option up a level.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<String> reachableHumans = c.humans().stream().filter(c.graph().reachable()::contains).toList();
        if (reachableHumans.isEmpty()) {
            return List.of();
        }
        Routes routes = c.announcedPresses();
        Optional<String> nearest = routes.cheapest(reachableHumans);
        Node entry = c.tree().nodes().get(c.tree().entry());
        if (nearest.isEmpty()) {
            return List.of(c.finding(this, entry, "no announced option leads to a person: only callers who know "
                + "an unannounced key can reach one"));
        }
        int presses = (int) routes.cost(nearest.get()).orElseThrow();
        int limit = c.thresholds().maxPressesToHuman();
        if (presses <= limit) {
            return List.of();
        }
        List<Transition> route = routes.route(nearest.get()).orElseThrow();
        Transition last = route.stream().filter(t -> t.kind() == Transition.Kind.OPTION)
            .reduce((a, b) -> b).orElseThrow();
        Option option = last.option();
        return List.of(c.finding(this, last.from(), option.at(),
            "callers must press %s (%s) to reach a person ('%s'); the limit is %d"
                .formatted(routes.keys(nearest.get()), Words.count(presses, "press"), Brief.text(nearest.get()), limit)));
    }
}
