package io.ivraudit.imports.freeswitch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An entry's {@code digits}: one key ({@code 1}, {@code *}); a regular expression
 * ({@code /^(10[01][0-9])$/}) or a literal of several digits, which callers dial as a number
 * (an extension). FreeSWITCH collects digits until {@code digit-len} of them, or until the
 * inter-digit time-out, then matches every entry. For a number, the keys it can start with are
 * read from the start of the expression ({@code 1}, {@code [2-4]}, {@code \d}); an expression
 * that one key alone matches ({@code /^[4-6]$/}) is those keys. O(length of the digits).
 */
final class Digits {
    private static final List<String> KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#");
    private static final Pattern ONE_KEY = Pattern.compile("[0-9*#]");
    /** Longer expressions are not compiled: an attribute is not bounded, Java's regex compiler recurses. */
    private static final int LONGEST_COMPILED = 200;

    private Digits() {}

    /**
     * What the digits select.
     *
     * @param keys       the single keys that select the entry on their own
     * @param firstKeys  for a number of several digits, the keys it can start with (empty: unknown)
     * @param number     whether callers dial several digits (an extension) for it
     */
    record Selection(List<String> keys, List<String> firstKeys, boolean number) {
        Selection {
            keys = List.copyOf(keys);
            firstKeys = List.copyOf(firstKeys);
        }
    }

    static boolean isRegex(String digits) {
        return digits.length() >= 2 && digits.startsWith("/") && digits.lastIndexOf('/') > 0;
    }

    static Selection of(String digits) {
        if (ONE_KEY.matcher(digits).matches()) {
            return new Selection(List.of(digits), List.of(), false);
        }
        if (!isRegex(digits)) {
            return new Selection(List.of(), ONE_KEY.matcher(digits.substring(0, 1)).matches()
                ? List.of(digits.substring(0, 1)) : List.of(), true);
        }
        String body = digits.substring(1, digits.lastIndexOf('/'));
        List<String> alone = compiled(body).map(p -> KEYS.stream().filter(k -> p.matcher(k).find()).toList())
            .orElse(List.of());
        if (!alone.isEmpty()) {
            return new Selection(alone, List.of(), false);
        }
        return new Selection(List.of(), firstKeys(body), true);
    }

    private static Optional<Pattern> compiled(String body) {
        if (body.length() > LONGEST_COMPILED) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(body));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The keys a number matching the expression can start with; empty when the start cannot be read simply. */
    static List<String> firstKeys(String body) {
        if (body.contains("|")) {
            return List.of();
        }
        String s = body.replaceFirst("^\\^", "");
        while (s.startsWith("(")) {
            s = s.startsWith("(?:") ? s.substring(3) : s.substring(1);
        }
        if (s.isEmpty()) {
            return List.of();
        }
        if (ONE_KEY.matcher(s.substring(0, 1)).matches()) {
            return quantifiedAway(s, 1) ? List.of() : List.of(s.substring(0, 1));
        }
        if (s.startsWith("\\d")) {
            return quantifiedAway(s, 2) ? List.of() : KEYS.subList(0, 10);
        }
        if (s.startsWith("\\*") || s.startsWith("\\#")) {
            return quantifiedAway(s, 2) ? List.of() : List.of(s.substring(1, 2));
        }
        int close = s.indexOf(']');
        if (s.startsWith("[") && !s.startsWith("[^") && close > 1) {
            return quantifiedAway(s, close + 1) ? List.of() : classKeys(s.substring(1, close));
        }
        return List.of();
    }

    /** Whether the first atom may be left out ({@code 1?}, {@code 1*}), so that it does not say how a number starts. */
    private static boolean quantifiedAway(String s, int atom) {
        return s.length() > atom && (s.charAt(atom) == '?' || s.charAt(atom) == '*' || s.startsWith("{0", atom));
    }

    private static List<String> classKeys(String inside) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (i + 2 < inside.length() && inside.charAt(i + 1) == '-' && Character.isDigit(c)
                && Character.isDigit(inside.charAt(i + 2))) {
                for (char d = c; d <= inside.charAt(i + 2); d++) {
                    keys.add(String.valueOf(d));
                }
                i += 2;
            } else if (c == '\\' && i + 1 < inside.length() && inside.charAt(i + 1) == 'd') {
                keys.addAll(KEYS.subList(0, 10));
                i++;
            } else if (ONE_KEY.matcher(String.valueOf(c)).matches()) {
                keys.add(String.valueOf(c));
            } else if (c != '\\') {
                return List.of();
            }
        }
        List<String> ordered = new ArrayList<>();
        KEYS.stream().filter(keys::contains).forEach(ordered::add);
        return ordered;
    }
}
