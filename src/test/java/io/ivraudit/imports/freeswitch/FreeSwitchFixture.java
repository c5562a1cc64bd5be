package io.ivraudit.imports.freeswitch;

import io.ivraudit.imports.Lowered;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.List;

/** Reads FreeSWITCH menu files with {@link FreeSwitch} and lowers them, for the tests of this package. */
final class FreeSwitchFixture {
    static final FreeSwitch FREESWITCH = new FreeSwitch();
    /** The real menu files (src/test/resources/flows/freeswitch, see SOURCES.md). */
    static final Path REAL = TestData.FLOWS.resolve("freeswitch");

    private FreeSwitchFixture() {}

    /** The flows of a real file, which must parse. */
    static List<Flow> real(String file) {
        Platform.Parsed parsed = FREESWITCH.parse(ExportDocument.read(REAL.resolve(file)));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        return parsed.flows();
    }

    static Platform.Parsed parse(String file, String xml) {
        return FREESWITCH.parse(new ExportDocument(file, java.util.Optional.empty(), xml, List.of()));
    }

    /** The flows of a document written in a test, which must parse. */
    static List<Flow> flows(String xml) {
        Platform.Parsed parsed = parse("menus.xml", xml);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        return parsed.flows();
    }

    /** Lowered as the command line does: from --entry, else from the platform's default entry. */
    static Imported lower(List<Flow> flows, String entry) {
        String start = entry != null ? entry : FREESWITCH.defaultEntry(flows).orElseThrow();
        Imported imported = FlowImporter.lower(flows, ImportOptions.DEFAULTS.withEntryFlow(start));
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        return imported;
    }

    static Imported lower(List<Flow> flows) {
        return lower(flows, null);
    }

    static Tree tree(Imported imported) {
        return imported.tree().orElseThrow();
    }

    /** The nodes of one type, in tree order. */
    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return Lowered.nodes(tree, type);
    }

    /** The one report line about this exit of this block. */
    static ImportReport.Line line(Imported imported, String block, String exit) {
        return Lowered.line(imported, block, exit);
    }

    /** The report lines of one block, whatever exit, for messages. */
    static List<ImportReport.Line> lines(Imported imported, String block) {
        return imported.report().lines().stream().filter(l -> l.block().equals(block)).toList();
    }
}
