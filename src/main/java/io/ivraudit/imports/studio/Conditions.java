package io.ivraudit.imports.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values a Split Based On condition matches, as callers would have to press or say them:
 * {@code equal_to} one value, {@code matches_any_of} a comma list; for speech also
 * {@code contains}, {@code starts_with} and {@code regex}. Other condition types (negations,
 * blanks, comparisons, dates) match no single key or phrase. Values are trimmed: a space
 * around a value in the editor ({@code " 9 "}) is taken as a slip, not as keys callers must press.
 */
final class Conditions {
    private static final Set<String> KEYED = Set.of("equal_to", "matches_any_of");
    private static final Set<String> SPOKEN = Set.of("equal_to", "matches_any_of", "contains", "starts_with", "regex");
    private static final Pattern ENTRY_DIGITS = Pattern.compile("[0-9*#]{2,}");
    private static final Pattern REGEX_LOOK = Pattern.compile(
        "\\^.*|.*\\$|.*(\\.[*+?]|\\\\[a-zA-Z.]|\\[[^]]*]|\\([^)]*\\|[^)]*\\)).*");

    private Conditions() {}

    /** The values a condition matches, or empty when it matches no single value a caller enters. */
    static Optional<List<String>> values(Widget.Condition condition, boolean speech) {
        if (!(speech ? SPOKEN : KEYED).contains(condition.type())) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        if (condition.type().equals("matches_any_of")) {
            for (String part : condition.value().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        } else if (!condition.value().isBlank()) {
            values.add(condition.value().trim());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    /** How a condition that matches no single value is named in the report: "not_equal_to 1". */
    static String described(Widget.Condition condition) {
        return (condition.type().isBlank() ? "condition" : condition.type())
            + (condition.value().isBlank() ? "" : " " + condition.value().trim());
    }

    /** Whether a spoken value is a regular expression rather than words ({@code .*(si|y).*}). */
    static boolean isPattern(Widget.Condition condition, String value) {
        return condition.type().equals("regex") || REGEX_LOOK.matcher(value).matches();
    }

    /** Whether any condition of a split's matches is an entry of several keys (an account number, a PIN). */
    static boolean hasEntryOfDigits(Widget split) {
        return split.transitions().stream().flatMap(t -> t.conditions().stream())
            .flatMap(c -> values(c, false).orElse(List.of()).stream())
            .anyMatch(v -> ENTRY_DIGITS.matcher(v).matches());
    }

    /**
     * Whether a condition can hold for an empty input: a negation or a blank test can, a value
     * to equal, contain or start with cannot; comparisons and patterns are taken to (not known).
     */
    static boolean matchesEmpty(Widget.Condition condition) {
        return switch (condition.type()) {
            case "equal_to", "matches_any_of", "contains", "starts_with" -> values(condition, true).isEmpty();
            case "is_not_blank" -> false;
            default -> true;
        };
    }

    /** Whether a split has a {@code match} transition at all: a choice a caller can make. */
    static boolean hasMatch(Widget split) {
        return split.transitions().stream().anyMatch(t -> t.event().equals("match"));
    }
}
