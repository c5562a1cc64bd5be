package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.Next;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.At.ToItem;
import io.ivraudit.imports.voicexml.Document.Dialog;
import io.ivraudit.imports.voicexml.Speech.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code <form>} as its form interpretation algorithm runs it (VoiceXML 2.0 section 2.1.6 and
 * appendix C): the form items in document order, each visited once unless its {@code cond} is
 * false or a {@code <clear>} resets it; after an item is filled, its {@code <filled>}, then the
 * form-level {@code <filled>} elements it completes, then the next item. When no item is left the
 * form ends without a transition and the interpreter exits: the call ends (the exit is connected
 * to nothing). Executable content written straight inside a form (OPAL's samples do this) is run
 * as if it were in a {@code <block>}. O(items x places).
 */
final class Forms {
    private static final Set<String> ITEMS = Set.of("block", "field", "record", "transfer", "subdialog", "object",
        "initial");
    /** Input items: those a form-level {@code <filled>} waits for by default. */
    private static final Set<String> INPUTS = Set.of("field", "record", "transfer", "subdialog", "object");
    private static final Set<String> DECLARATIONS = Set.of("filled", "catch", "noinput", "nomatch", "help", "error",
        "link", "property", "var", "script", "data", "grammar", "meta", "metadata");

    /** A form item: an element, or a run of statements written straight in the form ({@code from} to {@code to}). */
    record Item(Element element, String name, String kind, int from, int to) {}

    private final FlowBuilder b;
    private final Map<Element, List<Item>> items = new IdentityHashMap<>();
    private final Map<Element, String> names = new IdentityHashMap<>();

    Forms(FlowBuilder b) {
        this.b = b;
    }

    /** Compiles a form entered at block {@code id}: its first item (or, with none, the end of the document). */
    void enter(At at, String id) {
        if (items(at.dialog()).isEmpty()) {
            b.put(new Block(id, "form", new Step.Pass(), List.of(Statements.next(null, at.dialog().element())),
                at.dialog().element().at()));
            return;
        }
        itemAt(at, 0, id);
    }

    /**
     * The block where the form interpretation algorithm goes on from item {@code index}; null: the
     * form is done. The items from there on are not filled, so their values are forgotten.
     */
    String item(At place, int index) {
        List<Item> all = items(place.dialog());
        if (index >= all.size()) {
            return null;
        }
        java.util.Map<String, String> filled = new java.util.TreeMap<>(place.env().values());
        all.subList(index, all.size()).forEach(i -> filled.remove(i.name()));
        At at = place.with(new At.Env(filled));
        String key = "item:" + index + "|" + at.key();
        Optional<String> known = b.known(key);
        return known.isPresent() || b.isKnown(key) ? known.orElse(null) : itemAt(at, index, null);
    }

    private String itemAt(At at, int index, String self) {
        String key = "item:" + index + "|" + at.key();
        Item item = items(at.dialog()).get(index);
        Conditions.Truth truth = item.element() == at.dialog().element() ? Conditions.Truth.TRUE
            : item.element().attribute("cond").map(c -> Conditions.eval(c, at.env().values())).orElse(Conditions.Truth.TRUE);
        if (truth == Conditions.Truth.FALSE && self == null) {
            return b.remember(key, () -> item(at, index + 1));
        }
        String id = self != null ? self : b.id(at.dialog().id() + "." + item.name() + at.env().key()
            + (at.ctx() == null ? "" : "@" + at.ctx().label()));
        b.reserve(key, id);
        if (truth == Conditions.Truth.FALSE) {
            b.put(new Block(id, item.kind(), new Step.Pass(), List.of(Statements.next(item(at, index + 1), item.element())),
                item.element().at()));
        } else if (truth == Conditions.Truth.UNKNOWN) {
            String cond = item.element().attribute("cond").orElse("");
            String inner = b.id(id + "?");
            compile(item, at, index, inner);
            b.put(new Block(id, item.kind(), new Step.Split(cond, null), List.of(
                new Exit(Exit.Kind.CASE, cond, inner, Exit.Missing.ENDS_CALL, item.element().at()),
                new Exit(Exit.Kind.NO_MATCH, "the item is skipped", item(at, index + 1), Exit.Missing.ENDS_CALL,
                    item.element().at())), item.element().at()));
        } else {
            compile(item, at, index, id);
        }
        return id;
    }

    private void compile(Item item, At at, int index, String id) {
        Element e = item.element();
        Next next = new ToItem(index + 1);
        switch (item.kind()) {
            case "block", "initial" -> b.statements.run(e, 0, e.children().size(), at.in(e, null), next, id, true);
            case "statements" -> b.statements.run(e, item.from(), item.to(), at.in(null, null), next, id, false);
            case "field" -> b.fields.compile(e, at.in(e, id), index, id);
            case "record" -> {
                At here = at.in(e, id);
                Words words = Speech.of(speechOf(e), e.text(), List.of());
                List<Exit> exits = new ArrayList<>(List.of(new Exit(Exit.Kind.SUCCESS, "the message is recorded",
                    after(here, index, e), Exit.Missing.ENDS_CALL, e.at())));
                exits.addAll(b.fallbacks.exits(here, Set.of(Exit.Kind.TIMEOUT)).exits());
                b.put(new Block(id, "record", new Step.Collect(blankToNull(words.text()), "a recorded message"), exits, e.at()));
            }
            case "transfer" -> b.transfers.compile(e, at.in(e, id), after(at.in(e, id), index, e), id, Words.NONE);
            case "subdialog" -> b.subdialogs.compile(e, at.in(e, id), after(at.in(e, id), index, e), id);
            case "object" -> b.put(new Block(id, "object", new Step.Pass(), List.of(Statements.next(after(at.in(e, id),
                index, e), e)), e.at()));
            default -> b.put(new Block(id, e.name(), new Step.Pass(), List.of(Statements.next(item(at, index + 1), e)), e.at()));
        }
    }

    /**
     * Where a call goes once item {@code index} is filled: the item's {@code <filled>}, the
     * form-level {@code <filled>} elements it completes (mode "all": when it is the last of their
     * namelist; mode "any": whenever it is in it), then the next item.
     */
    String after(At at, int index, Element item) {
        Next next = new ToItem(index + 1);
        Element form = at.dialog().element();
        List<Element> triggered = form.children("filled").stream().filter(f -> completes(f, at.dialog(), index)).toList();
        At inForm = at.in(null, null);
        for (int k = triggered.size() - 1; k >= 0; k--) {
            next = new ToBlock(b.statements.run(triggered.get(k), inForm, next, true));
        }
        Optional<Element> own = item.child("filled");
        return own.isPresent() ? b.statements.run(own.get(), at.in(item, null), next, true) : b.resolve(next, at);
    }

    private boolean completes(Element filled, Dialog dialog, int index) {
        List<Item> all = items(dialog);
        String name = all.get(index).name();
        List<String> names = filled.attribute("namelist").map(n -> Arrays.asList(n.strip().split("\\s+")))
            .orElseGet(() -> all.stream().filter(i -> INPUTS.contains(i.kind())).map(Item::name).toList());
        if (!names.contains(name)) {
            return false;
        }
        if (filled.attribute("mode").map(String::strip).orElse("all").equals("any")) {
            return true;
        }
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (names.contains(all.get(i).name())) {
                last = i;
            }
        }
        return last == index;
    }

    /** After {@code <clear namelist>}: the form interpretation algorithm goes back to the first item cleared. */
    Next cleared(At at, Next next, List<String> namelists) {
        if (namelists.isEmpty() || !(next instanceof ToItem item) || at.dialog().menu()) {
            return next;
        }
        List<Item> all = items(at.dialog());
        int first = item.index();
        for (String namelist : namelists) {
            List<String> names = Arrays.asList(namelist.strip().split("\\s+"));
            for (int i = 0; i < all.size(); i++) {
                if ((namelist.isBlank() || names.contains(all.get(i).name())) && i < first) {
                    first = i;
                }
            }
        }
        return new ToItem(first);
    }

    /** {@code <goto nextitem>}: an item of this form; leniently, a dialog of that id (OPAL's samples write that). */
    String itemNamed(String name, At at) {
        List<Item> all = items(at.dialog());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return item(at, i);
            }
        }
        return b.doc.dialog(name).map(d -> b.dialog(d, at.ctx())).orElse(FlowBuilder.missing("nextitem " + name));
    }

    /** The items of a dialog (none for a menu), computed once per form. */
    List<Item> items(Dialog dialog) {
        if (dialog.menu()) {
            return List.of();
        }
        return items.computeIfAbsent(dialog.element(), this::itemsOf);
    }

    /** How block ids name an element: a form item by its item name ("block-2"), anything else by its name or element. */
    String label(Element e) {
        return names.getOrDefault(e, name(e));
    }

    private List<Item> itemsOf(Element form) {
        List<Item> out = new ArrayList<>();
        List<Element> children = form.children();
        int i = 0;
        while (i < children.size()) {
            Element child = children.get(i);
            if (ITEMS.contains(child.name())) {
                out.add(new Item(child, name(child, out.size()), child.name(), 0, 0));
                names.put(child, out.get(out.size() - 1).name());
                i++;
            } else if (DECLARATIONS.contains(child.name())) {
                i++;
            } else {
                int start = i;
                while (i < children.size() && !ITEMS.contains(children.get(i).name())
                    && !DECLARATIONS.contains(children.get(i).name())) {
                    i++;
                }
                out.add(new Item(form, "statements-" + (out.size() + 1), "statements", start, i));
            }
        }
        return List.copyOf(out);
    }

    /** A form item's name: its {@code name}, else its element and place ("block-2"). */
    static String name(Element e) {
        return e.attribute("name").map(String::strip).filter(n -> !n.isEmpty()).orElse(e.name());
    }

    private static String name(Element e, int index) {
        return e.attribute("name").map(String::strip).filter(n -> !n.isEmpty()).orElse(e.name() + "-" + (index + 1));
    }

    /** The children of an element a caller hears. */
    static List<Element> speechOf(Element e) {
        return e.children().stream().filter(c -> Speech.isPart(c.name())).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
