package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SPEC section 3, {@code fallback-as-option}: finds menus whose wrong-key or silence route
 * leads where one of their announced options other than a human option leads, so a caller who
 * pressed nothing or the wrong key is handled as if they had chosen it. Destinations are
 * compared after the messages on the way ("Sorry, I did not get that."); a fallback to a person
 * or back to the menu itself is good practice and is not reported. O(options + messages) per menu.
 */
final class FallbackAsOptionRule implements Rule {
    @Override public String id() { return "fallback-as-option"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() {
        return "A menu whose wrong-key or silence route acts as if the caller had chosen one of its options.";
    }
    @Override public String help() {
        return "Callers who press a wrong key or nothing have not chosen anything: sending them down an option's "
            + "path misroutes them and inflates that option's traffic. Repeat the menu, or offer a person.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Node.Menu menu : c.reachableMenus()) {
            if (menu.onInvalid() != null) {
                String what = menu.onTimeout() == null ? "a wrong key or silence (on_invalid)" : "a wrong key (on_invalid)";
                actsAsOption(c, menu, menu.onInvalid()).ifPresent(o -> findings.add(finding(c, menu, what, o)));
            }
            if (menu.onTimeout() != null) {
                actsAsOption(c, menu, menu.onTimeout()).ifPresent(o -> findings.add(finding(c, menu, "silence (on_timeout)", o)));
            }
        }
        return findings;
    }

    private Finding finding(AuditContext c, Node.Menu menu, String what, Option option) {
        return c.finding(this, menu, "in menu '%s', %s is handled as if the caller chose option %s%s: both lead to '%s'"
            .formatted(menu.id(), what, option.label(), option.say() == null ? "" : " (\"" + option.say() + "\")",
                landing(c, option.goTo())));
    }

    /** The first announced option that is no human option and lands where the fallback lands. */
    private static Optional<Option> actsAsOption(AuditContext c, Node.Menu menu, String fallback) {
        String lands = landing(c, fallback);
        if (lands.equals(menu.id()) || c.graph().leadsToHuman(fallback)) {
            return Optional.empty();
        }
        return menu.announced().stream()
            .filter(o -> !c.graph().isHumanOption(o) && landing(c, o.goTo()).equals(lands))
            .findFirst();
    }

    /** Where a route really leads once the messages on its way have been played. */
    private static String landing(AuditContext c, String start) {
        Set<String> seen = new HashSet<>();
        String at = start;
        while (c.tree().nodes().get(at) instanceof Node.Message m && seen.add(at)) {
            at = m.next();
        }
        return at;
    }
}
