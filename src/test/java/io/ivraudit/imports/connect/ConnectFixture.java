package io.ivraudit.imports.connect;

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
import java.util.List;
import java.util.function.Predicate;

/** Reads Connect exports with {@link AmazonConnect} and lowers them, for the tests of this package. */
final class ConnectFixture {
    static final AmazonConnect CONNECT = new AmazonConnect();

    private ConnectFixture() {}

    /** The flow of a real export in src/test/resources/flows/amazon-connect, which must parse. */
    static Flow real(String file) {
        Platform.Parsed parsed = CONNECT.parse(ExportDocument.read(TestData.CONNECT.resolve(file)));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(1, parsed.flows().size());
        return parsed.flows().get(0);
    }

    static Platform.Parsed parse(String file, String json) {
        return CONNECT.parse(ExportDocument.read(file, json));
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

    /** The nodes of one type, in tree order. */
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
