package io.ivraudit.model;

import java.util.Locale;

/** Whether anyone answers what is sent to an address. */
public enum Replies {
    MONITORED, UNMONITORED, NONE;

    /** The word used in tree files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
