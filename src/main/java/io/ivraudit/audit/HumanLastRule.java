package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import io.ivraudit.text.Words;
import java.util.ArrayList;
import java.util.List;

/** Finds menus of three or more announced options that announce their way to a person last. O(options). */
final class HumanLastRule implements Rule {
    @Override public String id() { return "human-last"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu with 3 or more announced options announces its human option last."; }
    @Override public String help() {
        return "Callers who want a person must sit through every other option first. Announce the person "
            + "first, or at least early: \"To speak with a person at any time, press 0.\"";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Node.Menu menu : c.reachableMenus()) {
            List<Option> announced = menu.announced();
            if (announced.size() < 3) {
                continue;
            }
            Option last = announced.get(announced.size() - 1);
            boolean onlyLast = announced.stream().filter(c.graph()::isHumanOption).toList().equals(List.of(last));
            if (onlyLast) {
                findings.add(c.finding(this, menu.id(), last.at(),
                    "menu '%s' announces its way to a person (%s) last, after %s and %.0f seconds"
                        .formatted(Brief.text(menu.id()), Brief.text(last.label()), Words.count(announced.size() - 1, "other option"), menu.secondsToChoose(last))));
            }
        }
        return findings;
    }
}
