package io.ivraudit.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Nothing dropped silently", checked: from the entry flow's entry block, every exit of every block
 * a call reaches must have a report line naming that block and exit; the walk goes on along every
 * exit the report did not cut, and into the flows that links reach. Of several exits a report names
 * alike (two conditions on one value) only the first can be taken, unless the platform lists alike
 * exits that can each be taken. Shared by every platform's tests.
 */
public final class ReportWalk {
    private ReportWalk() {}

    /** Which report lines speak of a block of a flow. */
    public enum Lines {
        /** Lines of that flow. */
        OF_ITS_FLOW,
        /** Lines of that flow or of a run of it as a sub-flow ("menu (run from block)"): FreeSWITCH's sub-menus. */
        OF_ITS_FLOW_OR_ITS_RUNS,
        /** Lines of any flow: block ids name their flow (Asterisk's "context,extension,priority"), and a block shared by
         * flows that include it is reported under whichever reached it first. */
        OF_ANY_FLOW
    }

    /** What the walk found: the blocks it reached ({@code flow/block}) and the exits no line names. */
    public record Walk(Set<String> reached, List<String> unreported) {}

    private record Place(Flow flow, String block) {}

    /** The walk with lines of each block's own flow, following the first of alike exits. */
    public static Walk walk(List<Flow> flows, Flow first, ImportReport report) {
        return walk(flows, first, report, Lines.OF_ITS_FLOW, false);
    }

    /**
     * The walk, with the lines {@code which} says speak of a block, following every exit a line
     * does not cut ({@code everyAlikeExit}) or only the first of those described alike.
     */
    public static Walk walk(List<Flow> flows, Flow first, ImportReport report, Lines which, boolean everyAlikeExit) {
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
            Set<String> described = new LinkedHashSet<>();
            for (Exit exit : block.exits()) {
                List<ImportReport.Line> lines = report.lines().stream().filter(l -> speaksOf(which, l.flow(), flow.name())
                    && l.block().equals(block.id()) && l.exit().equals(exit.describe())).toList();
                if (lines.isEmpty()) {
                    unreported.add(flow.name() + "/" + block.id() + ": " + exit.describe());
                }
                boolean firstOfItsName = described.add(exit.describe());
                if ((firstOfItsName || everyAlikeExit) && exit.connected() && lines.stream().anyMatch(l -> l.fate() != ImportReport.Fate.CUT)) {
                    queue.add(new Place(flow, exit.target()));
                }
            }
            if (block.step() instanceof Step.Link link) {
                Optional<Flow> linked = flows.stream().filter(f -> f.names().contains(link.flow())).findFirst();
                linked.ifPresent(f -> queue.add(new Place(f, f.entry())));
            }
        }
        return new Walk(reached, unreported);
    }

    private static boolean speaksOf(Lines which, String reported, String flow) {
        return switch (which) {
            case OF_ITS_FLOW -> reported.equals(flow);
            case OF_ITS_FLOW_OR_ITS_RUNS -> reported.equals(flow) || reported.startsWith(flow + " (run from ");
            case OF_ANY_FLOW -> true;
        };
    }
}
