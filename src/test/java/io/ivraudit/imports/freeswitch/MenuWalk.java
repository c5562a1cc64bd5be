package io.ivraudit.imports.freeswitch;

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
 * "Nothing dropped silently", checked: from the entry menu, every exit of every block a call
 * reaches must have a report line naming that block (in any run of its flow: a sub-menu run from
 * a key is reported under "menu (run from block)") and that exit; the walk follows every exit
 * the report did not cut, and into the menus that links reach.
 */
final class MenuWalk {
    private MenuWalk() {}

    private record Place(Flow flow, String block) {}

    static List<String> unreported(List<Flow> flows, Flow first, ImportReport report) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> unreported = new ArrayList<>();
        Deque<Place> queue = new ArrayDeque<>(List.of(new Place(first, first.entry())));
        while (!queue.isEmpty()) {
            Place at = queue.poll();
            Flow flow = at.flow();
            Block block = flow.blocks().get(at.block());
            if (block == null || !reached.add(flow.name() + "/" + block.id())) {
                continue;
            }
            for (Exit exit : block.exits()) {
                List<ImportReport.Line> lines = report.lines().stream().filter(l -> ofFlow(l.flow(), flow.name())
                    && l.block().equals(block.id()) && l.exit().equals(exit.describe())).toList();
                if (lines.isEmpty()) {
                    unreported.add(flow.name() + "/" + block.id() + ": " + exit.describe());
                }
                if (exit.connected() && lines.stream().anyMatch(l -> l.fate() != ImportReport.Fate.CUT)) {
                    queue.add(new Place(flow, exit.target()));
                }
            }
            if (block.step() instanceof Step.Link link) {
                flows.stream().filter(f -> f.names().contains(link.flow())).findFirst()
                    .ifPresent(f -> queue.add(new Place(f, f.entry())));
            }
        }
        return unreported;
    }

    private static boolean ofFlow(String reported, String flow) {
        return reported.equals(flow) || reported.startsWith(flow + " (run from ");
    }
}
