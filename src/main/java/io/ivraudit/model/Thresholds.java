package io.ivraudit.model;

/**
 * The limits the rules measure against. Set per run (command-line flags) or per repository
 * (the config file); the defaults are those of SPEC section 3.
 *
 * @param maxPressesToHuman the most key presses from the entry to a person (buried-human)
 * @param maxMenuWidth      the most announced options in a menu (wide-menu)
 * @param maxMenuDepth      the most key presses from the entry to a menu (deep-tree)
 * @param maxPromptSeconds  the longest announcement or message, in seconds (long-prompt)
 * @param maxSecondsToHuman the longest static route to the right person, listening plus hold,
 *                          in seconds (slow-to-human)
 */
public record Thresholds(int maxPressesToHuman, int maxMenuWidth, int maxMenuDepth,
                         double maxPromptSeconds, double maxSecondsToHuman) {
    /** The defaults. */
    public static final Thresholds DEFAULTS = new Thresholds(2, 5, 4, 20, 600);
}
