package io.ivraudit.load;

import io.ivraudit.model.BranchArm;
import io.ivraudit.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Blocks a caller does not choose at: none leads on (a hang-up), one does (followed), several do (equal shares). */
final class FlowSplits {
    private FlowSplits() {}

    static String follow(FlowMapper flow, String block, String type, List<String> targets, Set<String> following) {
        if (targets.isEmpty()) {
            flow.notes.add(type + " block '" + block + "' leads nowhere: mapped to a hang-up");
            return flow.terminal(block, new Node.Hangup(flow.next("hangup"), null, null, flow.at(block)));
        }
        if (targets.size() == 1) {
            return flow.alias(block, flow.resolve(targets.get(0), following));
        }
        String id = flow.reserve(block, "split");
        flow.notes.add(id + ": " + type + " splits on data callers do not choose; imported as equal shares");
        List<BranchArm> arms = new ArrayList<>();
        double share = 1.0 / targets.size();
        for (int i = 0; i < targets.size(); i++) {
            double s = i == targets.size() - 1 ? 1 - share * (targets.size() - 1) : share;
            arms.add(new BranchArm(s, flow.resolveFresh(targets.get(i), following), flow.at(block)));
        }
        flow.nodes.put(id, new Node.Branch(id, arms, flow.at(block)));
        return id;
    }
}
