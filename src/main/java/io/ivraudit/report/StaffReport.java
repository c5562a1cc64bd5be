package io.ivraudit.report;

import io.ivraudit.model.CallCentre;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Tree;
import io.ivraudit.queue.QueueFigures;
import io.ivraudit.rank.Objective;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.QueueDay;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code staff}: per queue and interval, the calls, the agents on the phones and the agents the
 * service targets need (before and after shrinkage), service level, hang-ups on hold, waits,
 * occupancy and what one agent more or fewer would do; then the day's paid hours and its cost.
 */
public final class StaffReport {
    private StaffReport() {}

    /** One tree's day, with the figures it was solved with (exact, as rostered). */
    public record Day(Tree tree, Figures figures) {
        CallCentre.Service service() {
            return tree.centre().service().over(CallCentre.Service.DEFAULTS);
        }

        Costs costs() {
            return tree.effectiveCosts();
        }

        double agentCost(boolean needed) {
            return figures.day().paidHours(needed) * costs().agentHour();
        }

        /** The cost of the day: agents (paid hours, and talk minutes outside queues), menus and failed calls at churn. */
        Map<String, Double> costOfDay() {
            double calls = figures.day().calls();
            Costs c = costs();
            double total = Objective.COST.score(figures, c) * calls;
            double menus = figures.overall().secondsInTree() / 60 * c.ivrPerMinute() * calls;
            double failures = figures.overall().failureShare() * c.churnAfterFailure() * c.lifetimeValue() * calls;
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("total", total);
            m.put("agents", total - menus - failures);
            m.put("menus", menus);
            m.put("failed_calls", failures);
            return m;
        }
    }

    /** The days as text, one tree after another. */
    public static String text(List<Day> days) {
        StringBuilder out = new StringBuilder();
        for (Day day : days) {
            if (out.length() > 0) {
                out.append('\n');
            }
            text(out, day);
        }
        return out.toString();
    }

    private static void text(StringBuilder out, Day day) {
        CallCentre centre = day.tree().centre();
        CallCentre.Service service = day.service();
        double hours = centre.day().over(CallCentre.Day.DEFAULTS).openHours();
        double calls = day.figures().day().calls();
        String redials = calls > day.costs().callsPerDay() + 0.5 ? String.format(Locale.ROOT, " (%,.0f with redials)", calls) : "";
        out.append(String.format(Locale.ROOT, "%s: %,.0f calls a day over %s open hours%s; targets: %.0f%% "
                + "answered within %s s, at most %.0f%% hanging up on hold, %.0f%% shrinkage%n",
            Printable.of(day.tree().id()), day.costs().callsPerDay(), Words.plain(hours), redials,
            100 * service.level(), Words.plain(service.answerWithinSeconds()), 100 * service.maxAbandon(), 100 * service.shrinkage()));
        double intervalMinutes = centre.intervalSeconds() / 60;
        for (QueueDay q : day.figures().day().queues().values()) {
            CallCentre.Queue queue = centre.queues().get(q.queue());
            out.append(String.format(Locale.ROOT, "%nqueue %s: %,.0f calls a day (%.1f%% of calls), %s min handle, %s s patience%n",
                Printable.of(q.queue()), q.callsPerDay(), 100 * q.reachShare(), Words.plain(queue.handle(day.costs())),
                Words.plain(queue.patience())));
            out.append(String.format(Locale.ROOT, "  %-11s %7s %6s %6s %5s %8s %8s %6s %9s  %-17s %-17s%n", "interval", "calls",
                "agents", "needed", "paid", "service", "hang-up", "wait", "occupancy", "one fewer", "one more"));
            for (int i = 0; i < q.intervals().size(); i++) {
                QueueDay.Interval in = q.intervals().get(i);
                QueueFigures f = in.figures();
                out.append(String.format(Locale.ROOT, "  %-11s %,7.0f %6d %6d %5d %7.1f%% %7.1f%% %5.0fs %8.1f%%  %-17s %-17s%n",
                    span(i, intervalMinutes), in.calls(), in.agents(), in.agentsNeeded(), in.agentsNeededPaid(),
                    100 * f.serviceLevel(), 100 * f.pAbandon(), f.asaSeconds(), 100 * f.occupancy(),
                    in.oneFewer().map(StaffReport::brief).orElse("-"), brief(in.oneMore())));
            }
            out.append(String.format(Locale.ROOT, "  %-11s %,7.0f %6d %6d %5s %7.1f%% %7.1f%% %5.0fs %8.1f%%   (agents: the peak)%n",
                "day", q.callsPerDay(), q.agents(), q.agentsNeeded(), "", 100 * q.serviceLevel(), 100 * q.pAbandon(),
                q.asaSeconds(), 100 * q.occupancy()));
            out.append(String.format(Locale.ROOT, "  %,.0f calls a day hang up on hold; paid agent hours: %,.1f as rostered, "
                + "%,.1f to meet the targets%n", q.abandonedPerDay(), q.paidHours(), q.paidHoursNeeded()));
        }
        Map<String, Double> cost = day.costOfDay();
        out.append(String.format(Locale.ROOT, "%npaid agent hours: %,.1f as rostered ($%,.0f a day), %,.1f to meet the targets "
                + "($%,.0f a day)%n", day.figures().day().paidHours(false), day.agentCost(false),
            day.figures().day().paidHours(true), day.agentCost(true)));
        out.append(String.format(Locale.ROOT, "the cost of the day as rostered: $%,.0f (agents $%,.0f, menus $%,.0f, failed "
                + "calls at churn $%,.0f)%n", cost.get("total"), cost.get("agents"), cost.get("menus"), cost.get("failed_calls")));
    }

    /** "0:00-1:00": the interval's place in the open hours, from opening. */
    private static String span(int i, double minutes) {
        return clock(i * minutes) + "-" + clock((i + 1) * minutes);
    }

    private static String clock(double minutes) {
        long whole = Math.round(minutes);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    /** Service level and hang-ups: "72.0% / 6.0%". */
    private static String brief(QueueFigures f) {
        return String.format(Locale.ROOT, "%.1f%% / %.1f%%", 100 * f.serviceLevel(), 100 * f.pAbandon());
    }

    /** The days as JSON: one document for one tree, a list for several. */
    public static String json(List<Day> days) {
        List<Map<String, Object>> all = days.stream().map(StaffReport::json).toList();
        return Json.write(all.size() == 1 ? all.get(0) : all);
    }

    private static Map<String, Object> json(Day day) {
        CallCentre.Service service = day.service();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree", day.tree().id());
        m.put("calls_per_day", day.figures().day().calls());
        m.put("open_hours", day.tree().centre().day().over(CallCentre.Day.DEFAULTS).openHours());
        m.put("interval_minutes", day.tree().centre().intervalSeconds() / 60);
        m.put("service", Json.object("answer_within_seconds", service.answerWithinSeconds(), "level", service.level(),
            "max_abandon", service.maxAbandon(), "shrinkage", service.shrinkage()));
        m.put("queues", QueueJson.queues(day.figures().day()));
        m.put("paid_hours", day.figures().day().paidHours(false));
        m.put("paid_hours_needed", day.figures().day().paidHours(true));
        m.put("agent_cost", day.agentCost(false));
        m.put("agent_cost_needed", day.agentCost(true));
        m.put("cost_of_day", day.costOfDay());
        return m;
    }
}
