package io.ivraudit.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A menu prompt cut into sentences, read as a caller hears it: which sentence announces each key
 * ("Press 1 for billing.", "For billing, press one.", "press the pound key"), where a spoken
 * choice is mentioned (intent names such as {@code CCC_One_Estimating} or {@code CheckSchedule}
 * read as words), and the sentences left for the menu itself. A sentence that announces several
 * keys ("Press 1 for billing, or press 2 for sales.") is cut into one clause per key, each clause
 * starting after the boundary (a comma, a semicolon, "or", "and") that follows the previous
 * key; a clause announces at most one key. Cost: O(sentences) per question.
 */
final class Announcements {
    private static final Map<String, String> KEY_WORDS = Map.ofEntries(
        Map.entry("0", "0|zero|oh"), Map.entry("1", "1|one"), Map.entry("2", "2|two"), Map.entry("3", "3|three"),
        Map.entry("4", "4|four"), Map.entry("5", "5|five"), Map.entry("6", "6|six"), Map.entry("7", "7|seven"),
        Map.entry("8", "8|eight"), Map.entry("9", "9|nine"),
        Map.entry("#", "#|pound|hash|number sign|the pound sign|the hash sign"),
        Map.entry("*", "\\*|star|asterisk|the star sign"));
    private static final Set<String> ANSWERS = Set.of("yes", "no", "yeah", "yep", "nope", "correct", "incorrect",
        "right", "wrong", "okay", "ok");
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern ANY_KEY = announcing(String.join("|", KEY_WORDS.values()));
    private static final Pattern BOUNDARY = Pattern.compile("[,;]\\s*(?:(?:or|and)\\s+)?|\\s+(?:or|and)\\s+");

    private final List<String> sentences = new ArrayList<>();
    private final boolean[] taken;

    Announcements(String prompt) {
        for (String sentence : (prompt == null ? "" : prompt).split("(?<=[.!?])\\s+|\\n+")) {
            if (!sentence.isBlank()) {
                sentences.addAll(clauses(sentence.trim()));
            }
        }
        taken = new boolean[sentences.size()];
    }

    /** A sentence cut before each key it announces after the first, at the boundary that follows the key before. */
    private static List<String> clauses(String sentence) {
        java.util.regex.Matcher keys = ANY_KEY.matcher(lower(sentence));
        List<Integer> cuts = new ArrayList<>();
        int previousEnd = -1;
        while (keys.find()) {
            if (previousEnd >= 0) {
                java.util.regex.Matcher boundary = BOUNDARY.matcher(sentence).region(previousEnd, keys.start());
                if (boundary.find()) {
                    cuts.add(boundary.start());
                    cuts.add(boundary.end());
                }
            }
            previousEnd = keys.end();
        }
        if (cuts.isEmpty()) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int c = 0; c < cuts.size(); c += 2) {
            out.add(sentence.substring(from, cuts.get(c)).trim());
            from = cuts.get(c + 1);
        }
        out.add(sentence.substring(from).trim());
        return out.stream().filter(clause -> !clause.isEmpty()).toList();
    }

    /** A key's announcement: "press 1", "dial one", "1 for", "pound to". */
    private static Pattern announcing(String forms) {
        return Pattern.compile("(press|dial|enter|select|push|hit|say)\\s+(the\\s+)?(" + forms + ")" + AFTER
            + "|(^|[\\s,(])(" + forms + ")(\\s+key)?\\s*(,\\s*)?(for|to|if)\\b");
    }

    /** The index of the sentence announcing a key, taken from the menu's words; -1 if none does. */
    int announceKey(String key) {
        Pattern announces = announcing(KEY_WORDS.getOrDefault(key, Pattern.quote(key)));
        for (int i = 0; i < sentences.size(); i++) {
            if (!taken[i] && announces.matcher(lower(sentences.get(i))).find()) {
                taken[i] = true;
                return i;
            }
        }
        return -1;
    }

    /** The sentence at an index returned by {@link #announceKey}. */
    String sentence(int index) {
        return sentences.get(index);
    }

    /**
     * The index of the first sentence that mentions a spoken choice, read as words (underscores,
     * dashes and camel case split); a yes-or-no answer counts as announced by any question.
     * -1 if none does.
     */
    int mention(String phrase) {
        String words = asWords(phrase);
        if (ANSWERS.contains(words)) {
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).contains("?")) {
                    return i;
                }
            }
        }
        Pattern mentioned = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + AFTER);
        for (int i = 0; i < sentences.size(); i++) {
            if (mentioned.matcher(lower(sentences.get(i)).replaceAll("[_\\-]", " ")).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The sentences no key took: the menu's own words. */
    String rest() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!taken[i]) {
                out.add(sentences.get(i));
            }
        }
        return String.join(" ", out);
    }

    /** A phrase or intent name as the words a caller says: "CCC_One_Estimating" is "ccc one estimating". */
    static String asWords(String phrase) {
        return lower(phrase.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").replaceAll("[_\\-]+", " ")).trim()
            .replaceAll("\\s+", " ");
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
