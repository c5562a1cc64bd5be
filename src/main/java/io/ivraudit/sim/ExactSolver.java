package io.ivraudit.sim;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller model solved without sampling. The chain's states are (node, menu selections so
 * far); selections only grow at menus and the loader forbids loops without a menu, so the states
 * form a DAG and one forward pass of probability mass, level by level in topological order,
 * gives every figure exactly. Alongside the mass it carries the "seconds mass" (probability x
 * seconds so far) from which mean seconds to a person follow.
 * Cost: O(intents x patience x (nodes + choice-table rows)); memory O(nodes) per intent.
 */
public final class ExactSolver {
    private ExactSolver() {}

    /** The exact figures of a compiled tree (coupled to its queues, if it has them: see {@link Simulator}). */
    public static Figures solve(CompiledTree t) {
        return solve(t, null);
    }

    /**
     * The exact figures, adding to {@code reach} (when not null) the share of calls of each
     * intent that reach a person of each queue, for coupling the tree to its queues.
     */
    static Figures solve(CompiledTree t, QueueCoupling.Reach reach) {
        int n = t.nodeCount;
        int[] silentOrder = silentTopologicalOrder(t);
        int maxPatience = Arrays.stream(t.patience).max().orElse(0);
        Mass overall = new Mass(maxPatience);
        Map<String, Figures.IntentResult> intents = new LinkedHashMap<>();
        double[] visits = new double[n];
        double[] ends = new double[n];
        double[] p = new double[n];
        double[] sm = new double[n];
        double[] nextP = new double[n];
        double[] nextSm = new double[n];
        for (int k = 0; k < t.intentCount; k++) {
            Mass intent = new Mass(maxPatience);
            for (int savvy = 0; savvy < 2; savvy++) {
                double weight = t.intentShare[k] * (savvy == 1 ? t.savvyChance[k] : 1 - t.savvyChance[k]);
                if (weight == 0) {
                    continue;
                }
                Arrays.fill(p, 0);
                Arrays.fill(sm, 0);
                p[t.entry] = weight;
                for (int hops = 0; hops <= t.patience[k]; hops++) {
                    Arrays.fill(nextP, 0);
                    Arrays.fill(nextSm, 0);
                    for (int node : silentOrder) {
                        if (p[node] != 0) {
                            visits[node] += p[node];
                            passSilent(t, k, node, p, sm, intent, ends);
                        }
                    }
                    boolean moving = false;
                    for (int node = 0; node < n; node++) {
                        if (p[node] == 0 || isSilent(t.type[node])) {
                            continue;
                        }
                        visits[node] += p[node];
                        if (t.type[node] == CompiledTree.MENU) {
                            moving |= choose(t, k, savvy, node, hops, p, sm, nextP, nextSm, intent, ends);
                        } else {
                            end(t, k, node, hops, p[node], sm[node], intent, ends, reach);
                        }
                    }
                    double[] swap = p;
                    p = nextP;
                    nextP = swap;
                    swap = sm;
                    sm = nextSm;
                    nextSm = swap;
                    if (!moving) {
                        break;
                    }
                }
            }
            if (reach != null) {
                reach.finishIntent();
            }
            intents.put(t.intentIds[k], new Figures.IntentResult(t.intentShare[k], intent.distribution(t.intentShare[k])));
            overall.add(intent);
        }
        return new Figures(t.tree.id(), "exact", 0, 0, overall.distribution(1.0), intents,
            perNode(t, visits), perNode(t, ends), List.of(), CentreDay.NONE);
    }

    /** A message, branch or self-service step: ends the call, or passes its mass on within the level. */
    private static void passSilent(CompiledTree t, int k, int node, double[] p, double[] sm, Mass tally, double[] ends) {
        double mass = p[node];
        double seconds = sm[node];
        if (t.type[node] == CompiledTree.BRANCH) {
            double previous = 0;
            for (int j = t.branchStart[node]; j < t.branchStart[node + 1]; j++) {
                double share = t.branchCumulative[j] - previous;
                previous = t.branchCumulative[j];
                p[t.branchTarget[j]] += share * mass;
                sm[t.branchTarget[j]] += share * seconds;
            }
            return;
        }
        Outcome outcome = t.endAt(k, node);
        if (outcome != null) {
            tally.outcome[outcome.ordinal()] += mass;
            tally.treeSeconds += seconds + t.endingWords(node, outcome) * mass;
            ends[node] += mass;
        } else {
            p[t.next[node]] += mass;
            sm[t.next[node]] += seconds + t.saySeconds[node] * mass;
        }
    }

    /** A menu's mass follows its choice table to the next level; returns whether any moved on. */
    private static boolean choose(CompiledTree t, int k, int savvy, int node, int hops, double[] p, double[] sm,
                                  double[] nextP, double[] nextSm, Mass tally, double[] ends) {
        double mass = p[node];
        if (hops == t.patience[k]) {
            tally.outcome[Outcome.ABANDONED.ordinal()] += mass;
            tally.treeSeconds += sm[node];
            ends[node] += mass;
            return false;
        }
        boolean moved = false;
        ChoiceTables choices = t.choices;
        int table = t.table(k, savvy, node);
        for (int j = choices.start[table]; j < choices.start[table + 1]; j++) {
            double q = choices.probability[j];
            int to = choices.target[j];
            if (to == CompiledTree.GIVE_UP) {
                tally.outcome[Outcome.ABANDONED.ordinal()] += q * mass;
                tally.treeSeconds += q * (sm[node] + choices.seconds[j] * mass);
                ends[node] += q * mass;
            } else if (ChoiceTables.isSpread(to)) {
                int count = choices.spreadCount(to);
                for (int pick = 0; pick < count; pick++) {
                    int option = choices.spreadOption(to, pick);
                    move(q / count, mass, sm[node], choices.optionTarget[option], choices.optionSeconds[option], nextP, nextSm);
                }
                tally.selections += q * mass;
                moved = true;
            } else {
                tally.selections += q * mass;
                move(q, mass, sm[node], to, choices.seconds[j], nextP, nextSm);
                moved = true;
            }
        }
        return moved;
    }

    /** A share {@code q} of a menu's mass (with seconds so far {@code secondsSoFar}) moves to {@code to} after {@code listened} seconds. */
    private static void move(double q, double mass, double secondsSoFar, int to, double listened, double[] nextP, double[] nextSm) {
        nextP[to] += q * mass;
        nextSm[to] += q * (secondsSoFar + listened * mass);
    }

    /**
     * A person, handoff or hang-up: the call ends. At a person of a queue, the share
     * {@code abandonAt} of the calls hangs up on hold (SPEC section 2b) and the rest are answered
     * after the queue's mean wait.
     */
    private static void end(CompiledTree t, int k, int node, int hops, double mass, double seconds, Mass tally,
                            double[] ends, QueueCoupling.Reach reach) {
        ends[node] += mass;
        Outcome outcome = t.endAt(k, node);
        if (outcome == null) {
            throw new IllegalStateException("node type " + t.type[node] + " does not end calls");
        }
        tally.treeSeconds += seconds + t.endingWords(node, outcome) * mass;
        if (outcome != Outcome.HUMAN) {
            tally.outcome[outcome.ordinal()] += mass;
            return;
        }
        if (reach != null && t.queueOf[node] >= 0) {
            reach.add(t.queueOf[node], mass);
        }
        double answered = 1 - t.abandonAt[node];
        tally.outcome[Outcome.ABANDONED.ordinal()] += mass * t.abandonAt[node];
        tally.outcome[Outcome.HUMAN.ordinal()] += mass * answered;
        tally.hops[hops] += mass * answered;
        tally.humanSeconds += answered * (seconds + t.holdSeconds[node] * mass);
        if (t.rightHuman(k, node)) {
            tally.rightHuman += mass * answered;
        }
    }

    static boolean isSilent(byte type) {
        return type == CompiledTree.MESSAGE || type == CompiledTree.BRANCH || type == CompiledTree.SELF_SERVICE;
    }

    /** Messages, branches and self-service steps, each after every silent node that leads to it (Kahn). */
    static int[] silentTopologicalOrder(CompiledTree t) {
        int n = t.nodeCount;
        int[] incoming = new int[n];
        for (int node = 0; node < n; node++) {
            if (isSilent(t.type[node])) {
                for (int to : silentSuccessors(t, node)) {
                    if (isSilent(t.type[to])) {
                        incoming[to]++;
                    }
                }
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int node = 0; node < n; node++) {
            if (isSilent(t.type[node]) && incoming[node] == 0) {
                ready.add(node);
            }
        }
        int[] order = new int[n];
        int size = 0;
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order[size++] = node;
            for (int to : silentSuccessors(t, node)) {
                if (isSilent(t.type[to]) && --incoming[to] == 0) {
                    ready.add(to);
                }
            }
        }
        return Arrays.copyOf(order, size);
    }

    private static int[] silentSuccessors(CompiledTree t, int node) {
        if (t.type[node] == CompiledTree.BRANCH) {
            return Arrays.copyOfRange(t.branchTarget, t.branchStart[node], t.branchStart[node + 1]);
        }
        return t.next[node] < 0 ? new int[0] : new int[] {t.next[node]};
    }

    private static Map<String, Double> perNode(CompiledTree t, double[] values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < t.nodeCount; i++) {
            out.merge(t.nodeIds[i], values[i], Double::sum);
        }
        return out;
    }

    /** Probability mass of calls by outcome, hops and seconds. */
    private static final class Mass {
        final double[] outcome = new double[Outcome.values().length];
        final double[] hops;
        double humanSeconds;
        double selections;
        double treeSeconds;
        double rightHuman;

        Mass(int maxPatience) {
            hops = new double[maxPatience + 1];
        }

        void add(Mass other) {
            for (int i = 0; i < outcome.length; i++) {
                outcome[i] += other.outcome[i];
            }
            for (int i = 0; i < hops.length; i++) {
                hops[i] += other.hops[i];
            }
            humanSeconds += other.humanSeconds;
            selections += other.selections;
            treeSeconds += other.treeSeconds;
            rightHuman += other.rightHuman;
        }

        Distribution distribution(double total) {
            return Distribution.of(total, outcome, hops, humanSeconds, null, selections, treeSeconds, rightHuman, false);
        }
    }
}
