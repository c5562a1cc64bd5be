package io.ivraudit.text;

import java.util.Locale;

/** Counts said in words that agree with them ("1 error", "2 errors", "1 press", "3 presses"), and plain numbers. */
public final class Words {
    private Words() {}

    /** {@code n} and the noun, plural unless {@code n} is 1: "es" after s, x, z, ch and sh, else "s". */
    public static String count(long n, String singular) {
        return count(n, singular, plural(singular));
    }

    /** {@code n} and the noun, for nouns whose plural is not regular. */
    public static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }

    /** A number as a person writes it: {@code 3}, not {@code 3.0}; {@code 0.25}. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value) : Double.toString(value);
    }

    private static String plural(String singular) {
        boolean sibilant = singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("z")
            || singular.endsWith("ch") || singular.endsWith("sh");
        return singular + (sibilant ? "es" : "s");
    }
}
