package io.ivraudit.report;

import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.Distribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            return m;
        }).toList();
    }
}
