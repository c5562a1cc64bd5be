package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds options that offer contact with a person ("to speak with an agent", a spoken choice
 * "representative") but reach none. The bare word is no offer. O(options).
 */
final class FalseHumanPromiseRule implements Rule {
    @Override public String id() { return "false-human-promise"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "An option that promises a person but is no human option."; }
    @Override public String help() {
        return "Callers who took the promise at its word end somewhere else, and trust nothing the menu says "
            + "after. Route the option to a person, or stop promising one.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Node.Menu menu : c.reachableMenus()) {
            for (Option option : menu.options()) {
                boolean promises = AuditContext.offersPerson(option.say()) || AuditContext.namesPerson(option.phrase());
                if (promises && !c.graph().isHumanOption(option)) {
                    findings.add(c.finding(this, menu.id(), option.at(),
                        "option %s of menu '%s' promises a person (\"%s\") but leads to '%s', which is not one"
                            .formatted(Brief.text(option.label()), Brief.text(menu.id()),
                                Brief.text(option.say() != null ? option.say() : option.phrase()), Brief.text(option.goTo()))));
                }
            }
        }
        return findings;
    }
}
