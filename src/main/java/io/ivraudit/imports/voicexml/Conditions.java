package io.ivraudit.imports.voicexml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cond} of an {@code <if>}, {@code <elseif>} or form item, decided where it compares
 * fields whose value is known (the option a caller chose) with literals: {@code dept == 'sales'},
 * {@code 'sales' === dept}, {@code confirm}, {@code !(a == 1 || b != 'x')}. Anything else (a
 * function call, another variable, {@code <}) is {@link Truth#UNKNOWN}, and the import turns the
 * condition into a split. Equality is ECMAScript's loose one where it matters: {@code '1' == 1}.
 * O(length).
 */
final class Conditions {
    /** What a condition is, given what is known. */
    enum Truth { TRUE, FALSE, UNKNOWN }

    /** Longer conditions are not read (their nesting would be deep): they are splits. */
    private static final int MAX_TOKENS = 200;

    private final List<String> tokens;
    private final Map<String, String> known;
    private int at;

    private Conditions(List<String> tokens, Map<String, String> known) {
        this.tokens = tokens;
        this.known = known;
    }

    /** Whether {@code cond} holds when the fields in {@code known} have those values. */
    static Truth eval(String cond, Map<String, String> known) {
        Optional<List<String>> tokens = tokens(cond);
        if (tokens.isEmpty() || tokens.get().isEmpty() || tokens.get().size() > MAX_TOKENS) {
            return Truth.UNKNOWN;
        }
        Conditions parser = new Conditions(tokens.get(), known);
        Optional<Value> value = parser.or();
        return value.isEmpty() || parser.at != tokens.get().size() ? Truth.UNKNOWN : value.get().truth();
    }

    /** The literals {@code cond} compares {@code name} with, in order ({@code name == 'x'}: x). */
    static List<String> literalsComparedTo(String name, String cond) {
        List<String> out = new ArrayList<>();
        List<String> t = tokens(cond).orElse(List.of());
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i + 1).matches("===?")) {
                if (t.get(i).equals(name) && isLiteral(t.get(i + 2))) {
                    out.add(literal(t.get(i + 2)));
                } else if (t.get(i + 2).equals(name) && isLiteral(t.get(i))) {
                    out.add(literal(t.get(i)));
                }
            }
        }
        return out;
    }

    /** A value: known text, or unknown. */
    private record Value(String text) {
        static final Value UNKNOWN = new Value(null);

        Truth truth() {
            if (text == null) {
                return Truth.UNKNOWN;
            }
            return text.isEmpty() || text.equals("false") ? Truth.FALSE : Truth.TRUE;
        }

        static Value of(Truth truth) {
            return truth == Truth.UNKNOWN ? UNKNOWN : new Value(truth == Truth.TRUE ? "true" : "false");
        }
    }

    private Optional<Value> or() {
        Optional<Value> left = and();
        while (left.isPresent() && peek("||")) {
            at++;
            Optional<Value> right = and();
            if (right.isEmpty()) {
                return Optional.empty();
            }
            Truth a = left.get().truth();
            Truth b = right.get().truth();
            left = Optional.of(Value.of(a == Truth.TRUE || b == Truth.TRUE ? Truth.TRUE
                : a == Truth.FALSE && b == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN));
        }
        return left;
    }

    private Optional<Value> and() {
        Optional<Value> left = unary();
        while (left.isPresent() && peek("&&")) {
            at++;
            Optional<Value> right = unary();
            if (right.isEmpty()) {
                return Optional.empty();
            }
            Truth a = left.get().truth();
            Truth b = right.get().truth();
            left = Optional.of(Value.of(a == Truth.FALSE || b == Truth.FALSE ? Truth.FALSE
                : a == Truth.TRUE && b == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN));
        }
        return left;
    }

    private Optional<Value> unary() {
        if (peek("!")) {
            at++;
            return unary().map(v -> Value.of(switch (v.truth()) {
                case TRUE -> Truth.FALSE;
                case FALSE -> Truth.TRUE;
                case UNKNOWN -> Truth.UNKNOWN;
            }));
        }
        Optional<Value> left = operand();
        if (left.isPresent() && at < tokens.size() && tokens.get(at).matches("[!=]==?")) {
            boolean equal = tokens.get(at).startsWith("=");
            at++;
            Optional<Value> right = operand();
            if (right.isEmpty()) {
                return Optional.empty();
            }
            String a = left.get().text();
            String b = right.get().text();
            if (a == null || b == null) {
                return Optional.of(Value.UNKNOWN);
            }
            return Optional.of(Value.of(same(a, b) == equal ? Truth.TRUE : Truth.FALSE));
        }
        return left;
    }

    private Optional<Value> operand() {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String token = tokens.get(at++);
        if (token.equals("(")) {
            Optional<Value> inner = or();
            if (inner.isEmpty() || !peek(")")) {
                return Optional.empty();
            }
            at++;
            return inner;
        }
        if (isLiteral(token)) {
            return Optional.of(new Value(literal(token)));
        }
        if (token.matches("[A-Za-z_$][\\w$.]*")) {
            String name = token.replaceFirst("^(application|document|dialog)\\.", "");
            return Optional.of(known.containsKey(name) ? new Value(known.get(name)) : Value.UNKNOWN);
        }
        return Optional.empty();
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }

    private static boolean same(String a, String b) {
        if (a.matches("-?\\d+(\\.\\d+)?") && b.matches("-?\\d+(\\.\\d+)?")) {
            return Double.parseDouble(a) == Double.parseDouble(b);
        }
        return a.equals(b);
    }

    private static boolean isLiteral(String token) {
        return token.startsWith("'") || token.startsWith("\"") || token.matches("-?\\d+(\\.\\d+)?|true|false");
    }

    private static String literal(String token) {
        return token.startsWith("'") || token.startsWith("\"") ? token.substring(1, token.length() - 1) : token;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || "_$.".indexOf(c) >= 0;
    }

    /** The tokens of a condition; empty when it holds a character no supported condition has. */
    private static Optional<List<String>> tokens(String cond) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < cond.length()) {
            char c = cond.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = cond.indexOf(c, i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                out.add(cond.substring(i, end + 1));
                i = end + 1;
            } else if (cond.startsWith("===", i) || cond.startsWith("!==", i)) {
                out.add(cond.substring(i, i + 3));
                i += 3;
            } else if (cond.startsWith("==", i) || cond.startsWith("!=", i) || cond.startsWith("&&", i)
                || cond.startsWith("||", i)) {
                out.add(cond.substring(i, i + 2));
                i += 2;
            } else if ("!()".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if (Character.isLetterOrDigit(c) || "_$.-".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < cond.length() && isNamePart(cond.charAt(end))) {
                    end++;
                }
                out.add(cond.substring(i, end));
                i = end;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }
}
