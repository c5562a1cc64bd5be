package io.ivraudit.imports.voicexml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ECMAScript string expressions VoiceXML documents write in {@code expr}, {@code destexpr} and
 * {@code expritem} attributes, read as far as they can be without running anything: a string or
 * number literal, a variable the document sets once to a literal ({@code application.x},
 * {@code document.x} or {@code x}), and {@code +} between them. Anything else cannot be read.
 * O(length).
 */
final class Expressions {
    private Expressions() {}

    /** The value of an expression made only of literals and constants, joined by {@code +}. */
    static Optional<String> fold(String expr, Map<String, String> constants) {
        Optional<List<String>> parts = parts(expr, constants, false);
        return parts.map(p -> String.join("", p));
    }

    /**
     * The expression as text with the values it can read and {@code {name}} for the variables it
     * cannot: {@code 'sip:' + digits + '@example.com'} is {@code sip:{digits}@example.com}; the
     * expression itself when it is no such sum.
     */
    static String render(String expr, Map<String, String> constants) {
        return parts(expr, constants, true).map(p -> String.join("", p)).orElse(expr.strip());
    }

    /** What {@code <value expr>} says, as far as it can be read: {@code 'Entered ' + digits} is "Entered {digits}". */
    static String spoken(String expr) {
        return parts(expr, Map.of(), true).map(p -> String.join("", p)).orElse("{" + expr.strip() + "}");
    }

    private static Optional<List<String>> parts(String expr, Map<String, String> constants, boolean placeholders) {
        List<String> out = new ArrayList<>();
        int i = 0;
        String text = expr.strip();
        boolean expectTerm = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (!expectTerm && c == '+') {
                expectTerm = true;
                i++;
            } else if (expectTerm && (c == '\'' || c == '"')) {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                out.add(text.substring(i + 1, end));
                i = end + 1;
                expectTerm = false;
            } else if (expectTerm && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.')) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || "_$.".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                String word = text.substring(i, end);
                Optional<String> value = term(word, constants);
                if (value.isEmpty() && !placeholders) {
                    return Optional.empty();
                }
                out.add(value.orElse("{" + word + "}"));
                i = end;
                expectTerm = false;
            } else {
                return Optional.empty();
            }
        }
        return expectTerm ? Optional.empty() : Optional.of(out);
    }

    private static Optional<String> term(String word, Map<String, String> constants) {
        if (word.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.of(word);
        }
        String name = word.replaceFirst("^(application|document)\\.", "");
        return Optional.ofNullable(constants.get(name));
    }
}
