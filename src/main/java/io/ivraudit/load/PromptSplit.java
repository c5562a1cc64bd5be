package io.ivraudit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A menu prompt cut into sentences, so that each option gets the words that announce it
 * ("Press 1 if you are calling about missing luggage.", "For billing, press 2.", "3 for sales")
 * and the menu keeps the rest. Sentences are taken at most once.
 */
final class PromptSplit {
    private final List<String> sentences = new ArrayList<>();
    private final List<Boolean> taken = new ArrayList<>();

    PromptSplit(String prompt) {
        for (String sentence : prompt.split("(?<=[.!?])\\s+|\\n+")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.trim());
                taken.add(false);
            }
        }
    }

    /** The sentence announcing a key ("press 1", "1 for ...", "dial 2"), taken from the menu's words. */
    Optional<String> sentenceForKey(String key) {
        String quoted = Pattern.quote(key);
        Pattern announces = Pattern.compile("(press|dial|enter|select)\\s+" + quoted + "\\b|(^|\\s)" + quoted
            + "\\s+(for|to|if)\\b");
        for (int i = 0; i < sentences.size(); i++) {
            if (!taken.get(i) && announces.matcher(sentences.get(i).toLowerCase(Locale.ROOT)).find()) {
                taken.set(i, true);
                return Optional.of(sentences.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a phrase is mentioned anywhere in the prompt (speech menus announce several in one sentence). */
    boolean mentions(String phrase) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "\\b");
        return sentences.stream().anyMatch(s -> p.matcher(s.toLowerCase(Locale.ROOT)).find());
    }

    /** The sentences no option took: the menu's own words. */
    String rest() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!taken.get(i)) {
                out.add(sentences.get(i));
            }
        }
        return String.join(" ", out);
    }
}
