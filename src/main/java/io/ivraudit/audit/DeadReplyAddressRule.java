package io.ivraudit.audit;

import io.ivraudit.model.Address;
import io.ivraudit.model.Node;
import io.ivraudit.model.Replies;
import io.ivraudit.model.Severity;
import java.util.List;

/** Finds handoffs to addresses that go nowhere: nobody reads them, or the number leads back here. O(nodes). */
final class DeadReplyAddressRule implements Rule {
    @Override public String id() { return "dead-reply-address"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "A handoff to an address that goes nowhere."; }
    @Override public String help() {
        return "Callers sent here are stranded. Staff the address (replies: monitored), or hand off to a "
            + "person instead.";
    }

    @Override public List<Finding> check(AuditContext c) {
        return c.reachableNodes().stream().filter(c.graph()::isDeadChannel)
            .map(n -> c.finding(this, n, message((Node.Handoff) n, c.tree().addresses().get(((Node.Handoff) n).address()))))
            .toList();
    }

    private static String message(Node.Handoff handoff, Address address) {
        if (address.replies() == Replies.MONITORED) {
            return "'%s' sends callers to %s, which leads straight back into this same phone tree"
                .formatted(Brief.text(handoff.id()), Brief.text(address.id()));
        }
        return "'%s' sends callers to %s %s, which %s".formatted(Brief.text(handoff.id()), address.channel().word(),
            Brief.text(address.id()),
            address.replies() == Replies.NONE ? "nobody reads (replies: none)" : "nobody monitors (replies: unmonitored)");
    }
}
