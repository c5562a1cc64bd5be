package io.ivraudit.audit;

import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the phrases callers hate, in any words the tree says. O(words said). */
final class HatedPhraseRule implements Rule {
    private static final List<String> PHRASES = List.of("your call is important", "listen carefully",
        "options have changed", "visit our website", "high call volume", "call back later",
        "try your call again later", "in order to serve you better");

    @Override public String id() { return "hated-phrase"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public String summary() {
        return "A phrase callers hate: \"your call is important to us\", \"listen carefully as our options have "
            + "changed\", \"visit our website\", ...";
    }
    @Override public String help() {
        return "These phrases waste time and tell callers they are not wanted. Cut them; a website is not a way "
            + "out of a phone call.";
    }

    @Override public List<Finding> check(AuditContext c) {
        List<Finding> findings = new ArrayList<>();
        for (Node node : c.reachableNodes()) {
            node.say().flatMap(HatedPhraseRule::hated).ifPresent(phrase -> findings.add(c.finding(this, node,
                "'%s' says \"%s\"".formatted(Brief.text(node.id()), phrase))));
            if (node instanceof Node.Menu menu) {
                for (Option option : menu.options()) {
                    Optional.ofNullable(option.say()).flatMap(HatedPhraseRule::hated).ifPresent(phrase ->
                        findings.add(c.finding(this, menu.id(), option.at(),
                            "option %s of menu '%s' says \"%s\"".formatted(Brief.text(option.label()), Brief.text(menu.id()), phrase))));
                }
            }
        }
        return findings;
    }

    private static Optional<String> hated(String words) {
        StringBuilder lower = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char ch = words.charAt(i);
            if (!Character.isWhitespace(ch)) {
                lower.append(Character.toLowerCase(ch));
            } else if (lower.length() > 0 && lower.charAt(lower.length() - 1) != ' ') {
                lower.append(' ');
            }
        }
        for (String phrase : PHRASES) {
            if (lower.indexOf(phrase) >= 0) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }
}
