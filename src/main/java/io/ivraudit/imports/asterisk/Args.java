package io.ivraudit.imports.asterisk;

import java.util.ArrayList;
import java.util.List;

/**
 * An application's data cut the way Asterisk cuts it ({@code ast_app_separate_args}): arguments
 * at commas outside parentheses, brackets, {@code ${...}} and quotes; a condition
 * ({@code GotoIf(cond?then:else)}) at its first {@code ?} and {@code :} outside them; a place to
 * jump to ({@code [[context,]extension,]priority}). Variables stay as written. O(length).
 */
final class Args {
    private Args() {}

    /** The arguments, each stripped of spaces and of the quotes around it. */
    static List<String> split(String data) {
        return cut(data, ',', Integer.MAX_VALUE).stream().map(Args::unquote).toList();
    }

    /** The argument at {@code index}, or "" when there are fewer. */
    static String arg(String data, int index) {
        List<String> args = split(data);
        return index < args.size() ? args.get(index) : "";
    }

    /** A condition and what it leads to when true and when false ("" when not written). */
    record Condition(String test, String ifTrue, String ifFalse, boolean written) {}

    /** {@code test?ifTrue:ifFalse}; without a {@code ?}, the whole data is the test and both ways are empty. */
    static Condition condition(String data) {
        List<String> parts = cut(data, '?', 2);
        if (parts.size() < 2) {
            return new Condition(data.strip(), "", "", false);
        }
        List<String> ways = cut(parts.get(1), ':', 2);
        return new Condition(parts.get(0).strip(), ways.get(0).strip(), ways.size() > 1 ? ways.get(1).strip() : "", true);
    }

    /** A place to go: {@code context}, {@code extension} (null: the current one) and {@code priority} (a number or label). */
    record Place(String context, String extension, String priority) {}

    /**
     * The place a Goto names: {@code label}, {@code extension,label} or {@code context,extension,label}.
     * For Gosub and Macro the arguments in parentheses after the priority are left out.
     */
    static Place place(String spec, boolean arguments) {
        List<String> parts = split(spec);
        if (parts.isEmpty()) {
            return new Place(null, null, "");
        }
        List<String> ps = new ArrayList<>(parts.subList(0, Math.min(parts.size(), 3)));
        if (arguments) {
            String last = ps.get(ps.size() - 1);
            int open = last.indexOf('(');
            if (open > 0) {
                ps.set(ps.size() - 1, last.substring(0, open).strip());
            }
        }
        return switch (ps.size()) {
            case 1 -> new Place(null, null, ps.get(0));
            case 2 -> new Place(null, ps.get(0), ps.get(1));
            default -> new Place(ps.get(0), ps.get(1), ps.get(2));
        };
    }

    /** An application call written as an argument ({@code ExecIf(c?Set(x=1):Hangup())}): its name and data. */
    record Call(String app, String data) {}

    static Call call(String text) {
        DialPlanReader.AppText app = DialPlanReader.AppText.of(text);
        return new Call(app.name(), app.data());
    }

    /** Whether the text is set at run time: a variable or an expression. */
    static boolean dynamic(String text) {
        return text.contains("${") || text.contains("$[");
    }

    private static List<String> cut(String data, char at, int most) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < data.length() && out.size() < most - 1; i++) {
            char c = data.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (!quoted && depth == 0 && c == at) {
                out.add(data.substring(start, i));
                start = i + 1;
            }
        }
        out.add(data.substring(Math.min(start, data.length())));
        if (out.size() == 1 && out.get(0).isBlank() && at == ',') {
            return List.of();
        }
        return out;
    }

    private static String unquote(String arg) {
        String s = arg.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
