package io.ivraudit.audit;

import io.ivraudit.model.Intent;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds intents whose quickest route to the right person, listening plus hold, takes longer
 * than the threshold (default 600 seconds). Uses the static figures, O(intents).
 */
final class SlowToHumanRule implements Rule {
    @Override public String id() { return "slow-to-human"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() { return "The quickest route to the right person takes longer than the limit (default 600 seconds)."; }
    @Override public String help() {
        return "Even callers who press exactly the right keys wait this long for the person who can help. "
            + "Shorten the route (fewer, shorter menus), or staff the queue to cut hold time.";
    }

    @Override public List<Finding> check(AuditContext c) {
        double limit = c.thresholds().maxSecondsToHuman();
        List<Finding> findings = new ArrayList<>();
        for (IntentFigures f : c.figures()) {
            if (f.secondsToRightHuman().isPresent() && f.secondsToRightHuman().getAsDouble() > limit) {
                Intent intent = c.tree().intents().get(f.intent());
                findings.add(c.finding(this, intent.id(), intent.at(),
                    "callers with intent '%s' need at least %.0f seconds to reach the right person (listening and hold); the limit is %.0f"
                        .formatted(Brief.text(intent.id()), f.secondsToRightHuman().getAsDouble(), limit)));
            }
        }
        return findings;
    }
}
