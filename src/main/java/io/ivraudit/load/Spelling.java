package io.ivraudit.load;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for names that are nearly right. */
final class Spelling {
    private Spelling() {}

    /**
     * The candidate closest to {@code name} by edit distance, if it is close enough to be a
     * slip of the finger (one edit per three letters, at least 1 and at most 3), else the
     * shortest candidate the name is the start of.
     * Cost: O(candidates x n x m).
     */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(3, Math.max(1, name.length() / 3));
        if (bestDistance <= allowed) {
            return Optional.of(best);
        }
        return abbreviated(name, candidates);
    }

    /** The shortest candidate that {@code name} starts, for cut-short names such as "max_presses". */
    private static Optional<String> abbreviated(String name, Collection<String> candidates) {
        if (name.length() < 4) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> c.toLowerCase().startsWith(name.toLowerCase()))
            .min(java.util.Comparator.comparingInt(String::length));
    }

    /** The same, as a sentence to append to a message: {@code " (did you mean 'x'?)"} or "". */
    static String suggestion(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit. O(n x m). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
