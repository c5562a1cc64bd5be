package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.At.ToBlock;
import io.ivraudit.imports.voicexml.Speech.Words;
import io.ivraudit.model.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code <transfer>} (VoiceXML 2.0 section 2.3.7) connects the caller to another party by
 * {@code dest} (a URI: {@code tel:}, {@code sip:}, or a platform's own) or {@code destexpr}.
 * VoiceXML has no queues or agents, so who answers is read from the words around it: a phone
 * number or SIP address the transfer's own prompt, the dialog's id, the item's name or the
 * address itself calls an operator, agent, representative (...) is a person, one queue per
 * address; any other destination is a forward to that number, which the lowering reports as a
 * guess (a person may answer there). Both are guesses from words. The way on after the transfer
 * and the error way of a failed one are listed; the lowering cuts them (a call that reaches a
 * person or leaves is done). O(length of the words).
 */
final class Transfers {
    private static final Pattern PERSON = Pattern.compile("(?i)(?<![\\p{L}])(operator|agent|representative|"
        + "person|someone|somebody|attendant|receptionist|staff|advis[eo]r|specialist|human|associate|consultant|"
        + "customer service|team member)s?(?![\\p{L}])");
    private static final Pattern PHONE = Pattern.compile("(?i)(tel:|sips?:)\\S+|\\+?[0-9][0-9 ().\\-]*|\\{[^}]*\\}");

    private final FlowBuilder b;

    Transfers(FlowBuilder b) {
        this.b = b;
    }

    /**
     * A {@code <transfer>}: a person or a forward ({@link Transfers}), after its own words and any
     * said just before it; the way on after the transfer and the error way of a failed one are
     * listed (the lowering cuts them: a call that reaches a person or leaves is done).
     */
    String compile(Element e, At at, String after, String self, Words before) {
        Words words = before.then(Speech.of(Forms.speechOf(e), e.text(), List.of()));
        String context = words.text() + " " + at.dialog().id() + " " + e.attribute("name").orElse("");
        Step step = step(e, context, b.doc.constants());
        String base = self != null ? self : b.id(at.dialog().id() + "." + Forms.name(e));
        String id = words.isEmpty() ? base : b.id(base + ".connect");
        List<Exit> exits = new ArrayList<>();
        exits.add(new Exit(Exit.Kind.NEXT, "after the transfer", after, Exit.Missing.ENDS_CALL, e.at()));
        At here = at.in(e, self != null ? self : at.itemBlock());
        Optional<Element> failed = Handlers.select(here.scopes(b.doc.root()), "error.connection.baddestination", 1);
        failed.ifPresent(h -> exits.add(new Exit(Exit.Kind.ERROR, "the transfer fails (" + h.name() + ")",
            b.statements.run(h, here, new ToBlock(here.itemBlock() != null ? here.itemBlock() : after), true),
            Exit.Missing.ENDS_CALL, h.at())));
        b.put(new Block(id, step instanceof Step.Person ? "transfer, read as a person because its words name an operator or "
            + "agent (a guess)" : "transfer", step, exits, e.at()));
        if (!words.isEmpty()) {
            b.put(new Block(base, "transfer", new Step.Play(words.text(), words.recording()),
                List.of(Statements.next(id, e)), e.at()));
        }
        return base;
    }


    /** What a transfer does, from its destination and the words around it ({@code context}). */
    static Step step(Element transfer, String context, Map<String, String> constants) {
        String dest = transfer.attribute("dest").map(String::strip).filter(s -> !s.isEmpty())
            .or(() -> transfer.attribute("destexpr").map(x -> Expressions.render(x, constants)))
            .orElse("");
        boolean person = PERSON.matcher(context + " " + camelWords(context) + " " + dest).find();
        if (dest.isEmpty()) {
            return person ? new Step.Person(null) : new Step.Forward("transfer with no destination", Channel.PHONE);
        }
        return person && PHONE.matcher(dest).matches() ? new Step.Person(dest) : new Step.Forward(dest, Channel.PHONE);
    }

    /** "GetOperator" read as "Get Operator", so that ids written in camel case count. */
    private static String camelWords(String text) {
        return text.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").replace('_', ' ');
    }
}
