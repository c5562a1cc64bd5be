package io.ivraudit.audit;

import io.ivraudit.graph.Routes;
import io.ivraudit.model.Severity;
import io.ivraudit.text.Words;
import java.util.List;

/**
 * Finds menus more key presses from the entry than the threshold, over announced options. Each
 * message spells the route's presses, cut in the middle when long, so it stays bounded. O(menus)
 * after the routes.
 */
final class DeepTreeRule implements Rule {
    @Override public String id() { return "deep-tree"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu whose fewest key presses from the entry exceed the limit (default 4)."; }
    @Override public String help() {
        return "Every level loses callers. Flatten the tree: merge menus whose options could sit one level up.";
    }

    @Override public List<Finding> check(AuditContext c) {
        int limit = c.thresholds().maxMenuDepth();
        Routes routes = c.announcedPresses();
        return c.reachableMenus().stream()
            .filter(m -> routes.cost(m.id()).orElse(0) > limit)
            .map(m -> c.finding(this, m, "menu '%s' is %s deep (%s); the limit is %d".formatted(Brief.text(m.id()),
                Words.count((long) routes.cost(m.id()).orElseThrow(), "press"), routes.keys(m.id()), limit)))
            .toList();
    }
}
