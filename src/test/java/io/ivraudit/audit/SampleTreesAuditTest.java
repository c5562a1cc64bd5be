package io.ivraudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.load.TreeLoader;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each sample tree has the findings its story tells; the good-practice tree has none that matter. */
class SampleTreesAuditTest {
    static Set<String> findings(String file) {
        return Auditor.audit(TreeLoader.load(Path.of("trees", file)).tree().orElseThrow(), AuditConfig.DEFAULTS)
            .findings().stream().map(f -> f.rule() + "@" + f.node()).collect(Collectors.toSet());
    }

    static void assertHas(String file, String... expected) {
        Set<String> found = findings(file);
        for (String finding : expected) {
            assertTrue(found.contains(finding), () -> file + " should have " + finding + "; it has " + found);
        }
    }

    @Test void theGoodPracticeTreeHasNoWarningOrError() {
        List<Finding> serious = Auditor.audit(TreeLoader.load(Path.of("trees/meridian-health.yaml")).tree().orElseThrow(),
            AuditConfig.DEFAULTS).findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
        assertEquals(List.of(), serious);
    }

    @Test void northwindCable() {
        assertHas("northwind-cable.yaml", "hidden-human@main", "human-last@billing-menu", "hated-phrase@welcome",
            "trap-cycle@restart-loop", "dead-reply-address@cancel-email", "dead-reply-address@paperless",
            "unserved-intent@cancel", "unreachable-node@retention-agent", "slow-to-human@internet-help");
    }

    @Test void harborSavingsBank() {
        assertHas("harbor-savings-bank.yaml", "buried-human@more-options", "hated-phrase@hold-message",
            "invalid-disconnects@retry-main", "invalid-disconnects@more-options", "human-last@more-options");
    }

    @Test void skywayAir() {
        assertHas("skyway-air.yaml", "wide-menu@main", "human-last@main", "long-prompt@main",
            "dead-reply-address@call-reservations", "dead-reply-address@refunds-web", "trap-cycle@claims-menu",
            "unserved-intent@refund");
    }

    @Test void cascadeUtilities() {
        assertHas("cascade-utilities.yaml", "false-human-promise@main", "deep-tree@deposit-menu",
            "long-prompt@arrangement-menu", "unreachable-node@storm-2025", "hated-phrase@high-volume",
            "dead-end@goodbye");
    }

    @Test void theSpecExampleShowsItsHiddenPersonAndDeadChannels() {
        Set<String> found = Auditor.audit(io.ivraudit.SpecExample.acme(), AuditConfig.DEFAULTS).findings().stream()
            .map(f -> f.rule() + "@" + f.node()).collect(Collectors.toSet());
        assertTrue(found.containsAll(Set.of("hidden-human@main", "dead-reply-address@email-us",
            "dead-reply-address@call-back", "dead-end@goodbye")), found::toString);
    }
}
