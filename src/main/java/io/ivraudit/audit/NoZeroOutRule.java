package io.ivraudit.audit;

import io.ivraudit.model.Severity;
import java.util.List;

/**
 * Finds menus where neither 0 nor a phrase such as "agent" reaches a person: not as an option,
 * and not as a wrong answer that the menu sends to a person (pressing 0 where 0 is no option, or
 * saying "agent" where it is not understood, is a wrong answer). O(options).
 */
final class NoZeroOutRule implements Rule {
    @Override public String id() { return "no-zero-out"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu where neither 0 nor a phrase like agent or representative reaches a person."; }
    @Override public String help() {
        return "Lost callers press 0 or say \"agent\". Make both reach a person on every menu (GetHuman standard).";
    }

    @Override public List<Finding> check(AuditContext c) {
        return c.reachableMenus().stream()
            .filter(m -> m.options().stream().noneMatch(o -> AuditContext.isZeroOut(o) && c.graph().isHumanOption(o))
                && !(c.graph().leadsToHuman(m.invalidTarget()) && m.options().stream().noneMatch(AuditContext::isZeroOut)))
            .map(m -> c.finding(this, m, "in menu '%s', pressing 0 or saying \"agent\" does not reach a person"
                .formatted(Brief.text(m.id()))))
            .toList();
    }
}
