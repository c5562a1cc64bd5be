package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SPEC section 3, {@code fallback-as-option}: finds menus whose wrong-key or silence route
 * leads where one of their announced options other than a human option leads, so a caller who
 * pressed nothing or the wrong key is handled as if they had chosen it. Destinations are
 * compared after the messages on the way ("Sorry, I did not get that."); a fallback to a person
 * or back to the menu itself is good practice and is not reported, and neither is the fallback
 * of a menu with {@code tries}, which replays itself before a wrong key or silence leaves it. Where a route lands is
 * remembered, so O(options + messages) for the whole tree.
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
        Landings landings = new Landings(c.tree().nodes());
        for (Node.Menu menu : c.reachableMenus()) {
            if (menu.plays() > 1) {
                continue;
            }
            if (menu.onInvalid() != null) {
                String what = AuditContext.wrongInput(menu, menu.onTimeout() == null) + " (on_invalid)";
                actsAsOption(c, landings, menu, menu.onInvalid()).ifPresent(o -> findings.add(finding(c, landings, menu, what, o)));
            }
            if (menu.onTimeout() != null) {
                actsAsOption(c, landings, menu, menu.onTimeout())
                    .ifPresent(o -> findings.add(finding(c, landings, menu, "silence (on_timeout)", o)));
            }
        }
        return findings;
    }

    private Finding finding(AuditContext c, Landings landings, Node.Menu menu, String what, Option option) {
        return c.finding(this, menu, "in menu '%s', %s is handled as if the caller chose option %s%s: both lead to '%s'"
            .formatted(Brief.text(menu.id()), what, Brief.text(option.label()),
                option.say() == null ? "" : " (\"" + Brief.text(option.say()) + "\")", Brief.text(landings.of(option.goTo()))));
    }

    /** The first announced option that is no human option and lands where the fallback lands. */
    private static Optional<Option> actsAsOption(AuditContext c, Landings landings, Node.Menu menu, String fallback) {
        String lands = landings.of(fallback);
        if (lands.equals(menu.id()) || c.graph().leadsToHuman(fallback)) {
            return Optional.empty();
        }
        return menu.announced().stream()
            .filter(o -> !c.graph().isHumanOption(o) && landings.of(o.goTo()).equals(lands))
            .findFirst();
    }

    /**
     * Where routes really lead once the messages on their way have been played, remembered for
     * every node a walk passes, so all walks together cost O(messages). A walk that comes back to
     * a message it played stops there, as a caller would notice the repeat.
     */
    private static final class Landings {
        private final Map<String, Node> nodes;
        private final Map<String, String> known = new HashMap<>();

        Landings(Map<String, Node> nodes) {
            this.nodes = nodes;
        }

        String of(String start) {
            List<String> walked = new ArrayList<>();
            Map<String, Integer> step = new HashMap<>();
            String at = start;
            String lands;
            while (true) {
                lands = known.get(at);
                if (lands != null) {
                    break;
                }
                if (!(nodes.get(at) instanceof Node.Message message)) {
                    lands = at;
                    break;
                }
                Integer repeat = step.putIfAbsent(at, walked.size());
                if (repeat != null) {
                    walked.subList(repeat, walked.size()).forEach(loop -> known.put(loop, loop));
                    walked = walked.subList(0, repeat);
                    lands = at;
                    break;
                }
                walked.add(at);
                at = message.next();
            }
            for (String passed : walked) {
                known.put(passed, lands);
            }
            return lands;
        }
    }
}
