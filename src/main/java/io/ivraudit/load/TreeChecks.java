package io.ivraudit.load;

import io.ivraudit.load.TreeReader.Reference;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The checks that need the whole file read: every name refers to something declared, no loop
 * can be walked without pressing a key, and each intent's caller parameters make sense.
 * O(references + nodes + intents), plus "did you mean" for at most {@link #SUGGESTED} wrong names.
 */
final class TreeChecks {
    /** Wrong names a file gets a "did you mean" for: each compares the name with the ids declared, so no more. */
    static final int SUGGESTED = 20;
    /** Names longer than this get no "did you mean": comparing them costs their length squared. */
    static final int LONGEST_SUGGESTED = 64;
    /** Nodes of a keyless loop named in its message; the rest are counted. */
    static final int LISTED = 5;

    private TreeChecks() {}

    /**
     * Adds the problems of a tree as read to {@code problems}: its references always, and, when
     * the tree read {@code whole} (no errors so far), its loops and caller parameters.
     */
    static void check(TreeReader.Read read, Problems problems, boolean whole) {
        Tree tree = read.tree();
        int suggested = 0;
        for (Reference reference : read.references()) {
            Set<String> declared = read.declared().getOrDefault(reference.kind(), Set.of());
            String name = reference.name();
            if (!declared.contains(name)) {
                Reference.Kind kind = reference.kind();
                boolean suggest = suggested < SUGGESTED && name.length() <= LONGEST_SUGGESTED;
                suggested += suggest ? 1 : 0;
                problems.add(reference.at(), reference.field() + " '" + name + "' is not "
                    + kind.noun + (suggest ? Spelling.suggestion(name, nearlyAlike(name, declared)) : "")
                    + "; expected the id of " + kind.noun + " declared under '" + kind.section + "'");
            }
        }
        if (whole && !problems.any()) {
            keylessLoops(tree, problems);
            callerSums(tree, problems);
            queues(tree, problems);
        }
    }

    /** The largest load a queue may be given, in erlangs, and the most callers likely to wait in it at once. */
    static final double MOST_ERLANGS = 20_000;
    static final double MOST_WAITING = 200_000;
    /** The most queue-intervals a day may have (queues times intervals): each is an Erlang A staffing search. */
    static final int MOST_QUEUE_INTERVALS = 2_000;

    /**
     * The most calls a second any queue could get: every call of the day, with the most redials
     * any intent makes, in the busiest interval.
     */
    private static double busiestArrivals(Tree tree) {
        CallCentre centre = tree.centre();
        double calls = tree.costs().callsPerDay() == null ? 0 : tree.costs().callsPerDay();
        double redial = tree.intents().values().stream().mapToDouble(i -> tree.callerFor(i).redial()).max().orElse(0);
        double busiest = java.util.Arrays.stream(centre.profile()).max().orElse(1);
        return calls / (1 - redial) * busiest / centre.intervalSeconds();
    }

    /**
     * SPEC section 2b's rules for queues: they need the calls of the day, one roster number or one
     * per interval, and a person who answers them; and once a tree declares queues, every person's
     * queue is one of them. O(queues + nodes).
     */
    private static void queues(Tree tree, Problems problems) {
        CallCentre centre = tree.centre();
        if (!centre.any()) {
            return;
        }
        CallCentre.Queue first = centre.queues().values().iterator().next();
        if (tree.costs().callsPerDay() == null) {
            problems.add(first.at(), "queue '" + first.id() + "' needs costs.calls_per_day; expected the calls "
                + "a day under 'costs', from which the calls reaching each queue follow");
        }
        int intervals = centre.intervals();
        Set<String> answered = new java.util.HashSet<>();
        for (Node node : tree.nodes().values()) {
            if (node instanceof Node.Human human && human.queue() != null) {
                answered.add(human.queue());
                if (!centre.queues().containsKey(human.queue())) {
                    problems.add(human.at(), "node '" + human.id() + "': queue '" + human.queue()
                        + "' is not declared under 'queues'" + Spelling.suggestion(human.queue(), centre.queues().keySet())
                        + "; expected one of the tree's queues, since it declares some");
                }
            }
        }
        if ((long) centre.queues().size() * intervals > MOST_QUEUE_INTERVALS) {
            problems.add(first.at(), Words.count(centre.queues().size(), "queue") + " over " + Words.count(intervals, "interval")
                + " are " + (long) centre.queues().size() * intervals + " queue-intervals to staff; expected at most "
                + MOST_QUEUE_INTERVALS);
        }
        double busiest = busiestArrivals(tree);
        for (CallCentre.Queue queue : centre.queues().values()) {
            double waiting = busiest * queue.patience();
            double erlangs = busiest * queue.handle(tree.effectiveCosts()) * 60;
            if (waiting > MOST_WAITING || erlangs > MOST_ERLANGS) {
                problems.add(queue.at(), ("queue '%s': up to %s calls a second could reach it (every call, redials "
                    + "included, in the busiest interval), a load of %s erlangs with %s callers waiting; expected at most %s "
                    + "erlangs and %s waiting").formatted(queue.id(), Problems.plain(busiest), Problems.plain(erlangs),
                    Problems.plain(waiting), Problems.plain(MOST_ERLANGS), Problems.plain(MOST_WAITING)));
            }
            if (queue.agents().size() != 1 && queue.agents().size() != intervals) {
                problems.add(queue.at(), "queue '" + queue.id() + "': agents has " + queue.agents().size()
                    + " numbers for a day of " + Words.count(intervals, "interval") + "; expected one number, or one per interval");
            }
            if (!answered.contains(queue.id())) {
                problems.add(queue.at(), "queue '" + queue.id() + "' is answered by no human node; expected a "
                    + "node of type human with queue: " + queue.id() + ", or no such queue");
            }
        }
    }

    /**
     * The ids a "did you mean" could name: within three letters of the name's length (the most
     * edits it allows), or starting with the name. The same answer as asking all ids, for less.
     */
    private static List<String> nearlyAlike(String name, Set<String> declared) {
        String start = name.toLowerCase(Locale.ROOT);
        return declared.stream().filter(id -> Math.abs(id.length() - name.length()) <= 3
            || id.toLowerCase(Locale.ROOT).startsWith(start)).toList();
    }

    /**
     * Loops made only of messages, branches and self-service nodes: a caller would go round
     * without ever pressing a key. Strongly connected components, O(nodes + edges).
     */
    private static void keylessLoops(Tree tree, Problems problems) {
        Graph<String, DefaultEdge> silent = new DirectedPseudograph<>(DefaultEdge.class);
        for (Node node : tree.nodes().values()) {
            if (isSilent(node)) {
                silent.addVertex(node.id());
            }
        }
        for (Node node : tree.nodes().values()) {
            for (String next : silentSuccessors(node)) {
                if (silent.containsVertex(node.id()) && silent.containsVertex(next)) {
                    silent.addEdge(node.id(), next);
                }
            }
        }
        java.util.Map<String, Integer> order = tree.nodeOrder();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(silent).stronglyConnectedSets()) {
            String first = component.stream().min(Comparator.comparingInt(order::get)).orElseThrow();
            if (component.size() > 1 || silent.containsEdge(first, first)) {
                List<String> names = component.stream().sorted(Comparator.comparingInt(order::get))
                    .map(id -> "'" + id + "'").toList();
                problems.add(tree.nodes().get(first).at(), "nodes " + listed(names)
                    + " form a loop of messages, branches and self-service steps: a caller would go "
                    + "round without pressing a key; expected a menu, person, handoff or hangup in the loop");
            }
        }
    }

    /** The first few names, then how many more: a loop of thousands of nodes still gets a one-line message. */
    private static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() <= LISTED ? shown : shown + " and " + String.format(Locale.ROOT, "%,d", names.size() - LISTED) + " more";
    }

    private static boolean isSilent(Node node) {
        return node instanceof Node.Message || node instanceof Node.Branch || node instanceof Node.SelfService;
    }

    private static List<String> silentSuccessors(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Node.Message m) {
            out.add(m.next());
        } else if (node instanceof Node.SelfService s && s.next() != null) {
            out.add(s.next());
        } else if (node instanceof Node.Branch b) {
            b.branches().stream().map(BranchArm::goTo).forEach(out::add);
        }
        return out;
    }

    /** A lost caller zeroes out, gives up, waits out or guesses, so the first three cannot exceed certainty. */
    private static void callerSums(Tree tree, Problems problems) {
        for (Intent intent : tree.intents().values()) {
            CallerParams p = tree.callerFor(intent);
            if (p.zeroOut() + p.giveUp() + p.waitOut() > 1 + 1e-12) {
                problems.add(intent.at(), ("intent '%s': zero_out %s plus give_up %s plus wait_out %s is more than 1; "
                    + "expected the shares of lost callers to sum to at most 1")
                    .formatted(intent.id(), Problems.plain(p.zeroOut()), Problems.plain(p.giveUp()), Problems.plain(p.waitOut())));
            }
        }
    }
}
