package io.ivraudit.imports.genesys;

import io.ivraudit.imports.Lowered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
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

/** Reads Archy flows with {@link GenesysArchy} and lowers them, for the tests of this package. */
final class Archy {
    static final GenesysArchy GENESYS = new GenesysArchy();
    /** The real Genesys files (see src/test/resources/flows/SOURCES.md). */
    static final Path FILES = TestData.FLOWS.resolve("genesys-archy");

    private Archy() {}

    /** A real file, which must parse into one flow. */
    static Flow real(String file) {
        Platform.Parsed parsed = GENESYS.parse(ExportDocument.read(FILES.resolve(file)));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(1, parsed.flows().size());
        return parsed.flows().get(0);
    }

    static Platform.Parsed parse(String file, String yaml) {
        return GENESYS.parse(ExportDocument.read(file, yaml));
    }

    /** A flow written in a test, which must parse. */
    static Flow flow(String yaml) {
        Platform.Parsed parsed = parse("flow.yaml", yaml);
        assertTrue(parsed.errors().isEmpty(), parsed.errors() + "\n" + yaml);
        return parsed.flows().get(0);
    }

    /** An inbound call flow named Test around these lines (indented under {@code inboundCall:}). */
    static String inbound(String body) {
        return "inboundCall:\n  name: Test\n" + body.indent(2);
    }

    static Imported lower(List<Flow> flows, String entryFlow) {
        return Lowered.lower(flows, entryFlow);
    }

    static Imported lower(Flow flow) {
        return lower(List.of(flow), null);
    }

    static Tree tree(String yaml) {
        return lower(flow(yaml)).tree().orElseThrow();
    }

    static <T extends Node> T node(Tree tree, String id, Class<T> type) {
        return Lowered.node(tree, id, type);
    }

    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return Lowered.nodes(tree, type);
    }

    static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return Lowered.lines(imported, which);
    }

    /** The one report line about this exit of this block. */
    static ImportReport.Line line(Imported imported, String block, String exit) {
        return Lowered.line(imported, block, exit);
    }
}
