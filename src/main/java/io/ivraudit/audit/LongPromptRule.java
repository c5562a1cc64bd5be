package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import io.ivraudit.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * GetHuman standard point 6: finds menus whose whole announcement, and messages whose words,
 * take longer than the threshold (default 20 seconds). O(options).
 */
final class LongPromptRule implements Rule {
    @Override public String id() { return "long-prompt"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "A menu announcement or message longer than the limit (default 20 seconds)."; }
    @Override public String help() {
        return "Callers stop listening, and pay for every second. Cut the words: say what the caller can do, "
            + "not policy, marketing or thanks (GetHuman standard, point 6).";
    }

    @Override public List<Finding> check(AuditContext c) {
        double limit = c.thresholds().maxPromptSeconds();
        List<Finding> findings = new ArrayList<>();
        for (Node node : c.reachableNodes()) {
            if (node instanceof Node.Menu menu && menu.secondsOfAnnouncement() > limit) {
                findings.add(c.finding(this, node, "menu '%s' takes %.1f seconds to announce its %s; the limit is %.0f"
                    .formatted(Brief.text(menu.id()), menu.secondsOfAnnouncement(), Words.count(menu.announced().size(), "option"), limit)));
            } else if (node instanceof Node.Message && node.sayingSeconds() > limit) {
                findings.add(c.finding(this, node, "message '%s' takes %.1f seconds; the limit is %.0f"
                    .formatted(Brief.text(node.id()), node.sayingSeconds(), limit)));
            }
        }
        return findings;
    }
}
