package io.ivraudit.model;

import java.util.List;

/**
 * A menu option as callers hear it: the key to press or the phrase to say, the words that
 * announce it, where it leads, and the intents whose callers would pick it.
 *
 * @param key    one DTMF key ({@code 0}-{@code 9}, {@code *}, {@code #}), or {@code null}
 * @param phrase what a speech menu listens for, or {@code null}
 * @param say    the announcement, or {@code null} when it has none
 * @param hidden works but is never announced
 */
public record Option(String key, String phrase, String say, String goTo, List<String> intents,
                     boolean hidden, SourcePosition at) {
    public Option {
        intents = List.copyOf(intents);
    }

    /** The key, or the phrase in quotes for a speech-only option: how a user names it. */
    public String label() {
        return key != null ? key : "\"" + phrase + "\"";
    }
}
