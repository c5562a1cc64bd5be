package io.ivraudit.report;

import io.ivraudit.imports.ImportReport;
import io.ivraudit.model.Tree;
import java.util.Locale;

/** {@code import --format json}: the whole import report, one object per line of it, and the tree written. */
public final class ImportJson {
    private ImportJson() {}

    public static String write(ImportReport report, Tree tree, String treeYaml) {
        return Json.write(Json.object(
            "flows", report.flows(),
            "blocks_read", report.blocksRead(),
            "blocks_reachable", report.blocksReachable(),
            "nodes_written", tree.nodes().size(),
            "menus_written", tree.menus().size(),
            "stub", report.isStub(tree),
            "lines", report.lines().stream().map(l -> Json.object("flow", l.flow(), "block", l.block(), "type", l.type(),
                "exit", l.exit(), "fate", l.fate().name().toLowerCase(Locale.ROOT), "detail", l.detail())).toList(),
            "proposed_intents", report.proposedIntents(),
            "tree", treeYaml));
    }
}
