package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.Grammars.Accepts;
import io.ivraudit.imports.voicexml.Grammars.Answer;
import io.ivraudit.imports.voicexml.Speech.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code <field>}. When every answer can be listed ({@code <option>}s, {@code boolean}, one
 * digit, an inline list grammar) it is a menu ({@link Step.Ask}): each answer's key and words lead
 * where the field's {@code <filled>} (and the form's) sends that value, conditions that compare
 * the field with a literal decided by it. When they cannot: a voice grammar whose value the
 * {@code <filled>} compares with literals is a speech menu with those literals as its phrases
 * (any other answer goes the way no condition holds, a second no-match way); anything else is
 * data entry ({@link Step.Collect}), because callers enter digits or words the import cannot
 * list, and {@code what} names the grammar. O(answers x statements).
 */
final class Fields {
    private final FlowBuilder b;

    Fields(FlowBuilder b) {
        this.b = b;
    }

    void compile(Element field, At at, int index, String id) {
        String name = Forms.name(field);
        Accepts accepts = Grammars.field(field);
        boolean dtmf = Options.mode(at, b.doc, "dtmf");
        boolean voice = Options.mode(at, b.doc, "voice");
        List<Speech.Choice> choices = accepts.answers().stream().map(a -> new Speech.Choice(a.phrase(), a.key())).toList();
        Words words = Speech.of(Forms.speechOf(field), field.text(), choices);
        Double timeout = Options.timeout(at, b.doc, words);
        if (accepts.listed()) {
            List<Exit> exits = new ArrayList<>();
            for (Answer answer : accepts.answers()) {
                String to = b.forms.after(at.with(b.follow(at, name, answer.value())), index, field);
                if (answer.key() != null && dtmf) {
                    exits.add(Exit.to(Exit.Kind.KEY, answer.key(), to, answer.at()));
                }
                if (answer.phrase() != null && voice) {
                    exits.add(Exit.to(Exit.Kind.PHRASE, answer.phrase(), to, answer.at()));
                }
            }
            ask(field, at, id, words, timeout, exits, List.of());
            return;
        }
        Set<String> literals = new LinkedHashSet<>();
        if (accepts.voice() && voice) {
            collectLiterals(name, field, literals);
            collectLiterals(name, at.dialog().element(), literals);
        }
        if (!literals.isEmpty()) {
            List<Exit> exits = new ArrayList<>();
            for (String literal : literals) {
                exits.add(Exit.to(Exit.Kind.PHRASE, literal, b.forms.after(at.with(b.follow(at, name, literal)), index, field),
                    field.at()));
            }
            Exit other = new Exit(Exit.Kind.NO_MATCH, "an answer no condition compares (" + accepts.what() + ")",
                b.forms.after(at, index, field), Exit.Missing.ENDS_CALL, field.at());
            ask(field, at, id, words, timeout, exits, List.of(other));
            return;
        }
        List<Exit> exits = new ArrayList<>();
        exits.add(new Exit(Exit.Kind.SUCCESS, "the field is filled", b.forms.after(at, index, field), Exit.Missing.ENDS_CALL,
            field.at()));
        exits.addAll(b.fallbacks.exits(at, Set.of(Exit.Kind.NO_MATCH, Exit.Kind.TIMEOUT)).exits());
        b.put(new Block(id, "field", new Step.Collect(Forms.blankToNull(words.text()), accepts.what()), exits, field.at()));
    }

    private void ask(Element field, At at, String id, Words words, Double timeout, List<Exit> choices, List<Exit> extra) {
        List<Exit> exits = new ArrayList<>(choices);
        exits.addAll(b.options.global(at, exits));
        Fallbacks.Result fallbacks = b.fallbacks.exits(at, Set.of(Exit.Kind.NO_MATCH, Exit.Kind.TIMEOUT));
        exits.addAll(fallbacks.exits());
        exits.addAll(extra);
        boolean speech = exits.stream().noneMatch(e -> e.kind() == Exit.Kind.KEY);
        b.put(new Block(id, "field", Options.ask(words, speech, timeout, fallbacks.tries()), exits, field.at()));
    }

    /** The literals the conditions inside {@code scope} compare the field with. */
    private static void collectLiterals(String name, Element scope, Set<String> out) {
        for (Element child : scope.children()) {
            child.attribute("cond").ifPresent(c -> out.addAll(Conditions.literalsComparedTo(name, c)));
            if (!child.name().equals("field") || child == scope) {
                collectLiterals(name, child, out);
            }
        }
    }
}
