package io.ivraudit.imports.voicexml;

import io.ivraudit.imports.Lowered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.Block;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads VoiceXML with {@link VoiceXml} and lowers it, for the tests of this package. */
final class Vxml {
    static final VoiceXml PLATFORM = new VoiceXml();
    /** The real documents, in src/test/resources/flows/voicexml (see SOURCES.md there). */
    static final Path REAL = TestData.FLOWS.resolve("voicexml");

    private Vxml() {}

    /** A document written in a test, as the import reads a {@code .vxml} file. */
    static ExportDocument document(String file, String text) {
        return new ExportDocument(file, Optional.empty(), text, List.of());
    }

    static Platform.Parsed parse(String file, String text) {
        return PLATFORM.parse(document(file, text));
    }

    /** The one flow of a document that must parse. */
    static Flow flow(String file, String text) {
        Platform.Parsed parsed = parse(file, text);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(1, parsed.flows().size());
        return parsed.flows().get(0);
    }

    /** A VoiceXML 2.1 document around {@code body}, named {@code main.vxml}. */
    static Flow flow(String body) {
        return flow("main.vxml", wrap(body));
    }

    static String wrap(String body) {
        return "<?xml version=\"1.0\"?>\n<vxml version=\"2.1\" xmlns=\"http://www.w3.org/2001/vxml\">\n" + body + "\n</vxml>\n";
    }

    /** The flow of a real document. */
    static Flow real(String file) {
        Platform.Parsed parsed = PLATFORM.parse(ExportDocument.read(REAL.resolve(file)));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(1, parsed.flows().size());
        return parsed.flows().get(0);
    }

    static Imported lower(List<Flow> flows, String entry) {
        return Lowered.lower(flows, entry);
    }

    static Imported lower(Flow flow) {
        return lower(List.of(flow), null);
    }

    /** The tree of an import, which must load again from its YAML. */
    static Tree tree(Imported imported) {
        Tree tree = imported.tree().orElseThrow();
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok(), TreeWriter.write(tree));
        return tree;
    }

    /** The tree of a document body. */
    static Tree tree(String body) {
        return tree(lower(flow(body)));
    }

    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return Lowered.nodes(tree, type);
    }

    static <T extends Node> T node(Tree tree, String id, Class<T> type) {
        return Lowered.node(tree, id, type);
    }

    static Node.Menu menu(Tree tree, String id) {
        return node(tree, id, Node.Menu.class);
    }

    static Block block(Flow flow, String id) {
        Block block = flow.blocks().get(id);
        assertTrue(block != null, id + " in " + flow.blocks().keySet());
        return block;
    }

    static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return Lowered.lines(imported, which);
    }

    /** The one report line about this exit of this block. */
    static ImportReport.Line line(Imported imported, String block, String exit) {
        return Lowered.line(imported, block, exit);
    }

    /** The node a menu option leads to. */
    static Node goTo(Tree tree, Node.Menu menu, String key) {
        return tree.nodes().get(menu.options().stream().filter(o -> key.equals(o.key())).findFirst()
            .orElseThrow(() -> new AssertionError("no key " + key + " in " + menu)).goTo());
    }
}
