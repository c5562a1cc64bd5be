package io.ivraudit.imports.freeswitch;

import java.util.Optional;

/**
 * A menu's patience, as FreeSWITCH reads its attributes ({@code atoi}: leading digits, anything
 * else is 0): {@code timeout} in milliseconds (0 or absent: 10 000), {@code max-failures}
 * (0 or absent: 3) and {@code max-timeouts} (absent: the {@code max-failures} value; 0: 3).
 * The menu plays again after each wrong key and each silence until one counter reaches its
 * limit, so it plays {@code max-failures} times for callers who press wrong keys and
 * {@code max-timeouts} times for callers who stay silent. The flow model has one number of
 * tries for both: when the limits differ, the smaller one (the limit that applies first) is
 * taken, and the report says it is a guess.
 */
record Limits(int timeoutMs, boolean timeoutDefault, int failures, boolean failuresDefault, int timeouts,
              boolean timeoutsDefault) {
    static Limits of(MenuFile.Menu menu) {
        Optional<String> failuresText = menu.attribute("max-failures");
        Optional<String> timeoutsText = menu.attribute("max-timeouts").or(() -> failuresText);
        int timeout = menu.attribute("timeout").map(Limits::atoi).orElse(0);
        int failures = failuresText.map(Limits::atoi).orElse(0);
        int timeouts = timeoutsText.map(Limits::atoi).orElse(0);
        return new Limits(timeout > 0 ? timeout : MenuFlows.DEFAULT_TIMEOUT_MS, timeout <= 0,
            failures > 0 ? failures : MenuFlows.DEFAULT_MAX, failures <= 0,
            timeouts > 0 ? timeouts : MenuFlows.DEFAULT_MAX, menu.attribute("max-timeouts").map(Limits::atoi).orElse(0) <= 0);
    }

    /** C's {@code atoi}: an optional sign and the leading digits; 0 when there are none (or too many). */
    static int atoi(String text) {
        String s = text.strip();
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int end = i;
        while (end < s.length() && end - i < 9 && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == i) {
            return 0;
        }
        int value = Integer.parseInt(s.substring(i, end));
        return s.startsWith("-") ? -value : value;
    }

    double timeoutSeconds() {
        return timeoutMs / 1000.0;
    }

    /** How many times the menu is played before a wrong key or silence leaves it: the limit that applies first. */
    int tries() {
        return Math.min(failures, timeouts);
    }

    String failuresNote() {
        return "max-failures " + failures + (failuresDefault ? " (default)" : "") + differ();
    }

    String timeoutsNote() {
        return "max-timeouts " + timeouts + (timeoutsDefault ? " (default: as max-failures, else 3)" : "") + differ();
    }

    private String differ() {
        return failures == timeouts ? "" : "; max-failures " + failures + " and max-timeouts " + timeouts
            + " differ: both taken as " + tries() + " tries, the limit that applies first (a guess)";
    }
}
