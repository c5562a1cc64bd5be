package io.ivraudit.audit;

import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds intents no option in a reachable menu names (an option nobody can hear serves nobody),
 * or whose resolving nodes no call can reach. O(options' intents + intents' resolved_by).
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
        Set<String> named = new HashSet<>();
        for (Node.Menu menu : c.reachableMenus()) {
            for (Option option : menu.options()) {
                named.addAll(option.intents());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Intent intent : c.tree().intents().values()) {
            if (intent.proposed()) {
                continue;
            }
            boolean resolvable = intent.resolvedBy().stream().anyMatch(c.graph().reachable()::contains);
            if (!named.contains(intent.id())) {
                findings.add(c.finding(this, intent.id(), intent.at(),
                    "no option names intent '%s': its callers never hear a choice meant for them"
                        .formatted(Brief.text(intent.id()))));
            }
            if (!resolvable) {
                findings.add(c.finding(this, intent.id(), intent.at(), intent.resolvedBy().isEmpty()
                    ? "intent '%s' has no resolved_by: nothing in the tree resolves it".formatted(Brief.text(intent.id()))
                    : "no call can reach what resolves intent '%s' (%s)".formatted(Brief.text(intent.id()),
                        Brief.plain(intent.resolvedBy()))));
            }
        }
        return findings;
    }
}
