package io.ivraudit.rank;

import io.ivraudit.model.Costs;
import io.ivraudit.model.Tree;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Roster;
import io.ivraudit.sim.Simulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores designs under one objective and orders them best first. Exact by default; sampled
 * runs give every variant the same seed, so block b of each sees the same random callers
 * (common random numbers), and differences are paired block by block with a 95% t-interval.
 */
public final class Ranking {
    private Ranking() {}

    /**
     * One ranked design.
     *
     * @param score          the objective's value
     * @param low            the 95% interval of the score (equal to it when exact)
     * @param versusBase     the paired difference from the base (negative is better)
     * @param versusBaseLow  its 95% interval
     * @param toldApartFromNext whether the interval of the difference from the next-ranked design excludes 0
     * @param pareto         whether no other design has both lower operating cost and less time in the tree
     */
    public record Ranked(Variant variant, Figures figures, int rank, double score, double low, double high,
                         double versusBase, double versusBaseLow, double versusBaseHigh, boolean toldApartFromNext,
                         boolean pareto) {}

    /** Ranks {@code variants}; the first is the base that differences are taken against. Queues keep their rosters. */
    public static List<Ranked> rank(List<Variant> variants, Objective objective, Method method) {
        return rank(variants, objective, method, Roster.AS_WRITTEN, new IdentityHashMap<>());
    }

    /**
     * The same with queues' agents as written (designs share today's roster, and their hang-ups
     * on hold show what it cannot carry) or each design {@link Roster#STAFFED} to the targets.
     */
    public static List<Ranked> rank(List<Variant> variants, Objective objective, Method method, Roster roster) {
        return rank(variants, objective, method, roster, new IdentityHashMap<>());
    }

    /**
     * The same, reusing the figures in {@code solved} (by tree) and adding the ones it solves, so
     * that a tree ranked twice with one method is solved once (its figures would be the same).
     */
    static List<Ranked> rank(List<Variant> variants, Objective objective, Method method, Roster roster,
                             Map<Tree, Figures> solved) {
        List<Figures> figures = variants.stream()
            .map(v -> solved.computeIfAbsent(v.tree(), tree -> Simulator.run(CompiledTree.of(tree), method, roster))).toList();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            scores.add(objective.score(figures.get(i), costsOf(variants.get(i))));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(scores::get));
        List<Ranked> out = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            Paired own = Paired.of(objective, variants.get(i), figures.get(i), null, null);
            Paired base = Paired.of(objective, variants.get(i), figures.get(i), variants.get(0), figures.get(0));
            boolean apart = true;
            if (r + 1 < order.size()) {
                int j = order.get(r + 1);
                Paired next = Paired.of(objective, variants.get(i), figures.get(i), variants.get(j), figures.get(j));
                apart = !method.sampled() ? next.mean() != 0 : next.low() > 0 || next.high() < 0;
            }
            out.add(new Ranked(variants.get(i), figures.get(i), r + 1, scores.get(i), own.low(), own.high(),
                base.mean(), base.low(), base.high(), apart, pareto(i, variants, figures)));
        }
        return out;
    }

    static Costs costsOf(Variant variant) {
        return variant.tree().effectiveCosts();
    }

    private static boolean pareto(int i, List<Variant> variants, List<Figures> figures) {
        double cost = Objective.operatingCost(figures.get(i), costsOf(variants.get(i)));
        double time = figures.get(i).overall().secondsInTree();
        for (int j = 0; j < variants.size(); j++) {
            double otherCost = Objective.operatingCost(figures.get(j), costsOf(variants.get(j)));
            double otherTime = figures.get(j).overall().secondsInTree();
            boolean dominates = otherCost <= cost && otherTime <= time && (otherCost < cost || otherTime < time);
            if (j != i && dominates) {
                return false;
            }
        }
        return true;
    }

    /**
     * A score, or a difference of scores, with its 95% interval: exact figures give a point;
     * sampled ones give a t-interval over per-block values (paired blocks for a difference).
     */
    record Paired(double mean, double low, double high) {
        static Paired of(Objective objective, Variant a, Figures fa, Variant b, Figures fb) {
            double point = objective.score(fa, costsOf(a)) - (b == null ? 0 : objective.score(fb, costsOf(b)));
            if (!fa.sampled() || fa.blocks().size() < 2) {
                return new Paired(point, point, point);
            }
            int blocks = fa.blocks().size();
            double[] values = new double[blocks];
            for (int k = 0; k < blocks; k++) {
                values[k] = objective.blockScore(fa, fa.blocks().get(k), costsOf(a))
                    - (b == null ? 0 : objective.blockScore(fb, fb.blocks().get(k), costsOf(b)));
            }
            if (Double.isNaN(values[0])) {
                return new Paired(point, Double.NaN, Double.NaN);
            }
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= blocks;
            double variance = 0;
            for (double v : values) {
                variance += (v - mean) * (v - mean);
            }
            variance /= blocks - 1;
            double half = StudentT.quantile975(blocks - 1) * Math.sqrt(variance / blocks);
            return new Paired(point, point - half, point + half);
        }
    }
}
