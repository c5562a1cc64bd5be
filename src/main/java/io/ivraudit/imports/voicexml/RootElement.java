package io.ivraudit.imports.voicexml;

import java.util.Optional;

/**
 * The local name of a text's first element, found by skipping what may come before it (a
 * byte-order mark, the XML declaration, processing instructions, comments, a DOCTYPE): enough
 * to recognise a document by its root without reading it. A DOCTYPE is skipped, not read, so a
 * VoiceXML document that has one is still recognised and then refused by {@code Xml} with its
 * position. O(length of the prolog).
 */
final class RootElement {
    private RootElement() {}

    static Optional<String> of(String text) {
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("<?", at)) {
                at = after(text, "?>", at);
            } else if (text.startsWith("<!--", at)) {
                at = after(text, "-->", at);
            } else if (text.startsWith("<!", at)) {
                at = afterDeclaration(text, at);
            } else if (c == '<') {
                return Optional.of(localName(text, at + 1));
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from + 2);
        return found < 0 ? text.length() : found + end.length();
    }

    /** Past a {@code <!DOCTYPE ...>}, whose internal subset in brackets may hold '>'. */
    private static int afterDeclaration(String text, int from) {
        int depth = 0;
        for (int i = from + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static String localName(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "/>".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String name = text.substring(from, end);
        return name.substring(name.indexOf(':') + 1);
    }
}
