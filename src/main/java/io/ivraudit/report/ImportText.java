package io.ivraudit.report;

import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.ImportReport.Fate;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.Locale;

/**
 * The import report as a person reads it after {@code import}: what was read and written, then
 * every way the tree differs from the flow (cut, guessed, or ending the call where the export
 * connects nothing), then the intents to review. Plain edges are counted, not listed.
 */
public final class ImportText {
    private ImportText() {}

    public static String write(ImportReport report, Tree tree) {
        StringBuilder out = new StringBuilder();
        if (report.isStub(tree)) {
            out.append("WARNING: the tree is a stub of the flow: ").append(Words.count(report.blocksReachable(), "block"))
                .append(" of ").append(report.blocksRead()).append(" reachable, and ").append(Words.count(tree.nodes().size(), "node"))
                .append(" written; read the lines below before auditing it\n");
        }
        out.append("imported ").append(Printable.of(String.join(", ", report.flows()))).append(": ")
            .append(Words.count(report.blocksRead(), "block")).append(" read, ")
            .append(report.blocksReachable()).append(" reachable from the entry; ")
            .append(Words.count(tree.nodes().size(), "node")).append(" written (")
            .append(Words.count(tree.menus().size(), "menu")).append(")\n");
        long edges = report.lines().stream().filter(ImportText::plainEdge).count();
        out.append("  ").append(Words.count(edges, "exit")).append(" mapped as they are, ")
            .append(report.lines(Fate.FOLLOWED).size()).append(" followed through, ")
            .append(report.lines(Fate.GUESSED).size()).append(" guessed, ")
            .append(report.lines(Fate.CUT).size()).append(" cut\n");
        for (ImportReport.Line line : report.lines()) {
            if (!plainEdge(line) && line.fate() != Fate.FOLLOWED) {
                out.append("  ").append(line.fate().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(Printable.of(where(line, report.flows().size() > 1)))
                    .append(": ").append(Printable.of(line.detail())).append('\n');
            }
        }
        if (!report.proposedIntents().isEmpty()) {
            out.append("  review the proposed intents (marked proposed: true): ")
                .append(Printable.of(String.join(", ", report.proposedIntents()))).append('\n');
        }
        return out.toString();
    }

    /** An exit that became the edge it is in the flow, with nothing to say about it. */
    static boolean plainEdge(ImportReport.Line line) {
        return line.fate() == Fate.MAPPED && !line.exit().isEmpty() && line.detail().startsWith("to '");
    }

    private static String where(ImportReport.Line line, boolean nameFlow) {
        return (nameFlow ? line.flow() + ": " : "") + line.block() + " (" + line.type() + ")"
            + (line.exit().isEmpty() ? "" : ", " + line.exit());
    }
}
