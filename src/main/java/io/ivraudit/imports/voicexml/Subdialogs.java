package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Step;
import io.ivraudit.imports.Xml.Element;
import io.ivraudit.imports.voicexml.Document.Dialog;
import java.util.List;
import java.util.Optional;

/**
 * {@code <subdialog>} (VoiceXML 2.0 section 2.3.4): a dialog run as a call that returns. One of this
 * document is run in place, a copy per calling item, whose {@code <return>} goes on at the
 * caller's way on (the shared {@link Step.Link} enters a flow only at its first dialog, so an
 * in-document target cannot be a link); past {@value #MAX_DEPTH} calls deep (recursion) it is a
 * link taken to return at once. One in another document is a {@link Step.Link} that returns,
 * followed when that document is imported too. O(1) per sub-dialog, plus the copies.
 */
final class Subdialogs {
    /** How many in-document sub-dialogs deep calls are followed. */
    private static final int MAX_DEPTH = 4;

    private final FlowBuilder b;

    Subdialogs(FlowBuilder b) {
        this.b = b;
    }

    /** The sub-dialog item {@code e} as block {@code id}; where it returns to, the call goes on at {@code after}. */
    void compile(Element e, At at, String after, String id) {
        Optional<String> src = e.attribute("src")
            .or(() -> e.attribute("srcexpr").flatMap(x -> Expressions.fold(x, b.doc.constants())));
        if (src.isEmpty()) {
            String expr = Expressions.render(e.attribute("srcexpr").orElse("(no src)"), b.doc.constants());
            b.put(new Block(id, "subdialog", new Step.Link(expr, true), List.of(Statements.next(after, e)), e.at()));
            return;
        }
        FlowBuilder.Uri uri = FlowBuilder.Uri.of(src.get(), b.doc);
        if (!uri.file().isEmpty() || uri.empty()) {
            String name = uri.empty() ? src.get().strip() : uri.flowName();
            b.put(new Block(id, "subdialog", new Step.Link(name, true), List.of(Statements.next(after, e)), e.at()));
            return;
        }
        Optional<Dialog> dialog = b.dialogNamed(uri.fragment());
        int depth = at.ctx() == null ? 1 : at.ctx().depth() + 1;
        String to;
        if (dialog.isEmpty()) {
            to = FlowBuilder.missing(src.get().strip());
        } else if (depth > MAX_DEPTH) {
            b.put(new Block(id, "subdialog", new Step.Link(b.doc.name() + "#" + dialog.get().id(), true),
                List.of(Statements.next(after, e)), e.at()));
            return;
        } else {
            String label = (at.ctx() == null ? "" : at.ctx().label() + ">") + at.dialog().id() + "." + Forms.name(e);
            to = b.dialog(dialog.get(), new At.Ctx(label, after, depth));
        }
        b.put(new Block(id, "subdialog", new Step.Pass(), List.of(Statements.next(to, e)), e.at()));
    }
}
