package io.ivraudit.imports.connect.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.TestData;
import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.FlowImporter;
import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Imported;
import io.ivraudit.imports.Platform;
import io.ivraudit.imports.Step;
import io.ivraudit.load.ExportDocument;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        Imported imported = FlowImporter.lower(flows, new ImportOptions(0.7, 0.9, entryFlow));
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        return imported;
    }

    static Imported lower(Flow flow) {
        return lower(List.of(flow), null);
    }

    static Tree tree(Imported imported) {
        return imported.tree().orElseThrow();
    }

    static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return tree.nodes().values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends Node> T node(Tree tree, String id, Class<T> type) {
        Node node = tree.nodes().get(id);
        assertTrue(type.isInstance(node), id + " is " + node + ", expected a " + type.getSimpleName());
        return type.cast(node);
    }

    static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return imported.report().lines().stream().filter(which).toList();
    }

    /** The one report line about this exit of this block. */
    static ImportReport.Line line(Imported imported, String block, String exit) {
        List<ImportReport.Line> found = lines(imported, l -> l.block().equals(block) && l.exit().equals(exit));
        assertEquals(1, found.size(), "report lines for " + block + " / " + exit + ": " + found);
        return found.get(0);
    }

    /** The block of a flow whose id starts with these characters (the files' ids are long UUIDs). */
    static Block block(Flow flow, String idStart) {
        List<Block> found = flow.blocks().values().stream().filter(b -> b.id().startsWith(idStart)).toList();
        assertEquals(1, found.size(), idStart);
        return found.get(0);
    }

    /**
     * "Nothing dropped silently", checked: from the entry flow's entry block, every exit of every
     * block a call reaches must have a report line naming that block and exit; the walk follows every
     * exit the report did not cut, and the flows links reach. Of exits a report names alike only the
     * first can be taken. Gives the exits no line names.
     */
    static List<String> unreported(List<Flow> flows, Flow first, ImportReport report) {
        List<String> unreported = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        record Place(Flow flow, String block) {}
        Deque<Place> queue = new ArrayDeque<>(List.of(new Place(first, first.entry())));
        while (!queue.isEmpty()) {
            Place at = queue.poll();
            Block block = at.flow().blocks().get(at.block());
            if (block == null || !reached.add(at.flow().name() + "/" + block.id())) {
                continue;
            }
            Set<String> described = new LinkedHashSet<>();
            for (Exit exit : block.exits()) {
                List<ImportReport.Line> lines = report.lines().stream().filter(l -> l.flow().equals(at.flow().name())
                    && l.block().equals(block.id()) && l.exit().equals(exit.describe())).toList();
                if (lines.isEmpty()) {
                    unreported.add(at.flow().name() + "/" + block.id() + ": " + exit.describe());
                }
                if (described.add(exit.describe()) && exit.connected()
                        && lines.stream().anyMatch(l -> l.fate() != ImportReport.Fate.CUT)) {
                    queue.add(new Place(at.flow(), exit.target()));
                }
            }
            if (block.step() instanceof Step.Link link) {
                Optional<Flow> linked = flows.stream().filter(f -> f.names().contains(link.flow())).findFirst();
                linked.ifPresent(f -> queue.add(new Place(f, f.entry())));
            }
        }
        return unreported;
    }
}
