package io.ivraudit.report;

import io.ivraudit.rank.DayCost;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.Distribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code rank --format json}: SPEC section 5's keys, best first, with what each design changes. */
public final class RankJson {
    private RankJson() {}

    public static String write(List<Ranking.Ranked> ranked, Objective objective) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("objective", objective.word());
        root.put("variants", variants(ranked));
        return Json.write(root);
    }

    /** The ranked designs as JSON-ready maps, best first, each with its figures for all calls (not per intent or node). */
    public static List<Map<String, Object>> variants(List<Ranking.Ranked> ranked) {
        Ranking.Ranked base = base(ranked);
        Optional<DayCost> baseDay = DayCost.of(base.figures(), base.variant().tree().effectiveCosts());
        return ranked.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Distribution d = r.figures().overall();
            Map<String, Object> figures = SimulationJson.distribution(d);
            m.put("name", r.variant().name());
            m.put("rank", r.rank());
            m.put("score", r.score());
            m.put("ci95", List.of(r.low(), r.high()));
            m.put("outcomes", figures.get("outcomes"));
            m.put("hops_to_human", figures.get("hops_to_human"));
            m.put("seconds_to_human", figures.get("seconds_to_human"));
            m.put("changes", r.variant().changes());
            m.put("tree", r.variant().tree().id());
            m.put("versus_base", r.versusBase());
            m.put("versus_base_ci95", List.of(r.versusBaseLow(), r.versusBaseHigh()));
            m.put("told_apart_from_next", r.toldApartFromNext());
            m.put("failure_share", d.failureShare());
            m.put("pareto", r.pareto());
            DayCost.of(r.figures(), r.variant().tree().effectiveCosts()).ifPresent(day -> {
                Map<String, Object> dayJson = new LinkedHashMap<>();
                dayJson.put("calls", day.calls());
                dayJson.put("peak_agents", day.peakAgents());
                dayJson.put("agents_needed", day.peakAgentsNeeded());
                dayJson.put("agent_cost_needed", day.agentCostNeeded());
                dayJson.put("cost_per_day", day.costPerDay());
                dayJson.put("failed_per_day", day.failedPerDay());
                dayJson.put("abandoned_on_hold_per_day", day.abandonedOnHold());
                baseDay.ifPresent(b -> dayJson.put("versus_base", day.versus(b)));
                m.put("day", dayJson);
            });
            return m;
        }).toList();
    }

    /** The design the others are compared with: the one named {@code base}, else the first. */
    static Ranking.Ranked base(List<Ranking.Ranked> ranked) {
        return ranked.stream().filter(r -> r.variant().name().equals("base")).findFirst().orElse(ranked.get(0));
    }
}
