package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Lowered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.load.TreeLoader;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Reads dial plans with {@link Asterisk} and lowers them, for the tests of this package. */
final class DialPlans {
    static final Asterisk ASTERISK = new Asterisk();
    /** The real dial plans kept as test data (see src/test/resources/flows/SOURCES.md). */
    static final Path REAL = Path.of("src/test/resources/flows/asterisk");
    static final String FUTEL = "futel__asteriskserver__extensions.conf";
    static final String DIRECT_DIAL = "8ryder__asterisk-ivr-directdial-return__extensions_custom.conf";

    private DialPlans() {}

    /** A dial plan written in a test, read as the file {@code extensions.conf}. */
    static Asterisk.Read read(String text) {
        return Asterisk.read(document(text));
    }

    /** A dial plan as the text export {@code extensions.conf}, as ExportDocument reads a .conf file. */
    static ExportDocument document(String text) {
        return new ExportDocument("extensions.conf", java.util.Optional.empty(), text, List.of());
    }

    /** The flows of a dial plan that must parse. */
    static List<Flow> flows(String text) {
        Asterisk.Read read = read(text);
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        return read.flows();
    }

    /** A real dial plan of the test data, which must parse. */
    static Asterisk.Read real(String file) {
        Asterisk.Read read = Asterisk.read(ExportDocument.read(REAL.resolve(file)));
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        return read;
    }

    /** The flows lowered as import does, starting at {@code entry} (null: the platform's default). */
    static Imported lower(List<Flow> flows, String entry) {
        String start = entry != null ? entry : ASTERISK.defaultEntry(flows).orElse(null);
        Imported imported = FlowImporter.lower(flows, new ImportOptions(0.7, 0.9, start));
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        Tree tree = imported.tree().orElseThrow();
        assertTrue(TreeLoader.load("again.yaml", TreeWriter.write(tree)).ok(), "the imported tree loads again");
        return imported;
    }

    static Tree tree(String text) {
        return lower(flows(text), null).tree().orElseThrow();
    }

    static Flow flow(List<Flow> flows, String name) {
        return flows.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
            new AssertionError("no flow " + name + " in " + flows.stream().map(Flow::name).toList()));
    }

    static Block block(Flow flow, String id) {
        Block block = flow.blocks().get(id);
        if (block == null) {
            throw new AssertionError("no block " + id + " in " + flow.blocks().keySet());
        }
        return block;
    }

    /** The one exit of a kind (and value, if given) of a block. */
    static Exit exit(Block block, Exit.Kind kind, String value) {
        List<Exit> found = block.exits().stream()
            .filter(e -> e.kind() == kind && (value == null || value.equals(e.value()))).toList();
        assertEquals(1, found.size(), block.id() + " " + kind + " " + value + ": " + block.exits());
        return found.get(0);
    }

    /** The nodes of one type, in tree order. */
    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return Lowered.nodes(tree, type);
    }

    static Node.Menu menu(Tree tree, String id) {
        Node node = tree.nodes().get(id);
        if (!(node instanceof Node.Menu menu)) {
            throw new AssertionError(id + " is not a menu: " + node + " in " + tree.nodes().keySet());
        }
        return menu;
    }

    static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return Lowered.lines(imported, which);
    }

    /** The report lines about one exit of one block (the block's id, the exit as {@link Exit#describe()} names it). */
    static List<ImportReport.Line> lines(Imported imported, String block, String exit) {
        return lines(imported, l -> l.block().equals(block) && l.exit().equals(exit));
    }
}
