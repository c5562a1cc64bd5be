package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.Ctx;
import io.ivraudit.imports.voicexml.At.Next;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.At.ToItem;
import io.ivraudit.imports.voicexml.Document.Dialog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one document's {@link Flow}: every dialog becomes blocks, compiled once per place a call
 * can be in it (the field values known on the way, the sub-dialog run), each place remembered so
 * that a way back to it (a menu repeating, a cleared field asked again) leads to the same block.
 * Dialogs wait in a work list, so a long chain of {@code <goto>}s does not nest calls.
 * O(elements x places).
 */
final class FlowBuilder {
    /** Block ids no element can make, for targets that name no dialog ({@code #nowhere}). */
    static final String MISSING = "#";
    /** The most field-value combinations followed per form; past it, conditions on them are splits. */
    private static final int MAX_PLACES = 64;

    final Document doc;
    final Map<String, Block> blocks = new LinkedHashMap<>();
    final Statements statements;
    final Forms forms;
    final Menus menus;
    final Fields fields;
    final Fallbacks fallbacks;
    final Transfers transfers;
    final Subdialogs subdialogs;
    final Options options;
    /** What the import leaves out, for the report. */
    final List<io.ivraudit.load.LoadError> notes = new ArrayList<>();
    private final Map<String, String> memo = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    /** The last number given to each wanted id, so that the next one is found at once. */
    private final Map<String, Integer> suffixes = new HashMap<>();
    private final Map<String, Set<String>> places = new HashMap<>();
    private final Map<Element, Integer> numbers = new IdentityHashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();

    private FlowBuilder(Document doc) {
        this.doc = doc;
        doc.dialogs().forEach(d -> taken.add(d.id()));
        statements = new Statements(this);
        forms = new Forms(this);
        menus = new Menus(this);
        fields = new Fields(this);
        fallbacks = new Fallbacks(this);
        transfers = new Transfers(this);
        subdialogs = new Subdialogs(this);
        options = new Options(this);
    }

    /** A document's flow and the notes on what it leaves out. */
    record Built(Flow flow, List<io.ivraudit.load.LoadError> notes) {}

    /** The flow of a document with at least one dialog. */
    static Built build(Document doc) {
        FlowBuilder builder = new FlowBuilder(doc);
        Dialog first = doc.dialogs().get(0);
        String entry = builder.dialog(first, null);
        doc.dialogs().forEach(d -> builder.dialog(d, null));
        while (!builder.pending.isEmpty()) {
            builder.pending.poll().run();
        }
        Set<String> names = new LinkedHashSet<>(List.of(doc.name(), doc.name() + "#" + first.id()));
        return new Built(new Flow(VoiceXml.TITLE, doc.file(), doc.name(), entry, builder.blocks, names), builder.notes);
    }

    /** The block a call enters a dialog at, compiled later from the work list. */
    String dialog(Dialog dialog, Ctx ctx) {
        String key = "dialog:" + dialog.id() + (ctx == null ? "" : "@" + ctx.label());
        String known = memo.get(key);
        if (known != null) {
            return known;
        }
        String id = ctx == null ? dialog.id() : id(dialog.id() + "@" + ctx.label());
        memo.put(key, id);
        At at = new At(dialog, dialog.element(), id, At.Env.EMPTY, ctx);
        pending.add(() -> {
            if (dialog.menu()) {
                menus.compile(at, id);
            } else {
                forms.enter(at, id);
            }
        });
        return id;
    }

    /** Where a {@link Next} leads from a place: a block id, or null when the document (and the call) ends. */
    String resolve(Next next, At at) {
        return next instanceof ToBlock block ? block.id() : forms.item(at, ((ToItem) next).index());
    }

    /** A URI's document (its file name, no folder; "" for this one) and dialog ("" for the first). */
    record Uri(String file, String fragment, boolean empty) {
        static Uri of(String uri, Document doc) {
            String text = uri.strip();
            int hash = text.indexOf('#');
            String path = (hash < 0 ? text : text.substring(0, hash)).replaceFirst("\\?.*$", "");
            String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            return new Uri(file.equals(doc.name()) ? "" : file, hash < 0 ? "" : text.substring(hash + 1).strip(),
                file.isEmpty() && hash < 0);
        }

        /** The name another document's flow is known by: {@code other.vxml} or {@code other.vxml#dialog}. */
        String flowName() {
            return file + (fragment.isEmpty() ? "" : "#" + fragment);
        }
    }

    /** A block id for a URI ({@code #id}, {@code other.vxml#id}); a {@link #MISSING} id when it names no dialog. */
    String target(String uri, At at, Element from) {
        Uri parsed = Uri.of(uri, doc);
        if (parsed.empty()) {
            return missing(uri.strip());
        }
        if (parsed.file().isEmpty()) {
            return dialogNamed(parsed.fragment()).map(d -> dialog(d, at.ctx())).orElse(missing(uri.strip()));
        }
        return link(parsed.flowName(), from);
    }

    /** The dialog a fragment names; the first dialog for "". */
    Optional<Dialog> dialogNamed(String fragment) {
        return fragment.isEmpty() ? Optional.of(doc.dialogs().get(0)) : doc.dialog(fragment);
    }

    /** The id an exit names when its target names no dialog: not a block, so the report says it is missing. */
    static String missing(String target) {
        return target.startsWith(MISSING) ? target : MISSING + target;
    }

    /** The block that sends the call to another document, for good: one per document named. */
    String link(String name, Element from) {
        return remember("link:" + name, () -> {
            String id = id("goto " + name);
            put(new Block(id, from.name(), new Step.Link(name), List.of(), from.at()));
            return id;
        });
    }

    /**
     * A block for a way on whose target is computed at run time: its way on is connected to
     * nothing (so the call ends there, and the report says why).
     */
    String computed(String expr, String owner, Element from) {
        String id = id(owner + ".goto");
        put(new Block(id, from.name(), new Step.Pass(), List.of(new Exit(Exit.Kind.NEXT,
            "a target computed at run time: " + expr, null, Exit.Missing.ENDS_CALL, from.at())), from.at()));
        return id;
    }

    /** A new block id, readable: {@code wanted}, or {@code wanted'2}, ... when it is taken. */
    String id(String wanted) {
        String id = wanted;
        while (!taken.add(id)) {
            id = wanted + "'" + suffixes.merge(wanted, 2, (last, one) -> last + 1);
        }
        return id;
    }

    void put(Block block) {
        blocks.put(block.id(), block);
    }

    /** A value computed once per key (a compiled place); null values are remembered too. */
    String remember(String key, java.util.function.Supplier<String> compute) {
        if (memo.containsKey(key)) {
            return memo.get(key);
        }
        String value = compute.get();
        memo.put(key, value);
        return value;
    }

    /** Reserves a key's value before it is compiled, so that ways back to it find it. */
    void reserve(String key, String id) {
        memo.put(key, id);
    }

    Optional<String> known(String key) {
        return memo.containsKey(key) ? Optional.ofNullable(memo.get(key)) : Optional.empty();
    }

    boolean isKnown(String key) {
        return memo.containsKey(key);
    }

    /** A number for an element, the same every time, for memo keys (elements are compared by identity). */
    int number(Element e) {
        return numbers.computeIfAbsent(e, x -> numbers.size());
    }

    /**
     * The field values to follow: {@code env} with {@code name} set, when some condition of the
     * document mentions it and the dialog has not yet been followed through {@value #MAX_PLACES}
     * combinations; else {@code env} unchanged (conditions on it become splits).
     */
    At.Env follow(At at, String name, String value) {
        if (!doc.mentioned().contains(name)) {
            return at.env();
        }
        At.Env more = at.env().with(name, value);
        Set<String> seen = places.computeIfAbsent(at.dialog().id(), d -> new HashSet<>());
        if (!seen.contains(more.key()) && seen.size() >= MAX_PLACES) {
            return at.env();
        }
        seen.add(more.key());
        return more;
    }
}
