package io.ivraudit.sim;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.model.BranchArm;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Node;
import io.ivraudit.model.Option;
import io.ivraudit.model.Tree;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** A choice-table destination meaning the caller gives up and hangs up, having heard the whole menu. */
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
        Node[] nodes = tree.nodes().values().toArray(Node[]::new);
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
            Node node = nodes[i];
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
                Node node = nodes[i];
                boolean listed = intent.resolvedBy().contains(node.id());
                resolves[k][i] = listed && type[i] != HUMAN;
                rightHuman[k][i] = node instanceof Node.Human h && (listed || h.skills().contains(intent.id()));
            }
        }
        intentCumulative[intentCount - 1] = 1.0;

        MenuFacts[] menus = new MenuFacts[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            if (type[i] == MENU) {
                menus[i] = new MenuFacts((Node.Menu) nodes[i], graph, index);
            }
        }
        ChoiceTables tables = new ChoiceTables();
        choiceStart = new int[intentCount * 2 * nodeCount + 1];
        for (int k = 0; k < intentCount; k++) {
            CallerParams p = tree.callerFor(intents.get(k));
            for (int savvy = 0; savvy < 2; savvy++) {
                for (int i = 0; i < nodeCount; i++) {
                    choiceStart[(k * 2 + savvy) * nodeCount + i] = tables.size;
                    if (type[i] == MENU) {
                        tables.addMenu(menus[i], intents.get(k).id(), savvy == 1, p);
                    }
                }
            }
        }
        choiceStart[intentCount * 2 * nodeCount] = tables.size;
        choiceProbability = Arrays.copyOf(tables.probability, tables.size);
        choiceTarget = Arrays.copyOf(tables.target, tables.size);
        choiceSeconds = Arrays.copyOf(tables.seconds, tables.size);
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

    /** What the choice rule needs of a menu, computed once for all intents: targets, listening times, human options. */
    private static final class MenuFacts {
        final List<Option> options;
        final int[] target;
        final double[] secondsToChoose;
        final boolean[] humanOption;
        final int invalidTarget;
        final int timeoutTarget;
        final double announcement;
        final double silence;
        final int fallback;

        MenuFacts(Node.Menu menu, IvrGraph graph, Map<String, Integer> index) {
            options = menu.options();
            int count = options.size();
            target = new int[count];
            secondsToChoose = new double[count];
            humanOption = new boolean[count];
            double own = menu.sayingSeconds();
            double heard = own;
            int firstAskingForPerson = -1;
            for (int o = 0; o < count; o++) {
                Option option = options.get(o);
                target[o] = index.get(option.goTo());
                humanOption[o] = graph.isHumanOption(option);
                if (!option.hidden()) {
                    heard += Node.speakingSeconds(option.say(), null);
                }
                secondsToChoose[o] = option.hidden() ? own : heard;
                if (firstAskingForPerson < 0 && asksForPerson(option)) {
                    firstAskingForPerson = o;
                }
            }
            announcement = heard;
            fallback = firstAskingForPerson;
            invalidTarget = index.get(menu.invalidTarget());
            timeoutTarget = index.get(menu.timeoutTarget());
            silence = heard + menu.silenceSeconds();
        }
    }

    /** The rows of all choice tables, appended menu by menu, in growable primitive arrays. */
    private static final class ChoiceTables {
        double[] probability = new double[1024];
        int[] target = new int[1024];
        double[] seconds = new double[1024];
        int size;

        /** SPEC section 2's choice rule for one caller kind at one menu. */
        void addMenu(MenuFacts menu, String intent, boolean savvy, CallerParams p) {
            int count = menu.options.size();
            int known = 0;
            int matching = 0;
            int humans = 0;
            for (int o = 0; o < count; o++) {
                Option option = menu.options.get(o);
                if (savvy || !option.hidden()) {
                    known++;
                    matching += option.intents().contains(intent) ? 1 : 0;
                    humans += menu.humanOption[o] ? 1 : 0;
                }
            }
            if (matching > 0) {
                int others = known - matching;
                double toMatching = others == 0 ? 1 : 1 - p.misroute();
                for (int o = 0; o < count; o++) {
                    Option option = menu.options.get(o);
                    if (savvy || !option.hidden()) {
                        boolean matches = option.intents().contains(intent);
                        option(menu, o, matches ? toMatching / matching : p.misroute() / others);
                    }
                }
                return;
            }
            if (humans > 0) {
                for (int o = 0; o < count; o++) {
                    if ((savvy || !menu.options.get(o).hidden()) && menu.humanOption[o]) {
                        option(menu, o, p.zeroOut() / humans);
                    }
                }
            } else if (menu.fallback >= 0) {
                option(menu, menu.fallback, p.zeroOut());
            } else {
                add(p.zeroOut(), menu.invalidTarget, menu.announcement);
            }
            add(p.giveUp(), GIVE_UP, menu.announcement);
            add(p.waitOut(), menu.timeoutTarget, menu.silence);
            double guess = 1 - p.zeroOut() - p.giveUp() - p.waitOut();
            if (known == 0) {
                add(guess, menu.invalidTarget, menu.announcement);
            } else {
                for (int o = 0; o < count; o++) {
                    if (savvy || !menu.options.get(o).hidden()) {
                        option(menu, o, guess / known);
                    }
                }
            }
        }

        private void option(MenuFacts menu, int o, double chance) {
            add(chance, menu.target[o], menu.secondsToChoose[o]);
        }

        private void add(double chance, int to, double secs) {
            if (chance <= 0) {
                return;
            }
            if (size == target.length) {
                probability = Arrays.copyOf(probability, size * 2);
                target = Arrays.copyOf(target, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            probability[size] = chance;
            target[size] = to;
            seconds[size] = secs;
            size++;
        }
    }

    /** A lost caller's fallback for a person: key 0, or the phrase operator, agent or representative. */
    private static boolean asksForPerson(Option o) {
        return "0".equals(o.key()) || o.phrase() != null && PERSON_PHRASES.contains(o.phrase().toLowerCase(Locale.ROOT));
    }
}
