package io.ivraudit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.List;
import java.util.function.Predicate;

/** Lowering parsed flows in tests, and reading the tree and report it gives: one set of helpers for every platform's tests. */
public final class Lowered {
    private Lowered() {}

    /** The flows lowered from {@code entryFlow} (null: the platform-independent default), which must give a tree. */
    public static Imported lower(List<Flow> flows, String entryFlow) {
        Imported imported = FlowImporter.lower(flows, ImportOptions.DEFAULTS.withEntryFlow(entryFlow));
        assertTrue(imported.errors().isEmpty(), imported.errors().toString());
        return imported;
    }

    /** The nodes of one type, in tree order. */
    public static <T extends Node> List<T> nodes(Tree tree, Class<T> type) {
        return tree.nodes().values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The node with this id, which must be of this type. */
    public static <T extends Node> T node(Tree tree, String id, Class<T> type) {
        return assertInstanceOf(type, tree.nodes().get(id), id + " in " + tree.nodes().keySet());
    }

    /** The report lines that match. */
    public static List<ImportReport.Line> lines(Imported imported, Predicate<ImportReport.Line> which) {
        return imported.report().lines().stream().filter(which).toList();
    }

    /** The one report line about this exit of this block. */
    public static ImportReport.Line line(Imported imported, String block, String exit) {
        List<ImportReport.Line> found = lines(imported, l -> l.block().equals(block) && l.exit().equals(exit));
        assertEquals(1, found.size(), "report lines for " + block + " / " + exit + ": " + imported.report().lines());
        return found.get(0);
    }
}
