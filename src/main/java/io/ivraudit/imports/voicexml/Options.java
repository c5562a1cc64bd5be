package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.Document.Dialog;
import io.ivraudit.imports.voicexml.Grammars.Answer;
import io.ivraudit.imports.voicexml.Speech.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What every menu and field of a document shares: the {@code <link>}s in scope (the item's, the
 * dialog's, the document's) and the choices of menus with {@code scope="document"}, which work
 * from every dialog and so are options of every menu that does not use their key or words
 * itself (its own grammars come first) and is not modal; and the properties {@code inputmodes} (keys, voice or
 * both) and {@code timeout}. At most {@link #MOST_GLOBALS} global options are added to a menu
 * (a real document has a handful; each is an option of every menu), the rest noted once.
 * O(menus x {@link #MOST_GLOBALS}).
 */
final class Options {
    /** The most global options (links, document-scope menu choices) added to one menu. */
    static final int MOST_GLOBALS = 24;

    private final FlowBuilder b;
    /** Whether the cap has been noted already. */
    private boolean capNoted;
    /** The menus with {@code scope="document"}. */
    private final List<Dialog> documentMenus;

    Options(FlowBuilder b) {
        this.b = b;
        this.documentMenus = b.doc.dialogs().stream().filter(d -> d.menu() && d.element().attribute("scope")
            .map(String::strip).filter("document"::equals).isPresent()).toList();
    }

    /**
     * The global options at a menu or field, as exits, but for keys and phrases {@code own} already
     * uses; none at a field with {@code modal="true"}, where only its own grammars listen.
     */
    List<Exit> global(At at, List<Exit> own) {
        if (at.item() != null && at.item().attribute("modal").map(String::strip).filter("true"::equals).isPresent()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        own.forEach(e -> used.add(e.kind() + ":" + e.value().toLowerCase(Locale.ROOT)));
        boolean dtmf = mode(at, b.doc, "dtmf");
        boolean voice = mode(at, b.doc, "voice");
        List<Exit> out = new ArrayList<>();
        for (Element scope : at.scopes(b.doc.root())) {
            for (Element link : scope.children("link")) {
                if (out.size() >= MOST_GLOBALS) {
                    noteCap(link);
                    return out;
                }
                List<Answer> answers = answers(link);
                if (answers.stream().anyMatch(a -> free(a, used, dtmf, voice))) {
                    String to = target(link, at);
                    answers.forEach(a -> add(a, to, used, dtmf, voice, out));
                }
            }
        }
        for (Dialog menu : documentMenus) {
            if (menu != at.dialog()) {
                At there = new At(menu, menu.element(), at.itemBlock(), At.Env.EMPTY, at.ctx());
                for (Menus.Choice choice : Menus.choices(menu.element())) {
                    if (out.size() >= MOST_GLOBALS) {
                        noteCap(choice.element());
                        return out;
                    }
                    String to = b.menus.target(choice.element(), there, at.itemBlock());
                    choice.answers().forEach(a -> add(a, to, used, dtmf, voice, out));
                }
            }
        }
        return out;
    }

    private void noteCap(Element from) {
        if (!capNoted) {
            capNoted = true;
            b.notes.add(new io.ivraudit.load.LoadError(from.at(), "more than " + MOST_GLOBALS + " links and document-wide "
                + "choices work from every dialog; the first " + MOST_GLOBALS + " in scope are added to each menu, this one "
                + "and those after it are not"));
        }
    }

    private static boolean free(Answer a, Set<String> used, boolean dtmf, boolean voice) {
        return a.key() != null && dtmf && !used.contains(Exit.Kind.KEY + ":" + a.key().toLowerCase(Locale.ROOT))
            || a.phrase() != null && voice && !used.contains(Exit.Kind.PHRASE + ":" + a.phrase().toLowerCase(Locale.ROOT));
    }

    private static void add(Answer a, String to, Set<String> used, boolean dtmf, boolean voice, List<Exit> out) {
        if (a.key() != null && dtmf && used.add(Exit.Kind.KEY + ":" + a.key().toLowerCase(Locale.ROOT))) {
            out.add(Exit.to(Exit.Kind.KEY, a.key(), to, a.at()));
        }
        if (a.phrase() != null && voice && used.add(Exit.Kind.PHRASE + ":" + a.phrase().toLowerCase(Locale.ROOT))) {
            out.add(Exit.to(Exit.Kind.PHRASE, a.phrase(), to, a.at()));
        }
    }

    /** What a link accepts: its {@code dtmf} key and its grammars' keys and words (guessed from a grammar file's name). */
    static List<Answer> answers(Element link) {
        List<Answer> out = new ArrayList<>();
        link.attribute("dtmf").map(String::strip).filter(s -> !s.isEmpty())
            .ifPresent(k -> out.add(new Answer(k, null, k, link.at())));
        for (Element grammar : link.children("grammar")) {
            Grammars.Accepts accepts = Grammars.grammar(grammar);
            out.addAll(accepts.answers());
            if (!accepts.listed() && accepts.voice()) {
                Grammars.phrasesGuessed(grammar).forEach(p -> out.add(new Answer(null, p, p, grammar.at())));
            }
        }
        return out;
    }

    /** Where a link leads: {@code next} or {@code expr}, or the handler of the event it throws. */
    private String target(Element link, At at) {
        Optional<String> event = link.attribute("event").or(() -> link.attribute("eventexpr"));
        if (event.isPresent() && link.attribute("next").isEmpty() && link.attribute("expr").isEmpty()) {
            return b.statements.event(event.get().strip(), at, new ToBlock(at.itemBlock()), link, at.dialog().id());
        }
        return b.statements.goTo(link, at, at.dialog().id() + ".link");
    }

    /** Whether {@code inputmodes} in scope lets callers use this mode ("dtmf" or "voice"); both by default. */
    static boolean mode(At at, Document doc, String mode) {
        return property(at, doc, "inputmodes").map(v -> v.toLowerCase(Locale.ROOT).contains(mode)).orElse(true);
    }

    /**
     * How long the item waits for input, in seconds: the {@code timeout} of its last prompt, else
     * the {@code timeout} property in scope; null when neither says (the platform's default).
     */
    static Double timeout(At at, Document doc, Words words) {
        return seconds(words.timeout() != null ? Optional.of(words.timeout()) : property(at, doc, "timeout"));
    }

    /** A menu step from what it says. */
    static Step.Ask ask(Words words, boolean speech, Double timeout, Integer tries) {
        String prompt = words.text().isEmpty() ? null : words.text();
        boolean dynamic = words.dynamic() || words.unknown() && prompt != null;
        return new Step.Ask(prompt, dynamic, speech, timeout, tries);
    }

    /** A property set in scope, innermost first. */
    static Optional<String> property(At at, Document doc, String name) {
        for (Element scope : at.scopes(doc.root())) {
            for (Element property : scope.children("property")) {
                if (property.attribute("name").map(String::strip).filter(name::equals).isPresent()) {
                    return property.attribute("value").map(String::strip);
                }
            }
        }
        return Optional.empty();
    }

    /** A CSS2 time ("30s", "500ms"; a bare number is taken as seconds) in seconds. */
    static Double seconds(Optional<String> time) {
        if (time.isEmpty()) {
            return null;
        }
        String t = time.get().strip().toLowerCase(Locale.ROOT);
        try {
            double value = t.endsWith("ms") ? Double.parseDouble(t.substring(0, t.length() - 2).strip()) / 1000
                : Double.parseDouble(t.replaceFirst("s$", "").strip());
            return value > 0 && value < 3600 ? value : null;
        } catch (NumberFormatException notATime) {
            return null;
        }
    }
}
