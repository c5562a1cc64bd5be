package io.ivraudit.imports;

import io.ivraudit.imports.ImportReport.Fate;
import java.util.Optional;
import java.util.Set;

/**
 * A sub-flow run from a block (Studio's Run Subflow): the call enters the other flow and, where
 * that flow ends, comes back and goes on by the block's way on. Each block that runs a sub-flow
 * gets its own copy of the sub-flow's nodes, because where it ends leads somewhere else for each.
 * A sub-flow that was not given is taken to return at once, and the report says so.
 */
final class SubFlows {
    private SubFlows() {}

    static String call(Lowering l, Flow flow, Block block, String target, Set<String> following) {
        Optional<Exit> next = block.exit(Exit.Kind.NEXT);
        String back = next.map(e -> l.follow(flow, block, e, following)).orElseGet(l::callEnds);
        l.cutRest(flow, block, next.stream().toList(), "a sub-flow failing is not modelled: it is taken to run");
        Optional<Flow> linked = l.linked(target);
        if (linked.isEmpty()) {
            l.alias(flow, block, back);
            l.line(flow, block, "", Fate.GUESSED, "runs the sub-flow '" + target + "', which was not given: taken to "
                + "return at once (import it too, several files or a folder, to audit what it does)");
            return back;
        }
        Flow sub = linked.get();
        Flow run = new Flow(sub.platform(), sub.file(), sub.name() + " (run from " + block.id() + ")", sub.entry(),
            sub.blocks(), Set.of());
        l.returnTo.put(run, back);
        String to = l.resolve(run, run.entry(), following);
        l.alias(flow, block, to);
        l.line(flow, block, "", Fate.MAPPED, "runs the sub-flow '" + sub.name() + "' (entered at '" + to
            + "'); where it ends, the call goes on to '" + back + "'");
        return to;
    }
}
