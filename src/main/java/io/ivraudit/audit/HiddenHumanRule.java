package io.ivraudit.audit;

import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.List;

/** Finds menus whose only ways to a person are never announced. O(options). */
final class HiddenHumanRule implements Rule {
    @Override public String id() { return "hidden-human"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu's only human option is hidden."; }
    @Override public String help() {
        return "Only callers who know the trick reach a person from this menu. Announce the option: "
            + "\"To speak with a person, press 0.\"";
    }

    @Override public List<Finding> check(AuditContext c) {
        return c.reachableMenus().stream()
            .filter(m -> !c.graph().humanOptions(m).isEmpty() && c.graph().humanOptions(m).stream().allMatch(Option::hidden))
            .map(m -> c.finding(this, m, "the only way to a person in menu '%s' is the unannounced %s"
                .formatted(Brief.text(m.id()), describe(c.graph().humanOptions(m).get(0)))))
            .toList();
    }

    private static String describe(Option option) {
        return option.key() != null ? "key " + option.key() : "phrase \"" + Brief.text(option.phrase()) + "\"";
    }
}
