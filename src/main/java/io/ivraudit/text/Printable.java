package io.ivraudit.text;

/**
 * Text from a tree made safe to print: every control character, and every character that
 * moves or reorders text on a terminal, is shown as a visible escape ({@code \n}, {@code \t},
 * {@code \x1b}, {@code \u202e}), so a tree can neither add a line to the output nor send a
 * terminal an escape sequence. Used wherever tree text meets a terminal, a text file, Markdown,
 * DOT, Mermaid or XML. Cost: O(length); a string that needs nothing is returned as it is.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with control, line-separating and bidirectional characters escaped; "" for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(text, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The character at {@code i}, or a surrogate that is not half of a pair. */
    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isUnsafe(c);
    }

    /**
     * C0 and C1 controls and DEL; the line and paragraph separators; the bidirectional marks,
     * embeddings, overrides and isolates that reorder what a reader sees ("Trojan source"); the
     * byte-order mark and the noncharacters U+FFFE and U+FFFF, which XML forbids.
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029
            || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f
            || c == 0x061c || c == 0xfeff || c == 0xfffe || c == 0xffff;
    }
}
