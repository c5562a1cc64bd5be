package io.ivraudit.audit;

import io.ivraudit.text.Words;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Keeps finding messages short whatever a tree holds: a name or quoted text is cut past
 * {@link #LONGEST_TEXT} characters and a list past {@link #LISTED} items, so no message grows
 * with the tree and a report stays proportional to the file it audits.
 */
final class Brief {
    /** Characters of a name or a quoted text kept in a message. */
    static final int LONGEST_TEXT = 80;
    /** Items of a list spelled out in a message; the rest are counted. */
    static final int LISTED = 5;

    private Brief() {}

    /** The text, cut to {@link #LONGEST_TEXT} characters with "..." at the end when longer. */
    static String text(String text) {
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 3) + "...";
    }

    /** Names in quotes, comma-separated: "'a', 'b'", then "and 12 more" past {@link #LISTED} of them. */
    static String quoted(Collection<String> names) {
        return list(names, name -> "'" + text(name) + "'");
    }

    /** Names as they are, comma-separated, then "and 12 more" past {@link #LISTED} of them. */
    static String plain(Collection<String> names) {
        return list(names, Brief::text);
    }

    private static String list(Collection<String> names, UnaryOperator<String> show) {
        String shown = names.stream().limit(LISTED).map(show).collect(Collectors.joining(", "));
        return names.size() <= LISTED ? shown : shown + " and " + Words.count(names.size() - LISTED, "more", "more");
    }
}
