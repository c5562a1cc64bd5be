package io.ivraudit.sim;

import io.ivraudit.model.CallCentre;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Node;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trees given queues for tests: every person joins one of two queues, alternately. */
final class QueueTrees {
    private QueueTrees() {}

    /**
     * {@code tree} with its people in queues {@code q0} and {@code q1} of {@code agents} agents
     * (per interval of a {@code profile} day), {@code callsPerDay} calls and {@code redial}; the
     * tree itself if it has no person.
     */
    static Tree withQueues(Tree tree, int agents, double callsPerDay, double[] profile, double redial) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        int people = 0;
        for (Node node : tree.nodes().values()) {
            if (node instanceof Node.Human h) {
                nodes.put(h.id(), new Node.Human(h.id(), "q" + (people++ % 2), h.holdSeconds(), h.skills(), h.at()));
            } else {
                nodes.put(node.id(), node);
            }
        }
        if (people == 0) {
            return tree;
        }
        Map<String, CallCentre.Queue> queues = new LinkedHashMap<>();
        for (int q = 0; q < Math.min(2, people); q++) {
            queues.put("q" + q, new CallCentre.Queue("q" + q, List.of(agents + q), 3.0, 120.0 + 60 * q, SourcePosition.UNKNOWN));
        }
        List<Double> shares = java.util.Arrays.stream(profile).boxed().toList();
        CallCentre centre = new CallCentre(queues, new CallCentre.Day(8.0, shares), CallCentre.Service.NONE);
        Costs costs = tree.costs();
        Costs withCalls = new Costs(costs.agentPerMinute(), costs.ivrPerMinute(), costs.handleMinutes(), costs.lifetimeValue(),
            costs.churnAfterFailure(), callsPerDay, costs.agentPerHour());
        CallerParams c = tree.caller();
        CallerParams caller = new CallerParams(c.patience(), c.misroute(), c.zeroOut(), c.giveUp(), c.waitOut(), c.savvy(), redial);
        return new Tree(tree.id(), tree.title(), tree.entry(), caller, withCalls, centre, tree.intents(), tree.addresses(),
            nodes, tree.at());
    }
}
