package io.ivraudit.report;

import io.ivraudit.queue.QueueFigures;
import io.ivraudit.sim.CentreDay;
import io.ivraudit.sim.QueueDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tree's queues over the day as JSON, with SPEC section 2b's keys ({@code calls_per_hour},
 * {@code agents}, {@code load_erlangs}, {@code occupancy}, {@code p_wait}, {@code p_abandon},
 * {@code asa_seconds}, {@code service_level}, {@code agents_needed}, {@code intervals}) and,
 * beyond them, the calls a day, the share of calls that reach the queue, paid hours, and per
 * interval the agents needed after shrinkage and the figures with one agent fewer or more.
 */
public final class QueueJson {
    private QueueJson() {}

    /** Per queue id, its day. */
    public static Map<String, Object> queues(CentreDay day) {
        Map<String, Object> out = new LinkedHashMap<>();
        day.queues().forEach((id, q) -> out.put(id, queue(q)));
        return out;
    }

    private static Map<String, Object> queue(QueueDay q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls_per_hour", q.callsPerHour());
        m.put("agents", q.agents());
        m.put("load_erlangs", q.loadErlangs());
        m.put("occupancy", q.occupancy());
        m.put("p_wait", q.pWait());
        m.put("p_abandon", q.pAbandon());
        m.put("asa_seconds", q.asaSeconds());
        m.put("service_level", q.serviceLevel());
        m.put("agents_needed", q.agentsNeeded());
        m.put("calls_per_day", q.callsPerDay());
        m.put("reach_share", q.reachShare());
        m.put("abandoned_per_day", q.abandonedPerDay());
        m.put("paid_hours", q.paidHours());
        m.put("paid_hours_needed", q.paidHoursNeeded());
        m.put("intervals", q.intervals().stream().map(i -> {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("calls", i.calls());
            im.put("calls_per_hour", i.callsPerHour());
            im.put("agents", i.agents());
            im.put("load_erlangs", i.figures().offeredErlangs());
            figures(im, i.figures());
            im.put("agents_needed", i.agentsNeeded());
            im.put("agents_needed_paid", i.agentsNeededPaid());
            im.put("one_fewer", i.oneFewer().map(QueueJson::brief).orElse(null));
            im.put("one_more", brief(i.oneMore()));
            return im;
        }).toList());
        return m;
    }

    private static void figures(Map<String, Object> m, QueueFigures f) {
        m.put("occupancy", f.occupancy());
        m.put("p_wait", f.pWait());
        m.put("p_abandon", f.pAbandon());
        m.put("asa_seconds", f.asaSeconds());
        m.put("service_level", f.serviceLevel());
    }

    private static Map<String, Object> brief(QueueFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_level", f.serviceLevel());
        m.put("p_abandon", f.pAbandon());
        m.put("asa_seconds", f.asaSeconds());
        return m;
    }
}
