package io.ivraudit.model;

import java.util.Locale;

/** How much a finding matters, worst first. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The word used in outputs and config files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as bad as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
