package io.ivraudit.imports.asterisk;

import io.ivraudit.load.LoadError;
import io.ivraudit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dial plan as Asterisk loads it ({@code pbx/pbx_config.c}): contexts in file order, each with
 * its extensions and their numbered priorities, its includes, and the global variables. Built by
 * {@link DialPlanReader}; read by the flow building.
 *
 * @param file     the file, as named in messages
 * @param contexts the contexts that take calls, by name, in file order ({@code [general]},
 *                 {@code [globals]} and templates are not contexts)
 * @param counted  variables a context counts up by hand ({@code Set(tries=$[${tries}+1])}): a
 *                 test of one is a retry count, not a caller's choice
 * @param includes the {@code #include} and {@code #exec} lines: files that are not given here
 * @param notes    lines Asterisk would warn about and skip (or keep), and what was not followed
 */
record DialPlan(String file, Map<String, Context> contexts, Set<String> counted, List<ConfReader.Directive> includes,
                List<LoadError> notes) {
    /** The names of Asterisk's special extensions, which callers do not dial. */
    static final Set<String> SPECIAL = Set.of("i", "t", "T", "h", "e", "a", "o");

    /** One step of an extension: {@code exten => 1,2(label),App(data)}. */
    record Priority(String context, String exten, int number, String label, String app, String data,
                    boolean unclosed, SourcePosition at) {
        /** The application's name as Asterisk looks it up: without case. */
        String appName() {
            return app.toLowerCase(Locale.ROOT);
        }

        /** How a report names the step: {@code Dial(SIP/667)}, shortened. */
        String written() {
            String call = data.isEmpty() && !unclosed ? app : app + "(" + data + (unclosed ? "" : ")");
            return ConfReader.clip(call);
        }
    }

    /** One extension of a context: its priorities by number and their labels. */
    static final class Extension {
        final String context;
        final String name;
        final SourcePosition at;
        final TreeMap<Integer, Priority> priorities = new TreeMap<>();
        final Map<String, Integer> labels = new HashMap<>();

        Extension(String context, String name, SourcePosition at) {
            this.context = context;
            this.name = name;
            this.at = at;
        }

        /** Whether the name is a pattern ({@code _X.}), not a literal. */
        boolean pattern() {
            return name.startsWith("_");
        }

        /**
         * The block id of a priority: {@code context,extension,label} when it has a label of its
         * own (a person wrote it, and Goto targets name it), else {@code context,extension,number}.
         */
        String blockId(int number) {
            Priority p = priorities.get(number);
            boolean ownLabel = p != null && p.label() != null && !p.label().isBlank()
                && labels.get(p.label()) == number && !p.label().matches("\\d+");
            return context + "," + name + "," + (ownLabel ? p.label() : String.valueOf(number));
        }
    }

    /** One context: its extensions in the order they are first written, and the contexts it includes. */
    static final class Context {
        final String name;
        final SourcePosition at;
        final Map<String, Extension> extensions = new LinkedHashMap<>();
        final List<String> includes = new ArrayList<>();
        final Map<String, SourcePosition> includedAt = new HashMap<>();
        final List<String> switches = new ArrayList<>();

        Context(String name, SourcePosition at) {
            this.name = name;
            this.at = at;
        }

        /** A macro ({@code [macro-name]}, run by {@code Macro(name)}): running off its end goes back to the caller. */
        boolean macro() {
            return name.toLowerCase(Locale.ROOT).startsWith("macro-");
        }
    }
}
