package io.ivraudit.sim;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tree flattened for walking callers: nodes as int indices and typed arrays, and for every
 * (intent, savvy, menu) the table of SPEC section 2's choice rule, precomputed once. Both the
 * Monte Carlo simulator and the exact solver read these tables, so they walk the same chain.
 * Building it costs O(intents x options).
 */
public final class CompiledTree {
    static final byte MENU = 0, HUMAN = 1, SELF_SERVICE = 2, MESSAGE = 3, HANDOFF = 4, HANGUP = 5, BRANCH = 6;
    /** A choice-table destination meaning the caller gives up and hangs up. */
    static final int GIVE_UP = -1;
    private static final Set<String> PERSON_PHRASES = Set.of("operator", "agent", "representative");

    final Tree tree;
    final int nodeCount;
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
    /** [intent][node]: a message, self-service step or hang-up that resolves the intent. */
    final boolean[][] resolves;
    /** [intent][node]: a human who is the right person for the intent. */
    final boolean[][] rightHuman;

    /** Choice tables, indexed by (combo * nodeCount + menu) where combo = intent * 2 + savvy. */
    final int[] choiceStart;
    final double[] choiceProbability;
    final double[] choiceCumulative;
    final int[] choiceTarget;
    final double[] choiceSeconds;

    private CompiledTree(Tree tree, IvrGraph graph) {
        this.tree = tree;
        nodeCount = tree.nodes().size();
        nodeIds = tree.nodes().keySet().toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            index.put(nodeIds[i], i);
        }
        entry = index.get(tree.entry());
        type = new byte[nodeCount];
        next = new int[nodeCount];
        saySeconds = new double[nodeCount];
        holdSeconds = new double[nodeCount];
        deadChannel = new boolean[nodeCount];
        branchStart = new int[nodeCount + 1];
        List<Double> cumulative = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            Node node = tree.nodes().get(nodeIds[i]);
            type[i] = typeOf(node);
            next[i] = -1;
            saySeconds[i] = node.sayingSeconds();
            deadChannel[i] = graph.isDeadChannel(node);
            branchStart[i] = targets.size();
            if (node instanceof Node.Message m) {
                next[i] = index.get(m.next());
            } else if (node instanceof Node.SelfService s && s.next() != null) {
                next[i] = index.get(s.next());
            } else if (node instanceof Node.Human h) {
                holdSeconds[i] = h.holdSeconds();
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
        resolves = new boolean[intentCount][nodeCount];
        rightHuman = new boolean[intentCount][nodeCount];
        double totalWeight = intents.stream().mapToDouble(Intent::weight).sum();
        double running = 0;
        for (int k = 0; k < intentCount; k++) {
            Intent intent = intents.get(k);
            CallerParams p = tree.callerFor(intent);
            intentShare[k] = intent.weight() / totalWeight;
            running += intentShare[k];
            intentCumulative[k] = running;
            patience[k] = p.patience();
            savvyChance[k] = p.savvy();
            for (int i = 0; i < nodeCount; i++) {
                Node node = tree.nodes().get(nodeIds[i]);
                boolean listed = intent.resolvedBy().contains(node.id());
                resolves[k][i] = listed && type[i] != HUMAN;
                rightHuman[k][i] = node instanceof Node.Human h && (listed || h.skills().contains(intent.id()));
            }
        }
        intentCumulative[intentCount - 1] = 1.0;

        ChoiceTables tables = new ChoiceTables();
        choiceStart = new int[intentCount * 2 * nodeCount + 1];
        for (int k = 0; k < intentCount; k++) {
            CallerParams p = tree.callerFor(intents.get(k));
            for (int savvy = 0; savvy < 2; savvy++) {
                for (int i = 0; i < nodeCount; i++) {
                    choiceStart[(k * 2 + savvy) * nodeCount + i] = tables.size();
                    if (type[i] == MENU) {
                        tables.addMenu((Node.Menu) tree.nodes().get(nodeIds[i]), intents.get(k).id(), savvy == 1, p,
                            graph, index);
                    }
                }
            }
        }
        choiceStart[intentCount * 2 * nodeCount] = tables.size();
        choiceProbability = tables.probability.stream().mapToDouble(Double::doubleValue).toArray();
        choiceTarget = tables.target.stream().mapToInt(Integer::intValue).toArray();
        choiceSeconds = tables.seconds.stream().mapToDouble(Double::doubleValue).toArray();
        choiceCumulative = new double[choiceProbability.length];
        for (int c = 0; c < intentCount * 2 * nodeCount; c++) {
            double sum = 0;
            for (int j = choiceStart[c]; j < choiceStart[c + 1]; j++) {
                sum += choiceProbability[j];
                choiceCumulative[j] = sum;
            }
            if (choiceStart[c + 1] > choiceStart[c]) {
                choiceCumulative[choiceStart[c + 1] - 1] = Double.POSITIVE_INFINITY;
            }
        }
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

    /** The rows of all choice tables, appended menu by menu. */
    private static final class ChoiceTables {
        final List<Double> probability = new ArrayList<>();
        final List<Integer> target = new ArrayList<>();
        final List<Double> seconds = new ArrayList<>();

        int size() {
            return target.size();
        }

        /** SPEC section 2's choice rule for one caller kind at one menu. */
        void addMenu(Node.Menu menu, String intent, boolean savvy, CallerParams p, IvrGraph graph,
                     Map<String, Integer> index) {
            List<Option> known = menu.options().stream().filter(o -> savvy || !o.hidden()).toList();
            List<Option> matching = known.stream().filter(o -> o.intents().contains(intent)).toList();
            int invalid = index.get(menu.invalidTarget());
            if (!matching.isEmpty()) {
                List<Option> others = known.stream().filter(o -> !matching.contains(o)).toList();
                double toMatching = others.isEmpty() ? 1 : 1 - p.misroute();
                matching.forEach(o -> option(menu, o, toMatching / matching.size(), index));
                others.forEach(o -> option(menu, o, p.misroute() / others.size(), index));
                return;
            }
            List<Option> humanOptions = known.stream().filter(graph::isHumanOption).toList();
            if (!humanOptions.isEmpty()) {
                humanOptions.forEach(o -> option(menu, o, p.zeroOut() / humanOptions.size(), index));
            } else {
                menu.options().stream().filter(CompiledTree::asksForPerson).findFirst().ifPresentOrElse(
                    o -> option(menu, o, p.zeroOut(), index),
                    () -> add(p.zeroOut(), invalid, menu.secondsOfAnnouncement()));
            }
            add(p.giveUp(), GIVE_UP, 0);
            double guess = 1 - p.zeroOut() - p.giveUp();
            if (known.isEmpty()) {
                add(guess, invalid, menu.secondsOfAnnouncement());
            } else {
                known.forEach(o -> option(menu, o, guess / known.size(), index));
            }
        }

        private void option(Node.Menu menu, Option o, double chance, Map<String, Integer> index) {
            add(chance, index.get(o.goTo()), menu.secondsToChoose(o));
        }

        private void add(double chance, int to, double secs) {
            if (chance > 0) {
                probability.add(chance);
                target.add(to);
                seconds.add(secs);
            }
        }
    }

    /** A lost caller's fallback for a person: key 0, or the phrase operator, agent or representative. */
    private static boolean asksForPerson(Option o) {
        return "0".equals(o.key()) || o.phrase() != null && PERSON_PHRASES.contains(o.phrase().toLowerCase(Locale.ROOT));
    }
}
