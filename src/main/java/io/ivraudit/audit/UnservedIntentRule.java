package io.ivraudit.audit;

import io.ivraudit.model.Intent;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds intents no option in a reachable menu names (an option nobody can hear serves nobody),
 * or whose resolving nodes no call can reach. O(options + intents x nodes).
 */
final class UnservedIntentRule implements Rule {
    @Override public String id() { return "unserved-intent"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "An intent that no option names, or whose resolved_by cannot be reached."; }
    @Override public String help() {
        return "Callers with this reason have nowhere to go. Announce an option for them, and make sure it "
            + "leads to a node that resolves it.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Intent intent : c.tree().intents().values()) {
            boolean named = c.reachableMenus().stream().flatMap(m -> m.options().stream())
                .anyMatch(o -> o.intents().contains(intent.id()));
            boolean resolvable = intent.resolvedBy().stream().anyMatch(c.graph().reachable()::contains);
            if (!named) {
                findings.add(c.finding(this, intent.id(), intent.at(),
                    "no option names intent '%s': its callers never hear a choice meant for them".formatted(intent.id())));
            }
            if (!resolvable) {
                findings.add(c.finding(this, intent.id(), intent.at(), intent.resolvedBy().isEmpty()
                    ? "intent '%s' has no resolved_by: nothing in the tree resolves it".formatted(intent.id())
                    : "no call can reach what resolves intent '%s' (%s)".formatted(intent.id(),
                        String.join(", ", intent.resolvedBy()))));
            }
        }
        return findings;
    }
}
