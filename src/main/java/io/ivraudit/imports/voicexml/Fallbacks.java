package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.ToBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a wrong answer ({@code nomatch}) and silence ({@code noinput}) do at a menu or input item.
 * The handler chosen for the n-th occurrence (by {@code count}, section 5.2.4) either lets the
 * item listen again (no transition, {@code <reprompt/>}, or a {@code <goto nextitem>} back to
 * it) or leads elsewhere: the first n whose handler leads elsewhere is how many times the menu is
 * heard in all ({@code tries}, when above 1) and that handler is the exit. When no handler ever
 * leads elsewhere, or none is written, the platform's default re-prompts (section 5.2.5): the
 * item repeats for ever ({@link Exit.Missing#REPEATS}), after the first handler's words if it has
 * any. O(handlers in scope).
 */
final class Fallbacks {
    private final FlowBuilder b;

    Fallbacks(FlowBuilder b) {
        this.b = b;
    }

    /**
     * The exits, and the tries before the first that leads elsewhere is taken (null: at once).
     * When wrong answers and silence lead elsewhere after different counts, the smaller is the
     * menu's tries (the model has one number for both).
     */
    record Result(List<Exit> exits, Integer tries) {}

    /** The {@code NO_MATCH} and {@code TIMEOUT} exits wanted, for the item {@code at} names (its block: {@code itemBlock}). */
    Result exits(At at, Set<Exit.Kind> kinds) {
        List<Exit> exits = new ArrayList<>();
        Integer tries = null;
        for (Exit.Kind kind : List.of(Exit.Kind.NO_MATCH, Exit.Kind.TIMEOUT)) {
            if (!kinds.contains(kind)) {
                continue;
            }
            String event = kind == Exit.Kind.NO_MATCH ? "nomatch" : "noinput";
            List<Element> scopes = at.scopes(b.doc.root());
            String itself = at.item() == null || at.item() == at.dialog().element() ? at.dialog().id() : Forms.name(at.item());
            int highest = Handlers.highestCount(scopes, event);
            Exit exit = null;
            for (int n = 1; n <= highest && exit == null; n++) {
                Optional<Element> handler = Handlers.select(scopes, event, n);
                if (handler.isPresent() && Handlers.leaves(handler.get(), itself)) {
                    String to = b.statements.run(handler.get(), at, new ToBlock(at.itemBlock()), true);
                    exit = new Exit(kind, describe(handler.get(), event), to, Exit.Missing.ENDS_CALL, handler.get().at());
                    tries = tries == null ? n : Math.min(tries, n);
                }
            }
            if (exit == null) {
                exit = repeats(at, scopes, event, kind);
            }
            exits.add(exit);
        }
        return new Result(exits, tries == null || tries == 1 ? null : tries);
    }

    private Exit repeats(At at, List<Element> scopes, String event, Exit.Kind kind) {
        Optional<Element> first = Handlers.select(scopes, event, 1);
        if (first.isEmpty()) {
            return new Exit(kind, event + ": the platform's default handler re-prompts", null, Exit.Missing.REPEATS,
                at.item() == null ? at.dialog().element().at() : at.item().at());
        }
        String to = b.statements.run(first.get(), at, new ToBlock(at.itemBlock()), true);
        if (to == null || to.equals(at.itemBlock())) {
            return new Exit(kind, describe(first.get(), event) + ", which listens again", null, Exit.Missing.REPEATS,
                first.get().at());
        }
        return new Exit(kind, describe(first.get(), event), to, Exit.Missing.ENDS_CALL, first.get().at());
    }

    private static String describe(Element handler, String event) {
        String name = handler.name().equals("catch") ? "catch " + event : handler.name();
        return handler.attribute("count").map(c -> name + " count " + c.strip()).orElse(name);
    }
}
