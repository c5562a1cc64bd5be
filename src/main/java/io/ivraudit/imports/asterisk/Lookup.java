package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.asterisk.DialPlan.Context;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finding what a call in one context reaches, as Asterisk searches: the context's own literal
 * extensions, then its patterns (the most specific first), then the contexts it includes, in order
 * and depth first; own extensions win over included ones. O(extensions) per question.
 */
final class Lookup {
    private final DialPlan plan;
    private final Context context;
    private final List<Context> searched;

    Lookup(DialPlan plan, Context context) {
        this.plan = plan;
        this.context = context;
        this.searched = closure(plan, context);
    }

    /** Where a priority is: the extension it belongs to and its block id. */
    record Place(Extension extension, int number) {
        String blockId() {
            return extension.blockId(number);
        }
    }

    Context context() {
        return context;
    }

    /** The context and those it includes, depth first, each once (a loop of includes is cut). */
    List<Context> searched() {
        return searched;
    }

    /** The extensions a call dialling {@code text} could run, in the order Asterisk tries them. */
    List<Extension> candidates(String text) {
        List<Extension> out = new ArrayList<>();
        for (Context c : searched) {
            Extension exact = c.extensions.get(text);
            if (exact != null) {
                out.add(exact);
            }
            c.extensions.values().stream().filter(e -> e.pattern() && e != exact && Patterns.matches(e.name, text))
                .sorted(Comparator.comparing((Extension e) -> e.name, Patterns::compareSpecificity))
                .forEach(out::add);
        }
        return out;
    }

    /**
     * The priority a Goto reaches: {@code priority} a number or a label, in the first extension
     * matching {@code exten} that has it; empty when none has.
     */
    Optional<Place> find(String exten, String priority) {
        for (Extension e : candidates(exten)) {
            Integer number = priority.matches("\\d{1,9}") ? Integer.valueOf(priority) : e.labels.get(priority);
            if (number != null && e.priorities.containsKey(number)) {
                return Optional.of(new Place(e, number));
            }
        }
        return Optional.empty();
    }

    /** The first priority of the extension a caller reaches by dialling {@code text}, if one exists. */
    Optional<Place> dial(String text) {
        return find(text, "1");
    }

    /** Every extension a call here can reach by name, each name once (own ones first), in file order. */
    List<Extension> visible() {
        Map<String, Extension> byName = new LinkedHashMap<>();
        for (Context c : searched) {
            c.extensions.values().forEach(e -> byName.putIfAbsent(e.name, e));
        }
        return List.copyOf(byName.values());
    }

    /** The block calls entering this context start at, or null when it has no extension to start at. */
    String entry() {
        Optional<Place> start = dial("s");
        if (start.isPresent()) {
            return start.get().blockId();
        }
        List<Extension> callable = callable();
        if (callable.size() == 1) {
            return callable.get(0).blockId(1);
        }
        return callable.isEmpty() ? null : dispatchId();
    }

    /** The extensions a call can arrive at (priority 1, not a special one such as i or h). */
    List<Extension> callable() {
        List<Extension> out = visible().stream()
            .filter(e -> !DialPlan.SPECIAL.contains(e.name) && e.priorities.containsKey(1)).toList();
        return out.isEmpty() ? visible().stream().filter(e -> e.priorities.containsKey(1)).toList() : out;
    }

    /** The id of the block that stands for "the extension the call arrives at" in a context with no s. */
    String dispatchId() {
        return context.name + ",(extension dialled)";
    }

    private static List<Context> closure(DialPlan plan, Context start) {
        Set<String> seen = new LinkedHashSet<>();
        List<Context> out = new ArrayList<>();
        visit(plan, start, seen, out);
        return List.copyOf(out);
    }

    private static void visit(DialPlan plan, Context c, Set<String> seen, List<Context> out) {
        if (c == null || !seen.add(c.name)) {
            return;
        }
        out.add(c);
        for (String name : c.includes) {
            visit(plan, plan.contexts().get(name), seen, out);
        }
    }

    DialPlan plan() {
        return plan;
    }
}
