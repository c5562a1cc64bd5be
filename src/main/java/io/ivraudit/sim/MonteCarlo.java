package io.ivraudit.sim;

import io.ivraudit.queue.QueueSampler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walks random callers through a compiled tree (SPEC section 2). Callers run in blocks of
 * {@link #BLOCK}; block b draws from a {@link SplittableRandom} seeded from (seed, b), and every
 * tally is an integer (counts, histograms, seconds in microseconds), so the figures depend on
 * the seed alone, never on the thread count. The walk allocates nothing per step.
 * Cost: O(callers x steps per call) / threads.
 */
public final class MonteCarlo {
    /** Callers per block: the unit of work, and of random streams. */
    public static final int BLOCK = 8192;
    /** Seconds histograms stop here; longer waits count in the last bin (over 11 days). */
    private static final int MAX_SECONDS_BINS = 1 << 20;
    private static final long STREAM_GAMMA = 0x9E3779B97F4A7C15L;

    private MonteCarlo() {}

    /**
     * Simulates {@code callers} callers with {@code threads} threads. {@code blocksDone} counts
     * finished blocks as they finish, for progress bars; pass a fresh counter.
     */
    public static Figures run(CompiledTree t, long callers, long seed, int threads, AtomicLong blocksDone) {
        if (callers <= 0 || threads <= 0 || blockCount(callers) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("callers and threads must be positive, got " + callers + " and " + threads);
        }
        long blocks = blockCount(callers);
        AtomicLong nextBlock = new AtomicLong();
        int secondsBins = (int) Math.min(MAX_SECONDS_BINS, Math.ceil(longestSecondsToHuman(t)) + 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "ivr-audit-simulator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Tally>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    Tally tally = new Tally(t, secondsBins, (int) blocks);
                    for (long b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                        long first = b * BLOCK;
                        tally.block = (int) b;
                        walk(t, new SplittableRandom(streamSeed(seed, b)), (int) Math.min(BLOCK, callers - first), tally);
                        blocksDone.incrementAndGet();
                    }
                    return tally;
                }));
            }
            Tally total = new Tally(t, secondsBins, (int) blocks);
            for (Future<Tally> worker : workers) {
                total.add(worker.get());
            }
            return total.figures(t, callers, seed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a simulation worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many blocks a run of {@code callers} has. */
    public static long blockCount(long callers) {
        return (callers + BLOCK - 1) / BLOCK;
    }

    /** The seed of block b's stream: well spread, so neighbouring blocks share nothing. */
    static long streamSeed(long seed, long block) {
        return new SplittableRandom(seed + block * STREAM_GAMMA).nextLong();
    }

    /** Walks {@code count} callers, adding each call to {@code tally}. */
    static void walk(CompiledTree t, SplittableRandom random, int count, Tally tally) {
        final byte[] type = t.type;
        final int[] tableStart = t.choices.start;
        final double[] choiceCumulative = t.choices.cumulative;
        final int[] choiceTarget = t.choices.target;
        final double[] choiceSeconds = t.choices.seconds;
        final long[] visits = tally.visits;
        for (int c = 0; c < count; c++) {
            double u = random.nextDouble();
            int k = 0;
            while (u >= t.intentCumulative[k]) {
                k++;
            }
            int savvy = random.nextDouble() < t.savvyChance[k] ? 1 : 0;
            int patience = t.patience[k];
            int node = t.entry;
            int hops = 0;
            double seconds = 0;
            double lastWords = 0;
            double drawnHold = Double.NaN;
            Outcome outcome;
            while (true) {
                visits[node]++;
                byte kind = type[node];
                if (kind == CompiledTree.MENU) {
                    if (hops == patience) {
                        outcome = Outcome.ABANDONED;
                        break;
                    }
                    int j = tableStart[t.table(k, savvy, node)];
                    double r = random.nextDouble();
                    while (r >= choiceCumulative[j]) {
                        j++;
                    }
                    int to = choiceTarget[j];
                    double listened = choiceSeconds[j];
                    if (to < 0) {
                        if (to == CompiledTree.GIVE_UP) {
                            lastWords = listened;
                            outcome = Outcome.ABANDONED;
                            break;
                        }
                        int option = t.choices.spreadOption(to, random.nextInt(t.choices.spreadCount(to)));
                        to = t.choices.optionTarget[option];
                        listened = t.choices.optionSeconds[option];
                    }
                    hops++;
                    seconds += listened;
                    node = to;
                } else if (kind == CompiledTree.BRANCH) {
                    int j = t.branchStart[node];
                    int last = t.branchStart[node + 1] - 1;
                    double r = random.nextDouble();
                    while (j < last && r >= t.branchCumulative[j]) {
                        j++;
                    }
                    node = t.branchTarget[j];
                } else {
                    Outcome end = t.endAt(k, node);
                    if (end == Outcome.HUMAN && t.queueDraws != null && t.queueOf[node] >= 0) {
                        drawnHold = t.queueDraws.draw(t.queueOf[node], random);
                        if (drawnHold == QueueSampler.ABANDONED) {
                            end = Outcome.ABANDONED;
                        }
                    }
                    if (end != null) {
                        lastWords = t.endingWords(node, end);
                        outcome = end;
                        break;
                    }
                    seconds += t.saySeconds[node];
                    node = t.next[node];
                }
            }
            double hold = Double.isNaN(drawnHold) ? t.holdSeconds[node] : drawnHold;
            tally.record(t, k, node, outcome, hops, seconds, hold, seconds + lastWords);
        }
    }

    /** An upper bound on seconds to a person: every level's longest menu choice and silent run, plus the longest hold. */
    static double longestSecondsToHuman(CompiledTree t) {
        double menu = Math.max(Arrays.stream(t.choices.seconds).max().orElse(0),
            Arrays.stream(t.choices.optionSeconds).max().orElse(0));
        double silent = 0;
        double[] longest = new double[t.nodeCount];
        int[] order = ExactSolver.silentTopologicalOrder(t);
        for (int i = order.length - 1; i >= 0; i--) {
            int node = order[i];
            double onward = 0;
            if (t.type[node] == CompiledTree.BRANCH) {
                for (int j = t.branchStart[node]; j < t.branchStart[node + 1]; j++) {
                    onward = Math.max(onward, longest[t.branchTarget[j]]);
                }
            } else if (t.next[node] >= 0) {
                onward = longest[t.next[node]];
            }
            longest[node] = t.saySeconds[node] + onward;
            silent = Math.max(silent, longest[node]);
        }
        int patience = Arrays.stream(t.patience).max().orElse(0);
        double hold = Arrays.stream(t.holdSeconds).max().orElse(0);
        if (t.queueDraws != null) {
            hold = Math.max(hold, t.queueDraws.longestWait());
        }
        return (patience + 1) * (menu + silent) + hold;
    }

    /**
     * Integer tallies of one worker's calls; adding tallies is exact, so any grouping gives the same
     * sum. Histograms of hops and seconds to a person are arrays for all calls and {@link LongCounts}
     * per intent, so memory grows with intents plus the (intent, value) pairs seen, not intents x values.
     */
    static final class Tally {
        final int intents;
        final long[] outcomes;
        final long[] hops;
        final long[] secondsBins;
        final LongCounts hopsByIntent;
        final LongCounts secondsByIntent;
        final long[] humanMicros;
        final long[] selections;
        final long[] treeMicros;
        final long[] rightHuman;
        final long[] visits;
        final long[] ends;
        final int hopBins;
        final int secondsBinCount;
        /** Per block, for pairing variants that saw the same callers: calls, people reached, failures, seconds in the tree. */
        final long[] blockCalls;
        final long[] blockHumans;
        final long[] blockFailures;
        final long[] blockTreeMicros;
        /** The block being walked. */
        int block;

        Tally(CompiledTree t, int secondsBinCount, int blocks) {
            intents = t.intentCount;
            hopBins = Arrays.stream(t.patience).max().orElse(0) + 1;
            this.secondsBinCount = secondsBinCount;
            outcomes = new long[intents * Outcome.values().length];
            hops = new long[hopBins];
            secondsBins = new long[secondsBinCount];
            hopsByIntent = new LongCounts((long) intents * hopBins);
            secondsByIntent = new LongCounts((long) intents * secondsBinCount);
            humanMicros = new long[intents];
            selections = new long[intents];
            treeMicros = new long[intents];
            rightHuman = new long[intents];
            blockCalls = new long[blocks];
            blockHumans = new long[blocks];
            blockFailures = new long[blocks];
            blockTreeMicros = new long[blocks];
            visits = new long[t.nodeCount];
            ends = new long[t.nodeCount];
        }

        void record(CompiledTree t, int k, int node, Outcome outcome, int callHops, double seconds, double hold, double heard) {
            long heardMicros = Math.round(heard * 1e6);
            ends[node]++;
            outcomes[k * Outcome.values().length + outcome.ordinal()]++;
            selections[k] += callHops;
            treeMicros[k] += heardMicros;
            blockCalls[block]++;
            blockTreeMicros[block] += heardMicros;
            if (outcome.failure()) {
                blockFailures[block]++;
            }
            if (outcome == Outcome.HUMAN) {
                blockHumans[block]++;
                double total = seconds + hold;
                int bin = (int) Math.min(secondsBinCount - 1, Math.ceil(total));
                hops[callHops]++;
                hopsByIntent.add((long) k * hopBins + callHops, 1);
                humanMicros[k] += Math.round(total * 1e6);
                secondsBins[bin]++;
                secondsByIntent.add((long) k * secondsBinCount + bin, 1);
                if (t.rightHuman(k, node)) {
                    rightHuman[k]++;
                }
            }
        }

        void add(Tally other) {
            addInto(outcomes, other.outcomes);
            addInto(hops, other.hops);
            addInto(secondsBins, other.secondsBins);
            hopsByIntent.addAll(other.hopsByIntent);
            secondsByIntent.addAll(other.secondsByIntent);
            addInto(humanMicros, other.humanMicros);
            addInto(selections, other.selections);
            addInto(treeMicros, other.treeMicros);
            addInto(rightHuman, other.rightHuman);
            addInto(blockCalls, other.blockCalls);
            addInto(blockHumans, other.blockHumans);
            addInto(blockFailures, other.blockFailures);
            addInto(blockTreeMicros, other.blockTreeMicros);
            addInto(visits, other.visits);
            addInto(ends, other.ends);
        }

        private static void addInto(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }

        Figures figures(CompiledTree t, long callers, long seed) {
            int outcomeCount = Outcome.values().length;
            Map<String, Figures.IntentResult> byIntent = new LinkedHashMap<>();
            double[] allOutcomes = new double[outcomeCount];
            long allMicros = 0;
            long allSelections = 0;
            long allTreeMicros = 0;
            long allRight = 0;
            LongCounts.Sorted hopCounts = hopsByIntent.sorted();
            LongCounts.Sorted secondsCounts = secondsByIntent.sorted();
            int nextHops = 0;
            int nextSeconds = 0;
            for (int k = 0; k < intents; k++) {
                double[] o = new double[outcomeCount];
                double callersOfIntent = 0;
                for (int i = 0; i < outcomeCount; i++) {
                    o[i] = outcomes[k * outcomeCount + i];
                    allOutcomes[i] += o[i];
                    callersOfIntent += o[i];
                }
                double[] h = new double[hopBins];
                for (; nextHops < hopCounts.keys().length && hopCounts.keys()[nextHops] / hopBins == k; nextHops++) {
                    h[(int) (hopCounts.keys()[nextHops] % hopBins)] = hopCounts.counts()[nextHops];
                }
                int from = nextSeconds;
                while (nextSeconds < secondsCounts.keys().length && secondsCounts.keys()[nextSeconds] / secondsBinCount == k) {
                    nextSeconds++;
                }
                LongCounts.Sorted s = slice(secondsCounts, from, nextSeconds, (long) k * secondsBinCount);
                allMicros += humanMicros[k];
                allSelections += selections[k];
                allTreeMicros += treeMicros[k];
                allRight += rightHuman[k];
                byIntent.put(t.intentIds[k], new Figures.IntentResult(callersOfIntent / callers,
                    Distribution.of(callersOfIntent, o, h, humanMicros[k] / 1e6, s, selections[k], treeMicros[k] / 1e6,
                        rightHuman[k], true)));
            }
            double[] allHops = Arrays.stream(hops).asDoubleStream().toArray();
            Distribution overall = Distribution.of(callers, allOutcomes, allHops, allMicros / 1e6, LongCounts.nonZero(secondsBins),
                allSelections, allTreeMicros / 1e6, allRight, true);
            List<Figures.Block> perBlock = new ArrayList<>();
            for (int b = 0; b < blockCalls.length; b++) {
                perBlock.add(new Figures.Block(blockCalls[b], blockHumans[b], blockFailures[b], blockTreeMicros[b] / 1e6));
            }
            return new Figures(t.tree.id(), "monte-carlo", callers, seed, overall, byIntent,
                perCall(t, visits, callers), perCall(t, ends, callers), perBlock, CentreDay.NONE);
        }

        /** Entries {@code from .. to} of sorted counts, with {@code offset} taken off their keys. */
        private static LongCounts.Sorted slice(LongCounts.Sorted counts, int from, int to, long offset) {
            long[] keys = new long[to - from];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = counts.keys()[from + i] - offset;
            }
            return new LongCounts.Sorted(keys, Arrays.copyOfRange(counts.counts(), from, to));
        }

        private static Map<String, Double> perCall(CompiledTree t, long[] counts, long callers) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int i = 0; i < t.nodeCount; i++) {
                out.merge(t.nodeIds[i], counts[i] / (double) callers, Double::sum);
            }
            return out;
        }
    }
}
