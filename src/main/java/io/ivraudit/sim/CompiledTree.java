package io.ivraudit.sim;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A tree flattened for walking callers: nodes as int indices and typed arrays, SPEC section 2's
 * choice rule as {@link ChoiceTables} (shared by callers a menu treats alike), and what resolves
 * each intent as sparse sets of nodes, not intents x nodes. Both the Monte Carlo simulator and
 * the exact solver read it, so they walk the same chain. Building it costs O(nodes + options'
 * intents + resolved_by entries + skills + the tables' rows).
 */
public final class CompiledTree {
    static final byte MENU = 0, HUMAN = 1, SELF_SERVICE = 2, MESSAGE = 3, HANDOFF = 4, HANGUP = 5, BRANCH = 6;
    /** A choice-table destination meaning the caller gives up and hangs up, having heard the whole menu. */
    static final int GIVE_UP = ChoiceTables.GIVE_UP;

    final Tree tree;
    final int nodeCount;
    /** Each node's id for reports: a later play of a menu with {@code tries} ({@link Retries}) has its menu's. */
    final String[] nodeIds;
    final byte[] type;
    final int entry;
    /** {@code next} of messages and self-service steps; -1 where there is none. */
    final int[] next;
    /** Seconds of a node's own words. */
    final double[] saySeconds;
    final double[] holdSeconds;
    final boolean[] deadChannel;
    final int[] branchStart;
    final double[] branchCumulative;
    final int[] branchTarget;

    final int intentCount;
    final String[] intentIds;
    /** Each intent's share of calls, and the running sum used to draw one. */
    final double[] intentShare;
    final double[] intentCumulative;
    final int[] patience;
    final double[] savvyChance;
    /** Each intent's chance of calling again after a failed call (SPEC section 2b). */
    final double[] redial;
    /** Per node, the index of its queue in {@link #queueIds}; -1 for nodes without one (and for every node of a tree without queues). */
    final int[] queueOf;
    final String[] queueIds;
    /** Once coupled to its queues: the day's queues, for Monte Carlo; null before. */
    final QueueCoupling.Draws queueDraws;
    /** Once coupled: per node, the chance a call that reaches this person hangs up on hold. */
    final double[] abandonAt;
    /** Per intent: the messages, self-service steps and hang-ups that resolve it. */
    private final NodeSets resolving;
    /** Per intent: the humans who are the right person for it. */
    private final NodeSets rightHumans;
    final ChoiceTables choices;

    /**
     * This tree coupled to its queues (SPEC section 2b): at a person of a queue, a call hangs up
     * on hold with {@code abandon[q]}, else is answered after {@code asa[q]} seconds (the exact
     * solver) or a wait drawn by {@code draws} (Monte Carlo). The other arrays are shared.
     */
    private CompiledTree(CompiledTree free, double[] abandon, double[] asa, QueueCoupling.Draws draws) {
        tree = free.tree;
        nodeCount = free.nodeCount;
        nodeIds = free.nodeIds;
        type = free.type;
        entry = free.entry;
        next = free.next;
        saySeconds = free.saySeconds;
        deadChannel = free.deadChannel;
        branchStart = free.branchStart;
        branchCumulative = free.branchCumulative;
        branchTarget = free.branchTarget;
        intentCount = free.intentCount;
        intentIds = free.intentIds;
        intentShare = free.intentShare;
        intentCumulative = free.intentCumulative;
        patience = free.patience;
        savvyChance = free.savvyChance;
        redial = free.redial;
        resolving = free.resolving;
        rightHumans = free.rightHumans;
        choices = free.choices;
        queueOf = free.queueOf;
        queueIds = free.queueIds;
        queueDraws = draws;
        holdSeconds = free.holdSeconds.clone();
        abandonAt = new double[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            if (queueOf[i] >= 0) {
                holdSeconds[i] = asa[queueOf[i]];
                abandonAt[i] = abandon[queueOf[i]];
            }
        }
    }

    /** This tree coupled to its queues' figures for the day; see the constructor. */
    CompiledTree coupled(double[] abandon, double[] asa, QueueCoupling.Draws draws) {
        return new CompiledTree(this, abandon, asa, draws);
    }

    private CompiledTree(Tree tree, IvrGraph graph) {
        this.tree = tree;
        Map<String, Node> walked = Retries.expanded(tree);
        nodeCount = walked.size();
        String[] ids = walked.keySet().toArray(String[]::new);
        nodeIds = new String[nodeCount];
        Node[] nodes = walked.values().toArray(Node[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            index.put(ids[i], i);
            nodeIds[i] = Retries.reportId(ids[i]);
        }
        entry = index.get(tree.entry());
        type = new byte[nodeCount];
        next = new int[nodeCount];
        saySeconds = new double[nodeCount];
        holdSeconds = new double[nodeCount];
        deadChannel = new boolean[nodeCount];
        branchStart = new int[nodeCount + 1];
        queueIds = tree.centre().queues().keySet().toArray(String[]::new);
        Map<String, Integer> queueIndex = new HashMap<>();
        for (String queue : queueIds) {
            queueIndex.put(queue, queueIndex.size());
        }
        queueOf = new int[nodeCount];
        abandonAt = new double[nodeCount];
        queueDraws = null;
        List<Double> cumulative = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            Node node = nodes[i];
            type[i] = typeOf(node);
            next[i] = -1;
            queueOf[i] = -1;
            saySeconds[i] = node.sayingSeconds();
            deadChannel[i] = graph.isDeadChannel(node);
            branchStart[i] = targets.size();
            if (node instanceof Node.Message m) {
                next[i] = index.get(m.next());
            } else if (node instanceof Node.SelfService s && s.next() != null) {
                next[i] = index.get(s.next());
            } else if (node instanceof Node.Human h) {
                holdSeconds[i] = h.holdSeconds();
                queueOf[i] = h.queue() == null ? -1 : queueIndex.getOrDefault(h.queue(), -1);
            } else if (node instanceof Node.Branch b) {
                double sum = 0;
                for (BranchArm arm : b.branches()) {
                    sum += arm.share();
                    cumulative.add(sum);
                    targets.add(index.get(arm.goTo()));
                }
            }
        }
        branchStart[nodeCount] = targets.size();
        branchCumulative = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
        branchTarget = targets.stream().mapToInt(Integer::intValue).toArray();

        List<Intent> intents = List.copyOf(tree.intents().values());
        intentCount = intents.size();
        intentIds = intents.stream().map(Intent::id).toArray(String[]::new);
        intentShare = new double[intentCount];
        intentCumulative = new double[intentCount];
        patience = new int[intentCount];
        savvyChance = new double[intentCount];
        redial = new double[intentCount];
        CallerParams[] params = new CallerParams[intentCount];
        double totalWeight = intents.stream().mapToDouble(Intent::weight).sum();
        double running = 0;
        for (int k = 0; k < intentCount; k++) {
            Intent intent = intents.get(k);
            params[k] = tree.callerFor(intent);
            intentShare[k] = intent.weight() / totalWeight;
            running += intentShare[k];
            intentCumulative[k] = running;
            patience[k] = params[k].patience();
            savvyChance[k] = params[k].savvy();
            redial[k] = params[k].redial();
        }
        intentCumulative[intentCount - 1] = 1.0;
        resolving = NodeSets.of(intents.stream().map(i -> listed(i, index, false)).toList(), nodeCount);
        rightHumans = rightHumanSets(nodes, intents, index);
        choices = ChoiceTables.of(nodes, graph, index, intentIds, params);
    }

    /** The number of the choice table of a caller with intent {@code k} (savvy 1, or 0) at menu {@code node}. */
    int table(int k, int savvy, int node) {
        return choices.table(k, savvy, node);
    }

    /** Whether a message, self-service step or hang-up resolves intent {@code k}. O(log resolved_by). */
    boolean resolves(int k, int node) {
        return resolving.contains(k, node);
    }

    /**
     * How a call with intent {@code k} ends at {@code node} (SPEC section 2), or {@code null} when
     * it goes on from there (a menu, a branch, or a message or step that does not resolve the
     * intent and has a {@code next}). The one statement of what each node type does to a call,
     * read by both the Monte Carlo walk and the exact solver.
     */
    Outcome endAt(int k, int node) {
        return switch (type[node]) {
            case HUMAN -> Outcome.HUMAN;
            case HANDOFF -> deadChannel[node] ? Outcome.DEAD_CHANNEL : Outcome.HANDED_OFF;
            case HANGUP -> resolves(k, node) ? Outcome.SELF_SERVED : Outcome.DEAD_END;
            case MESSAGE, SELF_SERVICE -> resolves(k, node) ? Outcome.SELF_SERVED : next[node] < 0 ? Outcome.DEAD_END : null;
            default -> null;
        };
    }

    /** Seconds of the words a call hears at the node where it ends: the node's own, except at a person. */
    double endingWords(int node, Outcome outcome) {
        return outcome == Outcome.HUMAN ? 0 : saySeconds[node];
    }

    /** Whether the tree has queues, so that its figures need coupling to them first. */
    boolean hasQueues() {
        return queueIds.length > 0;
    }

    /** Whether a human is the right person for intent {@code k}. O(log its right people). */
    boolean rightHuman(int k, int node) {
        return rightHumans.contains(k, node);
    }

    /** The nodes of an intent's resolved_by that are humans, or ({@code humans} false) that are not. */
    private int[] listed(Intent intent, Map<String, Integer> index, boolean humans) {
        return intent.resolvedBy().stream().filter(index::containsKey).mapToInt(index::get)
            .filter(i -> (type[i] == HUMAN) == humans).toArray();
    }

    /** A human is the right person for the intents listing it in resolved_by and those in its skills (SPEC section 2). */
    private NodeSets rightHumanSets(Node[] nodes, List<Intent> intents, Map<String, Integer> index) {
        Map<String, List<Integer>> skilled = new HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            if (nodes[i] instanceof Node.Human h) {
                for (String skill : h.skills()) {
                    skilled.computeIfAbsent(skill, s -> new ArrayList<>()).add(i);
                }
            }
        }
        return NodeSets.of(intents.stream().map(intent -> IntStream.concat(Arrays.stream(listed(intent, index, true)),
            skilled.getOrDefault(intent.id(), List.of()).stream().mapToInt(Integer::intValue)).toArray()).toList(), nodeCount);
    }

    /** Compiles a loaded tree. */
    public static CompiledTree of(Tree tree) {
        return new CompiledTree(tree, IvrGraph.of(tree));
    }

    /** Compiles the tree of an already built graph. */
    public static CompiledTree of(IvrGraph graph) {
        return new CompiledTree(graph.tree(), graph);
    }

    public Tree tree() {
        return tree;
    }

    private static byte typeOf(Node node) {
        return node.match(m -> MENU, h -> HUMAN, s -> SELF_SERVICE, m -> MESSAGE, h -> HANDOFF, h -> HANGUP, b -> BRANCH);
    }
}
