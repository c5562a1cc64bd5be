package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Flow;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Xml;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.LoadError;
import java.util.List;
import java.util.Locale;

/**
 * VoiceXML 2.0 and 2.1 documents (W3C Recommendation, www.w3.org/TR/voicexml20/ and
 * www.w3.org/TR/voicexml21/): each document is one {@link Flow} whose blocks are its dialogs
 * ({@code <menu>}, {@code <form>}), their form items and the executable content they run, with
 * the interpreter's documented behaviour where the document says nothing: the default
 * {@code noinput} and {@code nomatch} handlers re-prompt, so a menu without them repeats for
 * ever, and a dialog that ends without a transition ends the call. The XML is read only through
 * {@link Xml} (no DTD, no entities). O(elements), plus the expansion of in-document sub-dialogs.
 */
public final class VoiceXml implements Platform {
    static final String TITLE = "VoiceXML";

    @Override public String id() {
        return "voicexml";
    }

    @Override public String title() {
        return TITLE;
    }

    /** A {@code .vxml} or {@code .xml} text whose first element is {@code <vxml>}, in any namespace. */
    @Override public boolean recognises(ExportDocument document) {
        String name = document.file().toLowerCase(Locale.ROOT);
        return document.isText() && (name.endsWith(".vxml") || name.endsWith(".xml"))
            && RootElement.of(document.text()).filter(n -> n.equals("vxml")).isPresent();
    }

    @Override public Parsed parse(ExportDocument document) {
        Xml.Read read = Xml.read(document);
        if (read.root().isEmpty()) {
            return Parsed.failed(read.errors());
        }
        Xml.Element root = read.root().get();
        if (!root.name().equals("vxml")) {
            return Parsed.failed(List.of(new LoadError(root.at(), "found the element <" + root.name()
                + ">; expected a VoiceXML document, whose root element is <vxml>")));
        }
        Document vxml = Document.of(document.file(), root);
        if (vxml.dialogs().isEmpty()) {
            // An application root document holds only links, handlers and variables: nothing a call runs.
            return new Parsed(List.of(), List.of());
        }
        try {
            FlowBuilder.Built built = FlowBuilder.build(vxml);
            return new Parsed(List.of(built.flow()), List.of(), built.notes());
        } catch (StackOverflowError tooDeep) {
            // A hostile document: tens of thousands of statements chained in one list.
            return Parsed.failed(List.of(new LoadError(root.at(), "statements chained deeper than the importer follows; "
                + "expected a VoiceXML document of a few thousand statements per dialog")));
        }
    }
}
