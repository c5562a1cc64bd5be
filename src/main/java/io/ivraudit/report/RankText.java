package io.ivraudit.report;

import io.ivraudit.model.Costs;
import io.ivraudit.rank.DayCost;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Outcome;
import io.ivraudit.text.Printable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ranking as a table, best first, with what each design changes and what it saves. */
public final class RankText {
    private RankText() {}

    public static String write(List<Ranking.Ranked> ranked, Objective objective, boolean exact, Costs baseCosts) {
        StringBuilder out = new StringBuilder();
        out.append("ranked by ").append(objective.description()).append(exact ? " (exact)" : " (sampled, same callers for every design)")
            .append(", best first\n");
        int width = SimulationText.columnWidth(ranked.stream().map(r -> r.variant().name()), 8);
        out.append(String.format(Locale.ROOT, "  %-4s %-" + width + "s %12s %12s %8s %7s %8s %8s  %s%n", "rank", "design",
            "score", "vs base", "person", "hops", "seconds", "failed", "changes"));
        for (Ranking.Ranked r : ranked) {
            Distribution d = r.figures().overall();
            out.append(String.format(Locale.ROOT, "  %-4d %-" + width + "s %12s %12s %7.1f%% %7s %8s %7.1f%%  %s%s%n",
                r.rank(), Printable.of(r.variant().name()), score(objective, r.score()), delta(objective, r),
                100 * d.outcomes().get(Outcome.HUMAN).share(),
                d.hopsToHuman().mean().isPresent() ? String.format(Locale.ROOT, "%.2f", d.hopsToHuman().mean().getAsDouble()) : "-",
                d.secondsToHuman().mean().isPresent() ? String.format(Locale.ROOT, "%.0f", d.secondsToHuman().mean().getAsDouble()) : "-",
                100 * d.failureShare(), Printable.of(r.variant().changes()), r.pareto() ? "" : "  [not on the Pareto front]"));
        }
        for (int i = 0; i + 1 < ranked.size(); i++) {
            if (!ranked.get(i).toldApartFromNext()) {
                out.append(String.format(Locale.ROOT, "  %s and %s are not told apart by this run%s%n",
                    Printable.of(ranked.get(i).variant().name()), Printable.of(ranked.get(i + 1).variant().name()),
                    exact ? " (equal scores)" : " (the 95% interval of their difference includes 0; try more --callers)"));
            }
        }
        if (objective == Objective.COST && baseCosts.callsPerDay() != null) {
            Ranking.Ranked best = ranked.get(0);
            double perDay = -best.versusBase() * baseCosts.callsPerDay();
            out.append(String.format(Locale.ROOT, "  at %,.0f calls a day, %s saves %,.0f a day (%,.0f a year) against the base%n",
                baseCosts.callsPerDay(), Printable.of(best.variant().name()), perDay, 365 * perDay));
        }
        needs(out, ranked, width);
        out.append("  Pareto front: designs no other beats on both operating cost (agent and IVR minutes) and time in the menus.\n");
        return out.toString();
    }

    /** For trees with calls a day: what each design needs at the peak and burns a day, against the base. */
    private static void needs(StringBuilder out, List<Ranking.Ranked> ranked, int width) {
        Ranking.Ranked base = RankJson.base(ranked);
        Optional<DayCost> baseDay = DayCost.of(base.figures(), base.variant().tree().effectiveCosts());
        if (baseDay.isEmpty() || !base.figures().day().any()) {
            return;
        }
        out.append(String.format(Locale.ROOT, "  what each design needs, at %,.0f calls a day:%n", baseDay.get().calls()));
        for (Ranking.Ranked r : ranked) {
            DayCost.of(r.figures(), r.variant().tree().effectiveCosts()).ifPresent(day -> out.append(String.format(Locale.ROOT,
                "    %-" + width + "s %d agents needed at the peak, $%,.0f a day in all%s%n", Printable.of(r.variant().name()),
                day.peakAgentsNeeded(), day.costPerDay(), r == base ? "" : ": " + day.versus(baseDay.get()))));
        }
    }

    private static String score(Objective objective, double value) {
        return switch (objective) {
            case COST -> String.format(Locale.ROOT, "%.2f", value);
            case FAILURE_SHARE, HUMAN_SHARE -> String.format(Locale.ROOT, "%.2f%%", 100 * value);
            case PRESSES_TO_HUMAN -> String.format(Locale.ROOT, "%.3f", value);
            case SECONDS_TO_HUMAN -> String.format(Locale.ROOT, "%.1f s", value);
        };
    }

    private static String delta(Objective objective, Ranking.Ranked r) {
        if (r.versusBase() == 0) {
            return "-";
        }
        String value = score(objective, Math.abs(r.versusBase()));
        String sign = r.versusBase() < 0 ? "-" : "+";
        if (!Double.isNaN(r.versusBaseLow()) && r.versusBaseLow() != r.versusBaseHigh()) {
            return sign + value + "±" + score(objective, (r.versusBaseHigh() - r.versusBaseLow()) / 2).replace("%", "");
        }
        return sign + value;
    }
}
