package io.ivraudit.rank;

import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.SourcePosition;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.QueueDay;
import io.ivraudit.sim.Roster;
import io.ivraudit.sim.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The redesign from the essay that started this project, for a tree with queues: a small team
 * of advocates, people who can resolve any reason for calling, announced first at the first
 * menu callers hear (callers who want a person today choose it as readily as their own option),
 * in a queue of their own staffed to the service targets (SPEC section 2b).
 * It is ranked like any other redesign, so the agents it needs are weighed against the callers
 * it keeps.
 */
final class Advocates {
    static final String NAME = "advocates";
    static final String CHANGES = "a team of advocates, who can resolve any reason for calling, announced first at the "
        + "first menu and staffed to the service targets";
    private static final SourcePosition NEW = SourcePosition.UNKNOWN;

    private Advocates() {}

    /** The tree with a team of advocates; empty without queues, or without a menu callers reach before any choice. */
    static Optional<Tree> of(Tree base) {
        if (!base.centre().any()) {
            return Optional.empty();
        }
        Optional<Node.Menu> first = firstMenu(base);
        Optional<String> key = first.flatMap(Suggestions::freeKey);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Node.Menu menu = first.get();
        String person = unique("advocates", base.nodes().keySet());
        String queue = unique("advocates", base.centre().queues().keySet());
        List<String> everyIntent = List.copyOf(base.intents().keySet());
        List<Option> options = new ArrayList<>();
        options.add(new Option(key.get(), null, "To talk to a person who can help with anything, press " + key.get() + ".",
            person, forAPerson(base), false, NEW));
        options.addAll(menu.options());
        Map<String, Node> nodes = new LinkedHashMap<>(base.nodes());
        nodes.put(menu.id(), menu.withOptions(options));
        nodes.put(person, new Node.Human(person, queue, 0, everyIntent, NEW));
        Tree unstaffed = withQueue(base, nodes, new CallCentre.Queue(queue, List.of(0), null, null, NEW));
        QueueDay day = Simulator.run(CompiledTree.of(unstaffed), Method.EXACT, Roster.STAFFED).day().queues().get(queue);
        List<Integer> roster = day.intervals().stream().map(QueueDay.Interval::agentsNeeded).toList();
        return Optional.of(withQueue(base, nodes, new CallCentre.Queue(queue, roster.stream().distinct().count() == 1
            ? List.of(roster.get(0)) : roster, null, null, NEW)));
    }

    private static Tree withQueue(Tree base, Map<String, Node> nodes, CallCentre.Queue queue) {
        Map<String, CallCentre.Queue> queues = new LinkedHashMap<>(base.centre().queues());
        queues.put(queue.id(), queue);
        return new Tree(base.id(), base.title(), base.entry(), base.caller(), base.costs(), base.centre().withQueues(queues),
            base.intents(), base.addresses(), nodes, base.at());
    }

    /** The intents a person resolves today (a human node lists them in resolved_by or skills): the callers who want one. */
    private static List<String> forAPerson(Tree tree) {
        java.util.Set<String> humans = new java.util.HashSet<>();
        java.util.Set<String> skills = new java.util.HashSet<>();
        for (Node node : tree.nodes().values()) {
            if (node instanceof Node.Human h) {
                humans.add(h.id());
                skills.addAll(h.skills());
            }
        }
        return tree.intents().values().stream().filter(i -> skills.contains(i.id()) || i.resolvedBy().stream().anyMatch(humans::contains))
            .map(io.ivraudit.model.Intent::id).toList();
    }

    /** The first menu a call meets, through messages only (a branch or a step before it: none). */
    private static Optional<Node.Menu> firstMenu(Tree tree) {
        Node node = tree.nodes().get(tree.entry());
        for (int steps = 0; steps <= tree.nodes().size() && node != null; steps++) {
            if (node instanceof Node.Menu menu) {
                return Optional.of(menu);
            }
            if (!(node instanceof Node.Message message)) {
                return Optional.empty();
            }
            node = tree.nodes().get(message.next());
        }
        return Optional.empty();
    }

    private static String unique(String wanted, java.util.Set<String> taken) {
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }
}
