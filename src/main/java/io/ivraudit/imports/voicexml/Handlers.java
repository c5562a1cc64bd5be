package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Xml.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event handlers ({@code <catch>}, {@code <noinput>}, {@code <nomatch>}, {@code <help>},
 * {@code <error>}) chosen as VoiceXML 2.0 section 5.2.4 says: the handlers of the current scope and
 * every enclosing one (form item, dialog, document), innermost first and in document order within
 * a scope, that catch the event (by name or a dot-separated prefix of it, or all events when
 * {@code event} is empty) and whose {@code cond} is not false; of those, the ones with the
 * highest {@code count} not above the event's counter, and of those the first. O(handlers).
 */
final class Handlers {
    private static final Set<String> NAMED = Set.of("noinput", "nomatch", "help", "error");
    /** Events whose platform default handler re-prompts (section 5.2.5); every other default exits. */
    private static final Set<String> REPROMPTED = Set.of("noinput", "nomatch", "help", "cancel", "maxspeechtimeout");
    /** Statements that leave a form item (for good or to run something else). */
    private static final Set<String> LEAVING = Set.of("goto", "submit", "disconnect", "exit", "return", "throw",
        "transfer", "subdialog");

    private Handlers() {}

    /** Whether an element is an event handler. */
    static boolean isHandler(Element e) {
        return e.name().equals("catch") || NAMED.contains(e.name());
    }

    /** The handler chosen for the {@code counter}-th occurrence of {@code event} in these scopes, innermost first. */
    static Optional<Element> select(List<Element> scopes, String event, int counter) {
        List<Element> catching = catching(scopes, event);
        int best = 0;
        for (Element handler : catching) {
            int count = Speech.count(handler);
            if (count <= counter && count > best) {
                best = count;
            }
        }
        for (Element handler : catching) {
            if (Speech.count(handler) == best) {
                return Optional.of(handler);
            }
        }
        return Optional.empty();
    }

    /** The highest {@code count} of the handlers of {@code event} in scope (1 when there is none). */
    static int highestCount(List<Element> scopes, String event) {
        return catching(scopes, event).stream().mapToInt(Speech::count).max().orElse(1);
    }

    /** Whether the platform's default handler for {@code event} re-prompts (else it exits, ending the call). */
    static boolean reprompts(String event) {
        return REPROMPTED.contains(event);
    }

    /**
     * Whether a handler leaves the form item it handles, rather than letting it listen again:
     * it holds a transition, other than a {@code <reprompt>} or a {@code <goto nextitem>} back to
     * the item itself.
     */
    static boolean leaves(Element handler, String itself) {
        for (Element child : handler.children()) {
            if (LEAVING.contains(child.name()) && !(child.name().equals("goto")
                && child.attribute("nextitem").map(String::strip).filter(itself::equals).isPresent())) {
                return true;
            }
            if (!isHandler(child) && leaves(child, itself)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> catching(List<Element> scopes, String event) {
        List<Element> out = new ArrayList<>();
        for (Element scope : scopes) {
            for (Element child : scope.children()) {
                if (isHandler(child) && catches(child, event)
                    && child.attribute("cond").map(c -> Conditions.eval(c, Map.of()) != Conditions.Truth.FALSE).orElse(true)) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    private static boolean catches(Element handler, String event) {
        if (!handler.name().equals("catch")) {
            return matches(handler.name(), event);
        }
        String names = handler.attribute("event").orElse("").strip();
        if (names.isEmpty() || names.equals(".")) {
            return true;
        }
        for (String name : names.split("\\s+")) {
            if (matches(name, event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String name, String event) {
        String prefix = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return event.equals(prefix) || event.startsWith(prefix + ".");
    }
}
