package io.ivraudit.imports.asterisk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Asterisk extension patterns ({@code _NXXXXXX}, {@code _9011.}, {@code _[23]XX}, {@code _X!}):
 * {@code X} any digit, {@code Z} 1-9, {@code N} 2-9, {@code [1-5a]} a set, {@code .} one or more
 * of anything, {@code !} zero or more, dashes ignored, anything else itself. Used to find the
 * extension a key or a number reaches, and which keys can start a number a pattern matches.
 * O(pattern x text) per match.
 */
final class Patterns {
    /** The keys of a phone, in the order they are read out: 1-9, 0, star, pound. */
    static final String KEYS = "1234567890*#";

    private Patterns() {}

    /** One element of a pattern: the characters it takes, or a wildcard. */
    private record Element(String chars, boolean oneOrMore, boolean zeroOrMore) {
        boolean takes(char c) {
            return oneOrMore || zeroOrMore || chars.indexOf(c) >= 0;
        }

        int size() {
            return oneOrMore || zeroOrMore ? 1000 : chars.length();
        }
    }

    /** Whether an extension named {@code name} (a literal or a pattern) is reached by dialling {@code text}. */
    static boolean matches(String name, String text) {
        if (!name.startsWith("_")) {
            return name.equals(text);
        }
        List<Element> elements = elements(name);
        int n = text.length();
        boolean[] rest = new boolean[n + 1];
        rest[n] = true;
        for (int e = elements.size() - 1; e >= 0; e--) {
            Element element = elements.get(e);
            boolean[] here = new boolean[n + 1];
            boolean later = false;
            for (int t = n; t >= 0; t--) {
                if (element.oneOrMore() || element.zeroOrMore()) {
                    later |= t + 1 <= n && rest[t + 1];
                    here[t] = later || element.zeroOrMore() && rest[t];
                } else {
                    here[t] = t < n && element.takes(text.charAt(t)) && rest[t + 1];
                }
            }
            rest = here;
        }
        return rest[0];
    }

    /** The keys a number reaching this extension can start with. */
    static Set<Character> firstKeys(String name) {
        Set<Character> keys = new LinkedHashSet<>();
        if (!name.startsWith("_")) {
            if (!name.isEmpty() && KEYS.indexOf(name.charAt(0)) >= 0) {
                keys.add(name.charAt(0));
            }
            return keys;
        }
        List<Element> elements = elements(name);
        if (elements.isEmpty()) {
            return keys;
        }
        for (char key : KEYS.toCharArray()) {
            if (elements.get(0).takes(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Whether callers can dial this extension with keys and more than one of them (1000, _1XX, _X.). */
    static boolean dialledWithSeveralKeys(String name) {
        if (!name.startsWith("_")) {
            return name.length() > 1 && name.chars().allMatch(c -> KEYS.indexOf(c) >= 0);
        }
        List<Element> elements = elements(name);
        boolean open = elements.stream().anyMatch(e -> e.oneOrMore() || e.zeroOrMore());
        return !firstKeys(name).isEmpty() && (open || elements.size() > 1)
            && elements.stream().allMatch(e -> e.oneOrMore() || e.zeroOrMore() || e.chars().chars().anyMatch(c -> KEYS.indexOf(c) >= 0));
    }

    /**
     * How specific a pattern is, smaller first: per element the number of characters it takes, as
     * Asterisk prefers the pattern that matches fewest numbers when several match.
     */
    static int compareSpecificity(String a, String b) {
        List<Element> x = elements(a);
        List<Element> y = elements(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i).size(), y.get(i).size());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(y.size(), x.size());
    }

    private static List<Element> elements(String pattern) {
        List<Element> out = new ArrayList<>();
        for (int i = 1; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (Character.toUpperCase(c)) {
                case 'X' -> out.add(new Element("0123456789", false, false));
                case 'Z' -> out.add(new Element("123456789", false, false));
                case 'N' -> out.add(new Element("23456789", false, false));
                case '.' -> out.add(new Element("", true, false));
                case '!' -> out.add(new Element("", false, true));
                case '-' -> { }
                case '[' -> i = set(pattern, i, out);
                default -> out.add(new Element(String.valueOf(c), false, false));
            }
        }
        return out;
    }

    /** A {@code [..]} set with ranges; returns the index of its ']'. An unclosed set takes the rest as itself. */
    private static int set(String pattern, int open, List<Element> out) {
        int close = pattern.indexOf(']', open);
        if (close < 0) {
            out.add(new Element(pattern.substring(open), false, false));
            return pattern.length();
        }
        StringBuilder chars = new StringBuilder();
        String inside = pattern.substring(open + 1, close);
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (i + 2 < inside.length() && inside.charAt(i + 1) == '-') {
                char end = inside.charAt(i + 2);
                for (char d = c; d <= end && d - c < 128; d++) {
                    chars.append(d);
                }
                i += 2;
            } else {
                chars.append(c);
            }
        }
        out.add(new Element(chars.toString(), false, false));
        return close;
    }
}
