package io.ivraudit.audit;

import io.ivraudit.model.Severity;
import io.ivraudit.text.Words;
import java.util.List;

/** Finds menus that announce more options than callers can hold in mind. O(menus). */
final class WideMenuRule implements Rule {
    @Override public String id() { return "wide-menu"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu announces more options than the limit (default 5)."; }
    @Override public String help() {
        return "Callers forget the first options before the last is read. Group options under fewer, "
            + "clearer choices, or split the menu in two.";
    }

    @Override public List<Finding> check(AuditContext c) {
        int limit = c.thresholds().maxMenuWidth();
        return c.reachableMenus().stream().filter(m -> m.announced().size() > limit)
            .map(m -> c.finding(this, m, "menu '%s' announces %s; the limit is %d"
                .formatted(Brief.text(m.id()), Words.count(m.announced().size(), "option"), limit)))
            .toList();
    }
}
