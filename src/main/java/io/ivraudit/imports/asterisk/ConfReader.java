package io.ivraudit.imports.asterisk;

import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Asterisk configuration file read the way Asterisk's own reader ({@code main/config.c},
 * {@code process_text_line}) reads it: {@code ;} comments (not {@code \;}), {@code ;-- --;}
 * block comments, {@code [name]} headers with their options ({@code (!)} a template,
 * {@code (+)} more lines for an earlier category, {@code (name,...)} lines inherited from
 * earlier categories), {@code #include} and {@code #exec} directives, and {@code key => value}
 * or {@code key = value} lines. What makes Asterisk refuse the whole file is an error here; what
 * Asterisk warns about and skips is a note. O(characters).
 */
final class ConfReader {
    private final String file;
    private final List<Category> categories = new ArrayList<>();
    private final Map<String, Category> byName = new LinkedHashMap<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<LoadError> errors = new ArrayList<>();
    private final List<LoadError> notes = new ArrayList<>();
    private Category current;
    private int commentDepth;
    private int commentStart;

    private ConfReader(String file) {
        this.file = file;
    }

    /** One {@code key = value} line of a category, where it is written. */
    record Line(String key, String value, SourcePosition at) {}

    /** A {@code [name]} section: a context, {@code [general]}, {@code [globals]}, or a template ({@code (!)}). */
    static final class Category {
        final String name;
        final SourcePosition at;
        final boolean template;
        final List<Line> lines = new ArrayList<>();

        Category(String name, SourcePosition at, boolean template) {
            this.name = name;
            this.at = at;
            this.template = template;
        }
    }

    /** An {@code #include} or {@code #exec} line: a file Asterisk reads in its place, which is not given here. */
    record Directive(String word, String argument, SourcePosition at) {}

    /** What reading gave: the categories in file order, the directives, and the errors and notes. */
    record Read(List<Category> categories, List<Directive> directives, List<LoadError> errors, List<LoadError> notes) {}

    static Read read(String file, String text) {
        ConfReader reader = new ConfReader(file);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length && reader.errors.isEmpty(); i++) {
            reader.line(lines[i], i + 1);
        }
        if (reader.commentDepth > 0 && reader.errors.isEmpty()) {
            reader.note(reader.commentStart, 1, "a block comment ';--' is never closed with '--;'; Asterisk warns and "
                + "ignores the rest of the file");
        }
        return new Read(reader.categories, reader.directives, reader.errors, reader.notes);
    }

    private void line(String raw, int number) {
        StringBuilder kept = new StringBuilder();
        int column = uncommented(raw, number, kept);
        String text = kept.toString().strip();
        if (!text.isEmpty()) {
            entry(text, new SourcePosition(file, number, Math.max(column, 1)));
        }
    }

    /**
     * The part of a line outside comments, into {@code kept}, as config.c cuts it: {@code ;} ends
     * the line unless escaped ({@code \;} is a semicolon), {@code ;--} opens a block comment and
     * {@code --;} closes it (they nest). Returns the column of the first character kept, or -1.
     */
    private int uncommented(String raw, int number, StringBuilder kept) {
        int column = -1;
        int i = 0;
        while (i < raw.length()) {
            if (commentDepth > 0) {
                boolean opens = raw.startsWith(";--", i) && !raw.startsWith(";---", i);
                commentDepth += raw.startsWith("--;", i) ? -1 : opens ? 1 : 0;
                i += raw.startsWith("--;", i) || opens ? 3 : 1;
                continue;
            }
            char c = raw.charAt(i);
            if (c == ';' && i > 0 && raw.charAt(i - 1) == '\\' && kept.length() > 0) {
                kept.setCharAt(kept.length() - 1, ';');
            } else if (c == ';' && raw.startsWith(";--", i) && !raw.startsWith(";---", i)) {
                commentDepth = 1;
                commentStart = number;
                i += 2;
            } else if (c == ';') {
                break;
            } else {
                column = column < 0 && !Character.isWhitespace(c) ? i + 1 : column;
                kept.append(c);
            }
            i++;
        }
        return column;
    }

    private void entry(String text, SourcePosition at) {
        if (text.charAt(0) == '[') {
            header(text, at);
        } else if (text.charAt(0) == '#') {
            directive(text, at);
        } else if (current == null) {
            errors.add(new LoadError(at, "found '" + clip(text) + "' before any [context] header; expected a "
                + "[context] line first (Asterisk refuses the file: no category for the line)"));
        } else {
            keyValue(text, at);
        }
    }

    private void header(String text, SourcePosition at) {
        int close = text.indexOf(']');
        if (close < 0) {
            errors.add(new LoadError(at, "found '" + clip(text) + "' with no closing ']'; expected a context header "
                + "such as [name] (Asterisk refuses the file)"));
            return;
        }
        String name = text.substring(1, close).strip();
        String rest = text.substring(close + 1).strip();
        List<String> options = new ArrayList<>();
        if (rest.startsWith("(")) {
            int end = rest.indexOf(')');
            if (end < 0) {
                errors.add(new LoadError(at, "found '" + clip(text) + "' with no closing ')' after the header; expected "
                    + "options such as [name](!) or [name](template) (Asterisk refuses the file)"));
                return;
            }
            for (String option : rest.substring(1, end).split(",")) {
                options.add(option.strip());
            }
        }
        category(name, options, at);
    }

    private void category(String name, List<String> options, SourcePosition at) {
        Category made = new Category(name, at, options.stream().anyMatch("!"::equals));
        Category target = made;
        for (String option : options) {
            if (option.equals("+")) {
                Optional<Category> earlier = Optional.ofNullable(byName.get(name));
                if (earlier.isEmpty()) {
                    errors.add(new LoadError(at, "found [" + name + "](+), which adds lines to a category that does not "
                        + "exist yet; expected an earlier [" + name + "] (Asterisk refuses the file)"));
                    return;
                }
                target = earlier.get();
            } else if (!option.equals("!") && !option.isEmpty()) {
                Category base = byName.get(option);
                if (base == null) {
                    errors.add(new LoadError(at, "found [" + name + "](" + option + "), which inherits from '" + option
                        + "', a category not defined above; expected a template or context defined earlier in the file "
                        + "(Asterisk refuses the file)"));
                    return;
                }
                made.lines.addAll(base.lines);
            }
        }
        if (target == made) {
            categories.add(made);
            byName.putIfAbsent(name, made);
        }
        current = target;
    }

    private void directive(String text, SourcePosition at) {
        String[] parts = text.substring(1).split("\\s+", 2);
        String word = parts[0].toLowerCase(java.util.Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].strip().replaceAll("^[\"<](.*)[\">]$", "$1") : "";
        if (word.equals("include") || word.equals("tryinclude") || word.equals("exec")) {
            directives.add(new Directive(word, argument, at));
            note(at, "#" + word + " " + argument + ": the file it reads in is not given here, so its contexts and "
                + "lines are not imported (import it too, or paste it in)");
        } else {
            note(at, "found the unknown directive '#" + word + "'; Asterisk warns and ignores it");
        }
    }

    private void keyValue(String text, SourcePosition at) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            note(at, "found '" + clip(text) + "' with no '='; expected 'key => value' (Asterisk warns and skips the line)");
            return;
        }
        String value = text.substring(equals + 1);
        if (value.startsWith(">")) {
            value = value.substring(1);
        }
        if (equals > 0 && text.charAt(equals - 1) == '+') {
            String key = text.substring(0, equals - 1).strip();
            appendTo(key, value.strip(), at);
            return;
        }
        current.lines.add(new Line(text.substring(0, equals).strip(), value.strip(), at));
    }

    /** {@code key += value}: the value is added to the last line of that key in the category. */
    private void appendTo(String key, String value, SourcePosition at) {
        for (int i = current.lines.size() - 1; i >= 0; i--) {
            Line line = current.lines.get(i);
            if (line.key().equals(key)) {
                current.lines.set(i, new Line(key, line.value() + value, line.at()));
                return;
            }
        }
        current.lines.add(new Line(key, value, at));
    }

    private void note(SourcePosition at, String message) {
        notes.add(new LoadError(at, message));
    }

    private void note(int line, int column, String message) {
        note(new SourcePosition(file, line, column), message);
    }

    static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
