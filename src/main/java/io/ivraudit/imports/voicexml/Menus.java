package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.Grammars.Answer;
import io.ivraudit.imports.voicexml.Speech.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code <menu>} (VoiceXML 2.0 section 2.2) as a {@link io.ivraudit.imports.Step.Ask}: each
 * {@code <choice>} is its {@code dtmf} key (with {@code <menu dtmf="true">}, the first nine
 * choices without one are 1 to 9 in order) and the words of its text, which are its speech
 * grammar (or its own {@code <grammar>}); it leads to its {@code next} or {@code expr}, or to the
 * handler of its {@code event}. A {@code next} naming no dialog is kept, and the report says the
 * call ends there ({@code error.badfetch}). O(choices + links).
 */
final class Menus {
    /** A choice: its element and what callers press or say for it. */
    record Choice(Element element, List<Answer> answers) {}

    private final FlowBuilder b;

    Menus(FlowBuilder b) {
        this.b = b;
    }

    void compile(At at, String id) {
        Element menu = at.dialog().element();
        boolean dtmf = Options.mode(at, b.doc, "dtmf");
        boolean voice = Options.mode(at, b.doc, "voice");
        List<Choice> choices = choices(menu);
        List<Speech.Choice> spoken = new ArrayList<>();
        List<Exit> exits = new ArrayList<>();
        for (Choice choice : choices) {
            String key = choice.answers().stream().map(Answer::key).filter(k -> k != null).findFirst().orElse(null);
            spoken.add(new Speech.Choice(choice.element().allText(), key));
            String to = target(choice.element(), at, id);
            for (Answer answer : choice.answers()) {
                if (answer.key() != null && dtmf) {
                    exits.add(Exit.to(Exit.Kind.KEY, answer.key(), to, choice.element().at()));
                }
                if (answer.phrase() != null && voice) {
                    exits.add(Exit.to(Exit.Kind.PHRASE, answer.phrase(), to, choice.element().at()));
                }
            }
        }
        List<Element> said = menu.children().stream().filter(c -> Speech.isPart(c.name())).toList();
        Words words = Speech.of(said, menu.text(), spoken);
        exits.addAll(b.options.global(at, exits));
        Fallbacks.Result fallbacks = b.fallbacks.exits(at, Set.of(Exit.Kind.NO_MATCH, Exit.Kind.TIMEOUT));
        exits.addAll(fallbacks.exits());
        boolean speech = exits.stream().noneMatch(e -> e.kind() == Exit.Kind.KEY);
        b.put(new Block(id, "menu", Options.ask(words, speech, Options.timeout(at, b.doc, words), fallbacks.tries()),
            exits, menu.at()));
    }

    /** A menu's choices with their keys ({@code dtmf}, or 1 to 9 by order under {@code dtmf="true"}) and words. */
    static List<Choice> choices(Element menu) {
        boolean numbered = menu.attribute("dtmf").map(String::strip).filter(s -> s.equals("true")).isPresent();
        int next = 1;
        List<Choice> out = new ArrayList<>();
        for (Element choice : menu.children("choice")) {
            List<Answer> answers = new ArrayList<>();
            Optional<String> dtmf = choice.attribute("dtmf").map(String::strip).filter(s -> !s.isEmpty());
            if (dtmf.isPresent()) {
                answers.add(new Answer(dtmf.get().replaceAll("\\s+", ""), null, dtmf.get(), choice.at()));
            } else if (numbered && next <= 9) {
                answers.add(new Answer(String.valueOf(next++), null, null, choice.at()));
            }
            List<Element> grammars = choice.children("grammar");
            if (grammars.isEmpty()) {
                String words = choice.allText();
                if (!words.isEmpty()) {
                    answers.add(new Answer(null, words, words, choice.at()));
                }
            }
            for (Element grammar : grammars) {
                Grammars.Accepts accepts = Grammars.grammar(grammar);
                answers.addAll(accepts.answers());
                if (!accepts.listed() && accepts.voice()) {
                    Grammars.phrasesGuessed(grammar).forEach(p -> answers.add(new Answer(null, p, p, grammar.at())));
                }
            }
            out.add(new Choice(choice, List.copyOf(answers)));
        }
        return out;
    }

    /** Where a choice leads: {@code next} or {@code expr}; else the handler of its {@code event}, then back to {@code back}. */
    String target(Element choice, At at, String back) {
        Optional<String> event = choice.attribute("event").or(() -> choice.attribute("eventexpr"));
        if (event.isPresent() && choice.attribute("next").isEmpty() && choice.attribute("expr").isEmpty()) {
            return b.statements.event(event.get().strip(), at.in(at.dialog().element(), back), new ToBlock(back), choice,
                at.dialog().id());
        }
        return b.statements.goTo(choice, at, at.dialog().id() + ".choice");
    }
}
