package io.ivraudit.imports.freeswitch;

import java.util.Locale;

/**
 * The sounds a menu plays ({@code greet-long}, {@code invalid-sound}, {@code exit-sound}, a
 * {@code menu-play-sound} parameter) as words: {@code say:Welcome...} and
 * {@code tts://engine|voice|text} are text spoken by the menu's TTS engine, so their words are
 * known; a file ({@code ivr/ivr-welcome.wav}) is a recording and a {@code phrase:} macro is
 * assembled from recordings, so their words are not.
 */
final class Sounds {
    private Sounds() {}

    /** The words of a sound, or {@code null} when they are unknown (a recording, a phrase macro, nothing). */
    static String words(String sound) {
        if (sound == null || sound.isBlank()) {
            return null;
        }
        String s = sound.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        String words = null;
        if (lower.startsWith("say:")) {
            words = s.substring(4);
        } else if (lower.startsWith("tts://")) {
            String[] parts = s.substring(6).split("\\|", 3);
            words = parts.length == 3 ? parts[2] : null;
        }
        return words == null || words.isBlank() ? null : words.strip();
    }

    /** How the report names a sound whose words are unknown: "the recording 'x.wav'", "the phrase macro 'm'". */
    static String describe(String sound) {
        String s = sound.strip();
        return s.toLowerCase(Locale.ROOT).startsWith("phrase:") ? "the phrase macro '" + s.substring(7) + "'"
            : words(s) != null ? "the words '" + words(s) + "'" : "the recording '" + s + "'";
    }
}
