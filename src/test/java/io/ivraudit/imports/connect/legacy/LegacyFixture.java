package io.ivraudit.imports.connect.legacy;

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
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Reads legacy Connect exports with {@link AmazonConnectLegacy} and lowers them, for the tests of this package. */
final class LegacyFixture {
    static final AmazonConnectLegacy LEGACY = new AmazonConnectLegacy();
    /** The real legacy exports (src/test/resources/flows/amazon-connect-legacy, see SOURCES.md). */
    static final Path FILES = TestData.FLOWS.resolve("amazon-connect-legacy");

    private LegacyFixture() {}

    /** The flow of a real export, which must parse. */
    static Flow real(String file) {
        Platform.Parsed parsed = LEGACY.parse(ExportDocument.read(FILES.resolve(file)));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(1, parsed.flows().size());
        return parsed.flows().get(0);
    }

    static Platform.Parsed parse(String file, String json) {
        return LEGACY.parse(ExportDocument.read(file, json));
    }

    /** The flow of a document written in a test, which must parse. */
    static Flow flow(String json) {
        Platform.Parsed parsed = parse("legacy.json", json);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        return parsed.flows().get(0);
    }

    static Imported lower(List<Flow> flows, String entryFlow) {
        return Lowered.lower(flows, entryFlow);
    }

    static Imported lower(Flow flow) {
        return lower(List.of(flow), null);
    }

    static Tree tree(Imported imported) {
        return imported.tree().orElseThrow();
    }

    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return Lowered.nodes(tree, type);
    }

    static <T extends Node> T node(Tree tree, String id, Class<T> type) {
        return Lowered.node(tree, id, type);
    }

    static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return Lowered.lines(imported, which);
    }

    /** The one report line about this exit of this block. */
    static ImportReport.Line line(Imported imported, String block, String exit) {
        return Lowered.line(imported, block, exit);
    }

    /** The block of a flow whose id starts with these characters (the files' ids are long UUIDs). */
    static Block block(Flow flow, String idStart) {
        List<Block> found = flow.blocks().values().stream().filter(b -> b.id().startsWith(idStart)).toList();
        assertEquals(1, found.size(), idStart);
        return found.get(0);
    }

}
