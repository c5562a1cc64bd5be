package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.asterisk.DialPlan.Priority;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every context of a dial plan with its {@link Lookup}, and where jumps lead. A jump into another
 * context at its start links to that context's flow; a jump elsewhere in it ({@code Goto(sales,2,1)},
 * or a Gosub to a label of the same context) links to an alias: a flow with the same blocks
 * entered at that place, made once per place. O(1) per context, O(extensions) per jump.
 */
final class Contexts {
    private final DialPlan plan;
    private final Map<String, Lookup> lookups = new HashMap<>();
    private final Map<String, Alias> aliases = new LinkedHashMap<>();

    Contexts(DialPlan plan) {
        this.plan = plan;
        plan.contexts().values().forEach(c -> lookups.put(c.name, new Lookup(plan, c)));
    }

    /** A flow that enters a context at a place other than its start. */
    record Alias(String name, String context, String entry) {}

    DialPlan plan() {
        return plan;
    }

    Lookup lookup(String context) {
        return lookups.get(context);
    }

    Map<String, Alias> aliases() {
        return aliases;
    }

    /**
     * Where {@code spec} leads from priority {@code at} of a call in context {@code here}: a Goto
     * ({@code call} false) or a Gosub or Macro ({@code call} true, which always runs another flow,
     * an alias when it is a label of the same context).
     */
    Jump resolve(Lookup here, String spec, Priority at, boolean call) {
        Args.Place place = Args.place(spec, call);
        String context = place.context() == null ? here.context().name : place.context();
        String extension = place.extension() == null ? at.exten() : place.extension();
        if (extension.contains("${EXTEN}") && context.equals(here.context().name)) {
            extension = extension.replace("${EXTEN}", at.exten());
        }
        String written = spec.strip();
        if (place.priority().isEmpty()) {
            return new Jump.Nowhere(written, "names no priority or label; Asterisk hangs up");
        }
        for (String part : new String[] {context, extension, place.priority()}) {
            if (Args.dynamic(part)) {
                return new Jump.Nowhere(written, "'" + part + "' is set at run time, so where it leads cannot be "
                    + "followed before the call");
            }
        }
        Lookup there = lookups.get(context);
        if (there == null) {
            return plan.includes().isEmpty()
                ? new Jump.Nowhere(written, "there is no context '" + context + "' in the dial plan; Asterisk hangs up")
                : new Jump.Away(context);
        }
        Optional<Lookup.Place> found = there.find(extension, place.priority());
        if (found.isEmpty()) {
            return new Jump.Nowhere(written, "context '" + context + "' has no priority '" + place.priority()
                + "' of an extension '" + extension + "'; Asterisk hangs up");
        }
        String id = found.get().blockId();
        if (there == here && !call) {
            return new Jump.Here(id);
        }
        if (id.equals(there.entry())) {
            return new Jump.Away(context);
        }
        String name = context + "," + extension + "," + place.priority();
        aliases.putIfAbsent(name, new Alias(name, context, id));
        return new Jump.Away(name);
    }

    /**
     * The flow {@code Macro(name)} runs, the context {@code macro-name} (named even when it is not
     * in the file, so the report says it was not given); empty when that context is here but has
     * no {@code s} extension, where Asterisk warns and goes on as if the macro had run.
     */
    Optional<String> macro(String name) {
        String context = "macro-" + name.strip();
        Lookup there = lookups.get(context);
        return there == null || there.dial("s").isPresent() ? Optional.of(context) : Optional.empty();
    }
}
