package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.Next;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.Speech.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Executable content ({@code <block>}, {@code <filled>}, event handlers) as blocks: what is said
 * becomes one {@link Step.Play} (or the words of a {@link Step.Hangup}), {@code <if>} on known
 * field values takes its branch and on anything else becomes a {@link Step.Split}, transitions
 * ({@code <goto>}, {@code <submit>}, {@code <return>}, {@code <throw>}) lead where they go, and
 * statements with no meaning for a caller ({@code <log>}, {@code <var>}, {@code <assign>}) are
 * passed over. An element the importer does not know is a {@link Step.Pass} block, so the report
 * names it. Each list is compiled once per place and way on. O(statements).
 */
final class Statements {
    /** Statements with no meaning for a caller, and declarations that are not run as statements. */
    private static final Set<String> QUIET = Set.of("log", "var", "assign", "script", "data", "property", "cancel",
        "clear", "catch", "noinput", "nomatch", "help", "error", "link", "grammar", "filled", "meta", "metadata",
        "option", "dtmf");
    /** Transitions: what follows them in a list is never run. */
    private static final Set<String> ENDING = Set.of("goto", "submit", "return", "throw", "disconnect", "exit");

    private final FlowBuilder b;
    /** Lists being compiled, with the block a way back into one of them goes to (handlers that throw what they catch). */
    private final Map<String, String> compiling = new HashMap<>();

    Statements(FlowBuilder b) {
        this.b = b;
    }

    /**
     * The block a call enters to run {@code owner}'s children from {@code from} to {@code to}, then
     * go on by {@code next}; null when nothing is run and the document ends there.
     *
     * @param self     the id the first block must have (a form item's), or null for any
     * @param ownText  whether the owner's own text is said first (a {@code <block>}'s, a handler's)
     */
    String run(Element owner, int from, int to, At at, Next next, String self, boolean ownText) {
        if (self != null) {
            return compile(owner, from, to, at, next, self, ownText);
        }
        String key = "run:" + b.number(owner) + ":" + from + ":" + to + ":" + ownText + "|" + at.key() + "|"
            + at.itemBlock() + "|" + next.key();
        if (b.isKnown(key)) {
            return b.known(key).orElse(null);
        }
        if (compiling.containsKey(key)) {
            return compiling.computeIfAbsent(key, k -> b.id(label(owner, at) + ".again"));
        }
        compiling.put(key, null);
        String result = compile(owner, from, to, at, next, null, ownText);
        String again = compiling.remove(key);
        if (again != null) {
            b.put(new Block(again, owner.name(), new Step.Pass(), List.of(next(result, owner)), owner.at()));
        }
        b.reserve(key, result);
        return result;
    }

    /** A whole element's content. */
    String run(Element owner, At at, Next next, boolean ownText) {
        return run(owner, 0, owner.children().size(), at, next, null, ownText);
    }

    /**
     * Compiled from the last statement back to the first, so that each block is made once its way
     * on is known, without nesting a call per statement: a list of thousands of statements is a
     * loop, not a deep recursion. Statements after the first transition are never run, and are not compiled.
     */
    private String compile(Element owner, int from, int to, At at, Next next, String self, boolean ownText) {
        List<Element> list = owner.children();
        int cut = to;
        Next after = next;
        List<String> cleared = new ArrayList<>();
        for (int i = from; i < to && cut == to; i++) {
            Element e = list.get(i);
            if (ENDING.contains(e.name())) {
                cut = i;
            } else if (e.name().equals("clear")) {
                cleared.add(e.attribute("namelist").orElse(""));
            } else if (e.name().equals("reprompt") && at.itemBlock() != null) {
                after = new ToBlock(at.itemBlock());
            }
        }
        Element hangup = null;
        String rest = null;
        if (cut == to) {
            rest = b.resolve(b.forms.cleared(at, after, cleared), at);
        } else if (list.get(cut).name().equals("disconnect") || list.get(cut).name().equals("exit")) {
            hangup = list.get(cut);
        } else {
            rest = ending(list.get(cut), owner, at, after);
        }
        List<Element> said = new ArrayList<>();
        for (int i = cut - 1; i >= from; i--) {
            Element e = list.get(i);
            if (Speech.isPart(e.name())) {
                said.add(0, e);
            } else if (!QUIET.contains(e.name())) {
                rest = said(owner, at, Speech.of(said, "", List.of()), said, hangup, rest, null);
                hangup = null;
                said.clear();
                rest = statement(e, owner, at, rest);
            }
        }
        Words words = Speech.of(said, ownText ? owner.text() : "", List.of());
        String first = said(owner, at, words, said, hangup, rest, self);
        if (self != null && !self.equals(first)) {
            b.put(new Block(self, owner.name(), new Step.Pass(), List.of(next(first, owner)), owner.at()));
            return self;
        }
        return first;
    }

    /** Words before {@code rest}: a hang-up after them, a message, or nothing (then {@code rest} itself). */
    private String said(Element owner, At at, Words words, List<Element> parts, Element hangup, String rest, String self) {
        Element where = parts.isEmpty() ? owner : parts.get(0);
        if (hangup != null) {
            String id = self != null ? self : b.id(label(owner, at) + "." + hangup.name());
            b.put(new Block(id, hangup.name(), new Step.Hangup(words.text()), List.of(), hangup.at()));
            return id;
        }
        if (words.isEmpty()) {
            return rest;
        }
        String id = self != null ? self : b.id(label(owner, at) + ".say");
        b.put(new Block(id, where.name(), new Step.Play(words.text(), words.recording()), List.of(next(rest, where)),
            where.at()));
        return id;
    }

    /** The transition that ends a list: where it leads. */
    private String ending(Element e, Element owner, At at, Next after) {
        return switch (e.name()) {
            case "return" -> at.ctx() != null ? at.ctx().returnTo() : ends(e, label(owner, at));
            case "throw" -> event(e.attribute("event").or(() -> e.attribute("eventexpr")).orElse("").strip(), at,
                after, e, label(owner, at));
            default -> goTo(e, at, label(owner, at));
        };
    }

    /** A statement that is neither words nor a transition, before {@code rest}: where the call goes from it. */
    private String statement(Element e, Element owner, At at, String rest) {
        return switch (e.name()) {
            case "reprompt" -> rest;
            case "if" -> branch(e, at, new ToBlock(rest), label(owner, at));
            case "transfer" -> b.transfers.compile(e, at, rest, null, Words.NONE);
            default -> {
                String id = b.id(label(owner, at) + "." + e.name());
                b.put(new Block(id, e.name(), new Step.Pass(), List.of(next(rest, e)), e.at()));
                yield id;
            }
        };
    }

    /** Where a {@code <goto>}, {@code <submit>}, {@code <choice>} or {@code <link>} leads. */
    String goTo(Element e, At at, String owner) {
        Optional<String> item = e.attribute("nextitem").or(() -> e.attribute("expritem")
            .flatMap(x -> Expressions.fold(x, b.doc.constants())));
        if (item.isPresent()) {
            return b.forms.itemNamed(item.get().strip(), at);
        }
        if (e.attribute("expritem").isPresent()) {
            return b.computed(e.attribute("expritem").get(), owner, e);
        }
        Optional<String> next = e.attribute("next").or(() -> e.attribute("expr")
            .flatMap(x -> Expressions.fold(x, b.doc.constants())));
        if (next.isPresent()) {
            return b.target(next.get(), at, e);
        }
        Optional<String> expr = e.attribute("expr").or(() -> e.attribute("nextexpr"));
        return expr.isPresent() ? b.computed(expr.get(), owner, e) : FlowBuilder.missing("(no target)");
    }

    /**
     * Where an event thrown at a place leads: its handler (section 5.2.4), run and then back to
     * the item (or on by {@code after}); else the platform default, which re-prompts for input
     * events and ends the call for the others (section 5.2.5).
     */
    String event(String event, At at, Next after, Element from, String owner) {
        Next back = at.itemBlock() != null ? new ToBlock(at.itemBlock()) : after;
        Optional<Element> handler = Handlers.select(at.scopes(b.doc.root()), event, 1);
        if (handler.isPresent()) {
            return run(handler.get(), at, back, true);
        }
        if (Handlers.reprompts(event)) {
            return b.resolve(back, at);
        }
        return b.remember("default:" + event, () -> {
            String id = b.id("event " + (event.isEmpty() ? "(unnamed)" : event));
            b.put(new Block(id, "catch", new Step.Hangup(null), List.of(), from.at()));
            return id;
        });
    }

    /** An {@code <if>}: the branch known field values take, or a split on the conditions that cannot be decided. */
    private String branch(Element e, At at, Next rest, String owner) {
        List<Element> children = e.children();
        List<int[]> ranges = new ArrayList<>();
        List<String> conds = new ArrayList<>();
        int start = 0;
        conds.add(e.attribute("cond").orElse(""));
        for (int i = 0; i < children.size(); i++) {
            String name = children.get(i).name();
            if (name.equals("elseif") || name.equals("else")) {
                ranges.add(new int[] {start, i});
                conds.add(name.equals("else") ? null : children.get(i).attribute("cond").orElse(""));
                start = i + 1;
            }
        }
        ranges.add(new int[] {start, children.size()});
        List<Exit> cases = new ArrayList<>();
        String otherwise = b.resolve(rest, at);
        for (int k = 0; k < ranges.size(); k++) {
            Conditions.Truth truth = conds.get(k) == null ? Conditions.Truth.TRUE
                : Conditions.eval(conds.get(k), at.env().values());
            if (truth == Conditions.Truth.FALSE) {
                continue;
            }
            String to = run(e, ranges.get(k)[0], ranges.get(k)[1], at, rest, null, k == 0);
            if (truth == Conditions.Truth.TRUE) {
                otherwise = to;
                break;
            }
            Element written = k == 0 ? e : children.get(ranges.get(k)[0] - 1);
            cases.add(new Exit(Exit.Kind.CASE, conds.get(k), to, Exit.Missing.ENDS_CALL, written.at()));
        }
        if (cases.isEmpty()) {
            return otherwise;
        }
        String id = b.id(owner + ".if");
        cases.add(new Exit(Exit.Kind.NO_MATCH, "no condition holds", otherwise, Exit.Missing.ENDS_CALL, e.at()));
        b.put(new Block(id, "if", new Step.Split(String.join(" / ", conds.stream().filter(c -> c != null).toList()), null),
            cases, e.at()));
        return id;
    }

    /** A {@code <return>} outside a sub-dialog run here: the end of a document run by another (or of the call). */
    private String ends(Element e, String owner) {
        String id = b.id(owner + ".return");
        b.put(new Block(id, "return", new Step.Pass(), List.of(), e.at()));
        return id;
    }

    /** The way on of a block: to {@code target}, or, when that is null, connected to nothing: the document ends. */
    static Exit next(String target, Element at) {
        return new Exit(Exit.Kind.NEXT, target == null ? "the document ends" : "", target, Exit.Missing.ENDS_CALL, at.at());
    }

    private String label(Element owner, At at) {
        String item = at.item() == null || at.item() == at.dialog().element() ? "" : "." + b.forms.label(at.item());
        String where = owner == at.item() || owner == at.dialog().element() ? "" : "." + owner.name();
        return at.dialog().id() + item + where + (at.ctx() == null ? "" : "@" + at.ctx().label());
    }
}
