package io.ivraudit.imports.asterisk;

import io.ivraudit.imports.Block;
import io.ivraudit.imports.Exit;
import io.ivraudit.imports.Flow;
import io.ivraudit.imports.ImportReport;
import io.ivraudit.imports.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Nothing dropped silently", checked: from the entry flow's entry block, every exit of every block
 * a call reaches must have a report line naming that block and exit; the walk goes on along every
 * exit the report did not cut, and into the flows that links reach.
 */
final class Unreported {
    private Unreported() {}

    private record Place(Flow flow, String block) {}

    /** The exits ({@code flow/block: exit}) of reachable blocks that no report line names. */
    static List<String> exits(List<Flow> flows, Flow first, ImportReport report) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> unreported = new ArrayList<>();
        Deque<Place> queue = new ArrayDeque<>(List.of(new Place(first, first.entry())));
        while (!queue.isEmpty()) {
            Place at = queue.poll();
            Block block = at.flow().blocks().get(at.block());
            if (block == null || !reached.add(at.flow().name() + "/" + block.id())) {
                continue;
            }
            for (Exit exit : block.exits()) {
                List<ImportReport.Line> lines = report.lines().stream().filter(l -> l.block().equals(block.id())
                    && l.exit().equals(exit.describe())).toList();
                if (lines.isEmpty()) {
                    unreported.add(at.flow().name() + "/" + block.id() + ": " + exit.describe());
                }
                if (exit.connected() && lines.stream().anyMatch(l -> l.fate() != ImportReport.Fate.CUT)) {
                    queue.add(new Place(at.flow(), exit.target()));
                }
            }
            if (block.step() instanceof Step.Link link) {
                flows.stream().filter(f -> f.names().contains(link.flow())).findFirst()
                    .ifPresent(f -> queue.add(new Place(f, f.entry())));
            }
        }
        return unreported;
    }
}
