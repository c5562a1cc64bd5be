package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.asterisk.DialPlan.Context;
import io.ivraudit.imports.asterisk.DialPlan.Extension;
import io.ivraudit.imports.asterisk.DialPlan.Priority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flow of one context: a block for every priority of its extensions and of the extensions of
 * the contexts it includes (a call in this context runs them as its own), plus the blocks the
 * dial plan implies without writing them: where a call runs off the end of an extension (Asterisk
 * hangs up; a macro goes back to its caller instead), where a call arrives in a context without
 * an {@code s} extension, and the branches of conditions that lead out of the context.
 * O(priorities of the context and those it includes).
 */
final class FlowBuilder {
    static final String PLATFORM = "Asterisk";

    private final Contexts contexts;
    private final Lookup here;
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private final Menus menus;
    private String fallOff;

    FlowBuilder(Contexts contexts, Context context) {
        this.contexts = contexts;
        this.here = contexts.lookup(context.name);
        this.menus = new Menus(this);
    }

    /**
     * The flow of the context, and every block built for it. The flow keeps the context's own
     * blocks and the blocks of included contexts that a call can reach from them (the included
     * contexts' flows hold the rest); all blocks are kept for the flows that enter it elsewhere.
     */
    record Built(Flow flow, Map<String, Block> all) {
        /** A flow entered at {@code entry} with the same blocks, as far as a call from there reaches. */
        Flow alias(String name, String entry) {
            return new Flow(flow.platform(), flow.file(), name, entry, reachable(all, List.of(entry)), Set.of(name));
        }
    }

    /** The flow, or empty when the context has no extension a call could start at. */
    Optional<Built> build() {
        String entry = here.entry();
        if (entry == null) {
            return Optional.empty();
        }
        for (Context owner : here.searched()) {
            for (Extension extension : owner.extensions.values()) {
                for (Priority p : extension.priorities.values()) {
                    Steps.add(this, extension, p, extension.blockId(p.number()));
                }
            }
        }
        if (entry.equals(here.dispatchId())) {
            dispatch();
        }
        Context c = here.context();
        List<String> roots = new ArrayList<>(List.of(entry));
        blocks.keySet().stream().filter(id -> id.startsWith(c.name + ",")).forEach(roots::add);
        Flow flow = new Flow(PLATFORM, contexts.plan().file(), c.name, entry, reachable(blocks, roots), Set.of(c.name));
        return Optional.of(new Built(flow, Map.copyOf(blocks)));
    }

    /** The blocks a call can reach from {@code roots} by the exits of blocks, in the order they were built. O(blocks + exits). */
    static Map<String, Block> reachable(Map<String, Block> all, List<String> roots) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            Block block = all.get(id);
            if (block != null && seen.add(id)) {
                block.exits().stream().filter(Exit::connected).map(Exit::target).forEach(queue::add);
            }
        }
        Map<String, Block> out = new LinkedHashMap<>();
        all.forEach((id, block) -> {
            if (seen.contains(id)) {
                out.put(id, block);
            }
        });
        return out;
    }

    Lookup here() {
        return here;
    }

    Contexts contexts() {
        return contexts;
    }

    Menus menus() {
        return menus;
    }

    void add(Block block) {
        blocks.putIfAbsent(block.id(), block);
    }

    boolean has(String blockId) {
        return blocks.containsKey(blockId);
    }

    /**
     * Where a call goes after priority {@code p}: the next priority of its extension, else it runs
     * off the end: a hang-up, or, in a macro, nothing (the macro goes back to its caller).
     */
    Exit next(Extension extension, Priority p) {
        if (extension.priorities.containsKey(p.number() + 1)) {
            return Exit.to(Exit.Kind.NEXT, "", extension.blockId(p.number() + 1), p.at());
        }
        if (here.context().macro()) {
            return Exit.to(Exit.Kind.NEXT, "runs off the end of the macro, which goes back to its caller", null, p.at());
        }
        return Exit.to(Exit.Kind.NEXT, "", fallOff(p), p.at());
    }

    /** The id of the next priority, if the extension has one. */
    Optional<String> nextId(Extension extension, Priority p) {
        return extension.priorities.containsKey(p.number() + 1)
            ? Optional.of(extension.blockId(p.number() + 1)) : Optional.empty();
    }

    private String fallOff(Priority p) {
        if (fallOff == null) {
            fallOff = here.context().name + ",(end of an extension)";
            add(new Block(fallOff, "the extension runs out of priorities: Asterisk hangs up (autofallthrough)",
                new Step.Hangup(null), List.of(), p.at()));
        }
        return fallOff;
    }

    /** Where a Goto-like place leads from {@code p}. */
    Jump jump(String spec, Priority p, boolean call) {
        return contexts.resolve(here, spec, p, call);
    }

    /**
     * The block an exit leads to for a jump: the block itself when it is in this flow, else a
     * block {@code id} made for the purpose, which links to the other flow, or leads nowhere with
     * the reason (the report cuts it there).
     */
    String target(Jump jump, String id, Priority p) {
        if (jump instanceof Jump.Here h) {
            return h.blockId();
        }
        if (jump instanceof Jump.Away a) {
            add(new Block(id, "Goto " + a.flow(), new Step.Link(a.flow()), List.of(), p.at()));
        } else {
            Jump.Nowhere n = (Jump.Nowhere) jump;
            add(nowhere(id, "Goto " + ConfReader.clip(n.written()), n, p));
        }
        return id;
    }

    /** A block that leads nowhere the import can follow: its one way on names the place and why. */
    Block nowhere(String id, String type, Jump.Nowhere n, Priority p) {
        String missing = blocks.containsKey(n.written()) ? n.written() + " (elsewhere)" : n.written();
        return new Block(id, type, new Step.Pass(),
            List.of(Exit.to(Exit.Kind.NEXT, "to " + n.written() + ": " + n.why(), missing, p.at())), p.at());
    }

    /** Calls arriving in a context without an s extension arrive at one of its extensions: an equal share each. */
    private void dispatch() {
        List<Exit> cases = new ArrayList<>();
        for (Extension e : here.callable()) {
            cases.add(Exit.to(Exit.Kind.CASE, e.name, e.blockId(1), e.at));
        }
        Context c = here.context();
        add(new Block(here.dispatchId(), "a call arrives at an extension of " + c.name + " (no s extension)",
            new Step.Split("the extension the call arrives at (dialled, or routed in)", null), cases, c.at));
    }
}
