package io.ivraudit.report;

import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures as JSON with SPEC section 5's keys. Exact figures leave out {@code callers},
 * {@code seed}, {@code ci95} and the seconds percentiles; sampled ones carry them all.
 * Beyond the spec: {@code menu_selections_per_call}, {@code seconds_in_tree_per_call},
 * {@code right_human_share}, per-node {@code nodes} (mean visits and share of calls ending
 * there), and for a tree with queues {@code calls_per_day} (redials included) and SPEC section
 * 2b's {@code queues} ({@link QueueJson}).
 */
public final class SimulationJson {
    private SimulationJson() {}

    /** One tree's figures as a JSON document. */
    public static String write(Figures f) {
        return Json.write(figures(f));
    }

    /** Several trees' figures: a list of documents. */
    public static String write(List<Figures> all) {
        return all.size() == 1 ? write(all.get(0)) : Json.write(all.stream().map(SimulationJson::figures).toList());
    }

    /** The figures as a JSON-ready map; the per-intent and per-node parts are made as they are written. */
    public static Map<String, Object> figures(Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree", f.tree());
        m.put("method", f.method());
        if (f.sampled()) {
            m.put("callers", f.callers());
            m.put("seed", f.seed());
        }
        m.putAll(distribution(f.overall()));
        m.put("intents", Json.lazyObject(f.intents().entrySet(), Map.Entry::getKey, e -> {
            Map<String, Object> intent = new LinkedHashMap<>();
            intent.put("share", e.getValue().share());
            intent.putAll(distribution(e.getValue().figures()));
            return intent;
        }));
        m.put("nodes", Json.lazyObject(f.nodeVisits().entrySet(), Map.Entry::getKey,
            e -> Json.object("visits", e.getValue(), "ends", f.nodeEnds().get(e.getKey()))));
        if (f.day().any()) {
            m.put("calls_per_day", f.day().calls());
            m.put("queues", QueueJson.queues(f.day()));
        }
        return m;
    }

    /** The figures of one population of calls: outcomes, hops and seconds to a person, and the keys beyond the spec. */
    static Map<String, Object> distribution(Distribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            Distribution.Share share = d.outcomes().get(outcome);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("share", share.share());
            if (share.sampled()) {
                o.put("ci95", List.of(share.low(), share.high()));
            }
            outcomes.put(outcome.key(), o);
        }
        m.put("outcomes", outcomes);
        Map<String, Object> hops = new LinkedHashMap<>();
        hops.put("mean", orNull(d.hopsToHuman().mean()));
        hops.put("p50", whole(d.hopsToHuman().p50()));
        hops.put("p90", whole(d.hopsToHuman().p90()));
        hops.put("max", whole(d.hopsToHuman().max()));
        m.put("hops_to_human", hops);
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("mean", orNull(d.secondsToHuman().mean()));
        if (d.secondsToHuman().p50().isPresent()) {
            seconds.put("p50", whole(d.secondsToHuman().p50()));
            seconds.put("p90", whole(d.secondsToHuman().p90()));
        }
        m.put("seconds_to_human", seconds);
        m.put("menu_selections_per_call", d.menuSelectionsPerCall());
        m.put("seconds_in_tree_per_call", d.secondsInTree());
        m.put("right_human_share", orNull(d.rightHumanShare()));
        return m;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Long whole(OptionalDouble value) {
        return value.isPresent() ? (long) value.getAsDouble() : null;
    }
}
