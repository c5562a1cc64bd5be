package io.ivraudit.model;

import java.util.Locale;

/** How an address reaches the company. */
public enum Channel {
    PHONE, EMAIL, SMS, WEB;

    /** The word used in tree files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
