package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.asterisk.DialPlan.Context;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contexts, extensions and priorities from the categories of {@code extensions.conf}, by the rules
 * of Asterisk's loader ({@code pbx/pbx_config.c}, {@code pbx_load_config}): {@code exten} and
 * {@code same} lines, priorities {@code 1}, {@code n}, {@code s}, {@code n+2} and labels
 * {@code n(loop)}, {@code include}, global variables substituted in extension names. A line
 * Asterisk warns about and skips is skipped and noted; nothing here makes the file unreadable.
 * O(lines).
 */
final class DialPlanReader {
    private static final Pattern GLOBAL = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern COUNT_UP = Pattern.compile(
        "^\\s*(\\w+)\\s*=\\s*\\$\\[\\s*\\$\\{\\1}\\s*\\+\\s*1\\s*]\\s*$");

    private final Map<String, Context> contexts = new LinkedHashMap<>();
    private final Map<String, String> globals = new LinkedHashMap<>();
    private final Set<String> counted = new LinkedHashSet<>();
    private final List<LoadError> notes = new ArrayList<>();
    private String lastExtension;
    private int lastPriority;

    private DialPlanReader() {}

    static DialPlan read(String file, ConfReader.Read conf) {
        DialPlanReader reader = new DialPlanReader();
        reader.notes.addAll(conf.notes());
        for (ConfReader.Category category : conf.categories()) {
            if (category.name.equalsIgnoreCase("globals") && !category.template) {
                category.lines.forEach(l -> reader.globals.put(l.key(), l.value()));
            }
        }
        for (ConfReader.Category category : conf.categories()) {
            String lower = category.name.toLowerCase(Locale.ROOT);
            if (!category.template && !lower.equals("general") && !lower.equals("globals")) {
                reader.context(category);
            }
        }
        for (Context context : reader.contexts.values()) {
            for (String included : context.includes) {
                if (!reader.contexts.containsKey(included)) {
                    reader.note(context.includedAt.get(included), "context '" + context.name + "' includes '" + included
                        + "', which is not in the dial plan (another file or module may make it); its extensions are "
                        + "not imported");
                }
            }
        }
        return new DialPlan(file, reader.contexts, reader.counted, conf.directives(), reader.notes);
    }

    private void context(ConfReader.Category category) {
        Context context = contexts.computeIfAbsent(category.name, n -> new Context(n, category.at));
        lastExtension = null;
        lastPriority = -2;
        for (ConfReader.Line line : category.lines) {
            String key = line.key().toLowerCase(Locale.ROOT);
            if (key.startsWith("same") || key.equals("exten")) {
                priority(context, key.startsWith("same"), line);
            } else if (key.equals("include")) {
                include(context, line);
            } else if (key.equals("switch") || key.equals("lswitch") || key.equals("eswitch")) {
                context.switches.add(line.value());
                note(line.at(), "'" + line.key() + " => " + line.value() + "' looks extensions up elsewhere at run time; "
                    + "what it finds is not imported");
            } else if (!key.equals("ignorepat") && !key.equals("autohints")) {
                note(line.at(), "found the unknown directive '" + line.key() + "' in context '" + context.name
                    + "'; Asterisk warns and ignores it");
            }
        }
    }

    private void include(Context context, ConfReader.Line line) {
        String[] parts = substituted(line.value()).split(",", 2);
        context.includes.add(parts[0].strip());
        context.includedAt.putIfAbsent(parts[0].strip(), line.at());
        if (parts.length > 1) {
            note(line.at(), "'include => " + line.value() + "' includes '" + parts[0].strip() + "' only at some times; "
                + "its extensions are taken to be there at every hour");
        }
    }

    private void priority(Context context, boolean same, ConfReader.Line line) {
        String rest = line.value();
        String extension;
        if (same) {
            if (lastExtension == null) {
                note(line.at(), "found 'same => " + ConfReader.clip(rest) + "' before any 'exten =>' line of context '"
                    + context.name + "'; expected an exten line first (Asterisk logs an error and skips the line)");
                return;
            }
            extension = lastExtension;
        } else {
            int comma = extensionEnd(rest);
            extension = substituted(rest.substring(0, comma).strip());
            rest = comma < rest.length() ? rest.substring(comma + 1) : "";
            lastExtension = extension;
        }
        int slash = extension.indexOf('/');
        if (slash >= 0) {
            note(line.at(), "extension '" + extension + "' is matched only for some callers' numbers; it is taken to "
                + "match every call");
            extension = extension.substring(0, slash);
        }
        int comma = rest.indexOf(',');
        String written = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        String application = comma < 0 ? "" : rest.substring(comma + 1);
        step(context, extension, written, application, line);
    }

    private void step(Context context, String extension, String written, String application, ConfReader.Line line) {
        String label = null;
        String priority = written;
        int open = priority.indexOf('(');
        if (open >= 0) {
            int close = priority.indexOf(')', open);
            if (close < 0) {
                note(line.at(), "found the priority '" + written + "' with no ')' after its label; expected n(label) "
                    + "(Asterisk warns and skips the line)");
                return;
            }
            label = priority.substring(open + 1, close).strip();
            priority = priority.substring(0, open).strip();
        }
        int plus = 0;
        int plusAt = priority.indexOf('+');
        if (plusAt >= 0) {
            plus = leadingInt(priority.substring(plusAt + 1));
            priority = priority.substring(0, plusAt).strip();
        }
        Extension ext = context.extensions.get(extension);
        Integer number = number(priority, ext, line);
        if (number == null) {
            return;
        }
        add(context, extension, number + plus, label, application, line);
    }

    /** The priority a written priority stands for, or null (noted) when Asterisk skips the line. */
    private Integer number(String priority, Extension ext, ConfReader.Line line) {
        if (priority.equals("hint")) {
            return null;
        }
        if (priority.equals("n") || priority.equals("next") || priority.equals("s") || priority.equals("same")) {
            if (lastPriority <= -2) {
                note(line.at(), "found the priority '" + priority + "' on the first line of the context; expected a "
                    + "number (Asterisk warns and skips the line)");
                return null;
            }
            return priority.startsWith("n") ? lastPriority + 1 : lastPriority;
        }
        if (priority.matches("-?\\d+")) {
            int n = Integer.parseInt(priority.length() > 9 ? "0" : priority);
            if (n >= 1) {
                return n;
            }
        } else if (ext != null && ext.labels.containsKey(priority)) {
            return ext.labels.get(priority);
        }
        note(line.at(), "found the priority '" + priority + "'; expected a number of 1 or more, n, s or a label of the "
            + "extension (Asterisk warns and skips the line)");
        return null;
    }

    private void add(Context context, String extension, int number, String label, String application,
                     ConfReader.Line line) {
        lastPriority = number;
        Extension ext = context.extensions.computeIfAbsent(extension, n -> new Extension(context.name, n, line.at()));
        if (ext.priorities.containsKey(number)) {
            note(line.at(), "priority " + number + " of extension '" + extension + "' in context '" + context.name
                + "' is written twice; Asterisk keeps the first and skips this line");
            return;
        }
        AppText app = AppText.of(application);
        if (app.unclosed()) {
            note(line.at(), "found '" + ConfReader.clip(application.strip()) + "' with no closing ')'; expected "
                + "App(arguments) (Asterisk warns and takes the rest of the line as the arguments)");
        }
        ext.priorities.put(number, new Priority(context.name, extension, number, label, app.name(), app.data(),
            app.unclosed(), line.at()));
        if (label != null && !label.isEmpty()) {
            ext.labels.putIfAbsent(label, number);
        }
        if (app.name().equalsIgnoreCase("set") || app.name().equalsIgnoreCase("mset")) {
            Matcher m = COUNT_UP.matcher(app.data());
            if (m.matches()) {
                counted.add(m.group(1));
            }
        }
    }

    /** An application call as Asterisk splits it: the name before the first '(', the data up to the last ')'. */
    record AppText(String name, String data, boolean unclosed) {
        static AppText of(String application) {
            int open = application.indexOf('(');
            if (open < 0) {
                return new AppText(application.strip(), "", false);
            }
            String name = application.substring(0, open);
            if (name.contains("${") || name.contains("$[")) {
                return new AppText(application.strip(), "", false);
            }
            String data = application.substring(open + 1);
            int close = data.lastIndexOf(')');
            return close < 0 ? new AppText(name.strip(), data.strip(), true)
                : new AppText(name.strip(), data.substring(0, close), false);
        }
    }

    /** Where the extension ends: the first comma outside square brackets, as {@code pbx_strsep} finds it. */
    private static int extensionEnd(String value) {
        int square = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[') {
                square++;
            } else if (c == ']' && square > 0) {
                square--;
            } else if (c == '\\') {
                i++;
            } else if (c == ',' && square == 0) {
                return i;
            }
        }
        return value.length();
    }

    /** Global variables of [globals] put in, as Asterisk does for extension names when it loads the file. */
    private String substituted(String text) {
        Matcher m = GLOBAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = globals.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int leadingInt(String text) {
        Matcher m = Pattern.compile("^\\s*(\\d{1,6})").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void note(SourcePosition at, String message) {
        notes.add(new LoadError(at, message));
    }
}
