package io.ivraudit.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How a population of calls ends: the share of each outcome (with a 95% Wilson interval when
 * sampled), hops and seconds to a person for the calls that reach one, menu selections per
 * call, and how many of the calls that reached a person reached the right one.
 *
 * @param menuSelectionsPerCall mean menu selections per call, whatever its outcome
 * @param secondsInTree         mean seconds a call spends listening to the tree, whatever its
 *                              outcome (hold not included): what IVR minutes cost
 * @param rightHumanShare       of the calls that reach a person, the share that reach the right one
 * @param hopShares             of the calls that reach a person, the share by menu selections (index),
 *                              up to the most any took
 * @param secondsShares         of the calls that reach a person, the share by whole seconds rounded
 *                              up; empty for exact figures
 */
public record Distribution(Map<Outcome, Share> outcomes, HopStats hopsToHuman, SecondsStats secondsToHuman,
                           double menuSelectionsPerCall, double secondsInTree, OptionalDouble rightHumanShare,
                           List<Double> hopShares, SortedMap<Integer, Double> secondsShares) {
    public Distribution {
        hopShares = List.copyOf(hopShares);
        secondsShares = secondsShares.isEmpty() ? Collections.emptySortedMap()
            : Collections.unmodifiableSortedMap(new TreeMap<>(secondsShares));
    }

    private static final double Z95 = 1.959963984540054;

    /** One outcome's share of calls, with its 95% interval when the figures were sampled. */
    public record Share(double share, double low, double high, boolean sampled) {}

    /** Menu selections of the calls that reach a person; empty figures when none do. */
    public record HopStats(OptionalDouble mean, OptionalDouble p50, OptionalDouble p90, OptionalDouble max) {}

    /** Seconds to a person (listening plus hold); percentiles only when sampled. */
    public record SecondsStats(OptionalDouble mean, OptionalDouble p50, OptionalDouble p90) {}

    /**
     * Builds a distribution from counts or probability mass.
     *
     * @param total          calls (or mass) in the population
     * @param outcomes       calls per {@link Outcome}, by ordinal
     * @param hops           calls reaching a person, by hops
     * @param humanSeconds   the sum of seconds to a person over those calls
     * @param secondsByCeil  calls reaching a person by whole seconds rounded up (the seconds that occur,
     *                       ascending), or null when not sampled
     * @param selections     menu selections summed over all calls
     * @param treeSeconds    seconds in the tree summed over all calls
     * @param rightHuman     calls that reached the right person
     * @param sampled        whether counts are of sampled calls (then shares get Wilson intervals)
     */
    static Distribution of(double total, double[] outcomes, double[] hops, double humanSeconds, LongCounts.Sorted secondsByCeil,
                           double selections, double treeSeconds, double rightHuman, boolean sampled) {
        Map<Outcome, Share> shares = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            double count = outcomes[outcome.ordinal()];
            double share = total > 0 ? Math.min(1, count / total) : 0;
            double[] interval = sampled ? wilson(count, total) : new double[] {share, share};
            shares.put(outcome, new Share(share, interval[0], interval[1], sampled));
        }
        double humans = outcomes[Outcome.HUMAN.ordinal()];
        HopStats hopStats = humans > 0
            ? new HopStats(OptionalDouble.of(mean(hops) / humans), percentile(hops, humans, 0.5),
                percentile(hops, humans, 0.9), max(hops))
            : new HopStats(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        SecondsStats secondsStats = new SecondsStats(
            humans > 0 ? OptionalDouble.of(humanSeconds / humans) : OptionalDouble.empty(),
            secondsByCeil != null && humans > 0 ? percentile(secondsByCeil, humans, 0.5) : OptionalDouble.empty(),
            secondsByCeil != null && humans > 0 ? percentile(secondsByCeil, humans, 0.9) : OptionalDouble.empty());
        List<Double> hopShares = new ArrayList<>();
        int most = (int) max(hops).orElse(0);
        for (int h = 0; h <= most; h++) {
            hopShares.add(humans > 0 ? hops[h] / humans : 0);
        }
        SortedMap<Integer, Double> secondsShares = new TreeMap<>();
        if (secondsByCeil != null && humans > 0) {
            for (int i = 0; i < secondsByCeil.keys().length; i++) {
                secondsShares.put((int) secondsByCeil.keys()[i], secondsByCeil.counts()[i] / humans);
            }
        }
        return new Distribution(shares, hopStats, secondsStats, total > 0 ? selections / total : 0,
            total > 0 ? treeSeconds / total : 0, humans > 0 ? OptionalDouble.of(rightHuman / humans) : OptionalDouble.empty(),
            hopShares, secondsShares);
    }

    /** The share of calls that failed the caller: dead end, dead channel or abandoned. */
    public double failureShare() {
        double sum = 0;
        for (Outcome outcome : Outcome.values()) {
            if (outcome.failure()) {
                sum += outcomes.get(outcome).share();
            }
        }
        return sum;
    }

    private static double[] wilson(double count, double n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = count / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {count == 0 ? 0 : Math.max(0, centre - half), count == n ? 1 : Math.min(1, centre + half)};
    }

    private static double mean(double[] histogram) {
        double sum = 0;
        for (int i = 0; i < histogram.length; i++) {
            sum += i * histogram[i];
        }
        return sum;
    }

    /** The smallest value v with P(x <= v) >= p; a hair of slack absorbs rounding in exact mass. */
    private static OptionalDouble percentile(double[] histogram, double total, double p) {
        double running = 0;
        for (int i = 0; i < histogram.length; i++) {
            running += histogram[i];
            if (running >= p * total * (1 - 1e-12)) {
                return OptionalDouble.of(i);
            }
        }
        return OptionalDouble.of(histogram.length - 1);
    }

    private static OptionalDouble percentile(LongCounts.Sorted histogram, double total, double p) {
        long running = 0;
        for (int i = 0; i < histogram.keys().length; i++) {
            running += histogram.counts()[i];
            if (running >= p * total) {
                return OptionalDouble.of(histogram.keys()[i]);
            }
        }
        return OptionalDouble.of(histogram.keys()[histogram.keys().length - 1]);
    }

    private static OptionalDouble max(double[] histogram) {
        for (int i = histogram.length - 1; i >= 0; i--) {
            if (histogram[i] > 0) {
                return OptionalDouble.of(i);
            }
        }
        return OptionalDouble.empty();
    }
}
