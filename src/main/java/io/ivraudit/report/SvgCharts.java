package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Finding;
import io.ivraudit.graph.Transition;
import io.ivraudit.model.Node;
import io.ivraudit.model.Severity;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import io.ivraudit.sim.QueueDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The report's charts as inline SVG elements: every label goes in as text, so jsoup escapes it. */
final class SvgCharts {
    static final Map<Outcome, String> COLOURS = Map.of(Outcome.HUMAN, "#2e7d32", Outcome.SELF_SERVED, "#1565c0",
        Outcome.HANDED_OFF, "#00838f", Outcome.DEAD_CHANNEL, "#ef6c00", Outcome.DEAD_END, "#c62828",
        Outcome.ABANDONED, "#757575");
    private static final int LABEL = 130;
    private static final int BAR = 520;

    private SvgCharts() {}

    /** One stacked bar per intent (and all calls): how calls end. */
    static Element outcomes(Figures f) {
        Map<String, Distribution> rows = new LinkedHashMap<>();
        rows.put("all calls", f.overall());
        f.intents().forEach((id, r) -> rows.put(id, r.figures()));
        int height = rows.size() * 30 + 50;
        Element svg = svg(LABEL + BAR + 20, height, "How calls end, per intent");
        int y = 10;
        for (Map.Entry<String, Distribution> row : rows.entrySet()) {
            text(svg, LABEL - 8, y + 15, row.getKey(), "end");
            double x = LABEL;
            for (Outcome o : Outcome.values()) {
                double share = row.getValue().outcomes().get(o).share();
                double w = share * BAR;
                if (w > 0) {
                    Element rect = rect(svg, x, y, w, 22, COLOURS.get(o));
                    rect.appendElement("title").text(row.getKey() + ": " + o.key() + " " + percent(share));
                    if (share >= 0.07) {
                        text(svg, x + w / 2, y + 15, percent(share), "middle").attr("fill", "#fff");
                    }
                }
                x += w;
            }
            y += 30;
        }
        double x = 10;
        for (Outcome o : Outcome.values()) {
            rect(svg, x, y + 8, 12, 12, COLOURS.get(o));
            String label = o.key().replace('_', ' ');
            text(svg, x + 16, y + 18, label, "start");
            x += 30 + 7 * label.length();
        }
        return svg;
    }

    /** A bar chart of shares by value: hops or seconds to a person. */
    static Element histogram(String title, Map<String, Double> bars) {
        int n = Math.max(1, bars.size());
        int width = Math.max(300, Math.min(680, n * 40 + 60));
        int plot = 150;
        Element svg = svg(width, plot + 50, title);
        double max = bars.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double step = (width - 50.0) / n;
        int i = 0;
        line(svg, 40, 10 + plot, width - 5, 10 + plot, "#999");
        for (Map.Entry<String, Double> bar : bars.entrySet()) {
            double h = max > 0 ? bar.getValue() / max * plot : 0;
            double x = 45 + i * step;
            Element rect = rect(svg, x, 10 + plot - h, Math.max(1, step - 4), h, "#2e7d32");
            rect.appendElement("title").text(bar.getKey() + ": " + percent(bar.getValue()));
            if (n <= 20 || i % Math.ceil(n / 20.0) == 0) {
                text(svg, x + (step - 4) / 2, plot + 26, bar.getKey(), "middle");
            }
            i++;
        }
        text(svg, 36, 18, percent(max), "end");
        return svg;
    }

    /**
     * One queue over the day: calls per hour in each interval as bars (left scale), agents on the
     * phones (solid line) and agents the targets need (dashed) on the right scale.
     */
    static Element queueDay(QueueDay q) {
        int n = q.intervals().size();
        int width = Math.max(320, Math.min(680, n * 44 + 90));
        int plot = 150;
        Element svg = svg(width, plot + 60, "Queue " + q.queue() + ": calls and agents over the day");
        double calls = q.intervals().stream().mapToDouble(QueueDay.Interval::callsPerHour).max().orElse(0);
        double agents = q.intervals().stream().mapToDouble(i -> Math.max(i.agents(), i.agentsNeeded())).max().orElse(0);
        double maxCalls = Math.max(1, calls);
        double maxAgents = Math.max(1, agents);
        double step = (width - 90.0) / n;
        line(svg, 45, 10 + plot, width - 45, 10 + plot, "#999");
        StringBuilder roster = new StringBuilder();
        StringBuilder needed = new StringBuilder();
        for (int i = 0; i < n; i++) {
            QueueDay.Interval in = q.intervals().get(i);
            double x = 50 + i * step;
            double h = in.callsPerHour() / maxCalls * plot;
            rect(svg, x, 10 + plot - h, Math.max(1, step - 6), h, "#90caf9").appendElement("title")
                .text(String.format(Locale.ROOT, "interval %d: %,.0f calls an hour, %d agents, %d needed", i + 1,
                    in.callsPerHour(), in.agents(), in.agentsNeeded()));
            double mid = x + (step - 6) / 2;
            roster.append(i == 0 ? "" : " ").append(fmt(mid)).append(',').append(fmt(10 + plot - in.agents() / maxAgents * plot));
            needed.append(i == 0 ? "" : " ").append(fmt(mid)).append(',').append(fmt(10 + plot - in.agentsNeeded() / maxAgents * plot));
            text(svg, mid, plot + 26, String.valueOf(i + 1), "middle");
        }
        svg.appendElement("polyline").attr("points", roster.toString()).attr("fill", "none").attr("stroke", "#2e7d32")
            .attr("stroke-width", "2");
        svg.appendElement("polyline").attr("points", needed.toString()).attr("fill", "none").attr("stroke", "#c62828")
            .attr("stroke-width", "2").attr("stroke-dasharray", "5,3");
        text(svg, 40, 18, String.format(Locale.ROOT, "%,.0f/h", calls), "end");
        text(svg, width - 40, 18, String.format(Locale.ROOT, "%.0f agents", agents), "start");
        text(svg, 50, plot + 48, "bars: calls an hour; green: agents on the phones; red dashes: agents the targets need", "start");
        return svg;
    }

    /** Hop shares as bars labelled by presses. */
    static Map<String, Double> hopBars(Distribution d) {
        Map<String, Double> bars = new LinkedHashMap<>();
        List<Double> shares = d.hopShares();
        int last = shares.size() - 1;
        while (last > 0 && shares.get(last) == 0) {
            last--;
        }
        for (int h = 0; h <= last; h++) {
            bars.put(String.valueOf(h), shares.get(h));
        }
        return bars;
    }

    /** Seconds shares gathered into about twenty buckets of a round width. */
    static Map<String, Double> secondsBars(Distribution d) {
        Map<String, Double> bars = new LinkedHashMap<>();
        if (d.secondsShares().isEmpty()) {
            return bars;
        }
        int max = d.secondsShares().lastKey();
        int width = roundStep(Math.max(1, max / 20));
        for (int start = 0; start <= max; start += width) {
            double share = d.secondsShares().subMap(start, start + width).values().stream().mapToDouble(Double::doubleValue).sum();
            bars.put(String.valueOf(start), share);
        }
        return bars;
    }

    private static int roundStep(int raw) {
        for (int step : new int[] {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600}) {
            if (step >= raw) {
                return step;
            }
        }
        return 3600 * (raw / 3600 + 1);
    }

    /**
     * The tree, left to right by fewest steps from the entry: each node shaded by how many calls
     * pass through it, people outlined green, nodes with an error or warning outlined red.
     */
    static Element tree(AuditResult audit, Figures f) {
        var graph = audit.graph();
        Map<String, Integer> depth = depths(audit);
        int maxDepth = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, List<String>> layers = new HashMap<>();
        for (String id : audit.tree().nodes().keySet()) {
            layers.computeIfAbsent(depth.getOrDefault(id, maxDepth + 1), k -> new ArrayList<>()).add(id);
        }
        int columns = layers.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = layers.values().stream().mapToInt(List::size).max().orElse(1);
        int boxW = 150;
        int boxH = 36;
        int gapX = 60;
        int gapY = 14;
        Element svg = svg(columns * (boxW + gapX) + 20, rows * (boxH + gapY) + 60,
            "The tree, shaded by traffic; problems outlined red");
        Element defs = svg.appendElement("defs");
        Element marker = defs.appendElement("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", "10")
            .attr("refY", "5").attr("markerWidth", "6").attr("markerHeight", "6").attr("orient", "auto-start-reverse");
        marker.appendElement("path").attr("d", "M 0 0 L 10 5 L 0 10 z").attr("fill", "#999");
        Map<String, double[]> at = new HashMap<>();
        layers.forEach((col, ids) -> {
            for (int r = 0; r < ids.size(); r++) {
                at.put(ids.get(r), new double[] {10 + col * (boxW + gapX), 10 + r * (boxH + gapY)});
            }
        });
        for (Transition t : graph.graph().edgeSet()) {
            double[] from = at.get(t.from());
            double[] to = at.get(t.to());
            if (t.from().equals(t.to())) {
                continue;
            }
            Element edge = line(svg, from[0] + boxW, from[1] + boxH / 2.0, to[0], to[1] + boxH / 2.0,
                t.hidden() ? "#c62828" : "#bbb").attr("marker-end", "url(#arrow)");
            if (t.hidden() || t.fallback()) {
                edge.attr("stroke-dasharray", "4 3");
            }
        }
        double maxVisits = f.nodeVisits().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Set<String> problems = audit.findings().stream().filter(x -> x.severity().atLeast(Severity.WARNING))
            .map(Finding::node).collect(Collectors.toSet());
        for (Node node : audit.tree().nodes().values()) {
            double[] p = at.get(node.id());
            double heat = maxVisits > 0 ? f.nodeVisits().getOrDefault(node.id(), 0.0) / maxVisits : 0;
            Element box = rect(svg, p[0], p[1], boxW, boxH, heatColour(heat)).attr("rx", "6");
            String stroke = problems.contains(node.id()) ? "#c62828" : node instanceof Node.Human ? "#2e7d32" : "#888";
            box.attr("stroke", stroke).attr("stroke-width", problems.contains(node.id()) || node instanceof Node.Human ? "3" : "1");
            box.appendElement("title").text(node.id() + " (" + node.type() + "): "
                + String.format(Locale.ROOT, "%.2f visits a call", f.nodeVisits().getOrDefault(node.id(), 0.0)));
            text(svg, p[0] + 8, p[1] + 15, shorten(node.id(), 20), "start").attr("font-weight", "bold");
            text(svg, p[0] + 8, p[1] + 29, node.type().replace('_', ' ') + String.format(Locale.ROOT, " · %.2f a call",
                f.nodeVisits().getOrDefault(node.id(), 0.0)), "start").attr("font-size", "10");
        }
        double legendY = rows * (boxH + gapY) + 25;
        for (int i = 0; i <= 4; i++) {
            rect(svg, 10 + i * 24, legendY, 22, 14, heatColour(i / 4.0));
        }
        text(svg, 140, legendY + 11, "visits a call: none to most (a menu heard twice in a call counts twice)", "start");
        return svg;
    }

    /** Breadth-first steps from the entry over every transition; unreachable nodes get none. */
    private static Map<String, Integer> depths(AuditResult audit) {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(audit.tree().entry()));
        depth.put(audit.tree().entry(), 0);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Transition t : audit.graph().graph().outgoingEdgesOf(id)) {
                if (!depth.containsKey(t.to())) {
                    depth.put(t.to(), depth.get(id) + 1);
                    queue.add(t.to());
                }
            }
        }
        return depth;
    }

    private static String heatColour(double heat) {
        int r = 255;
        int g = (int) Math.round(255 - heat * (255 - 140));
        int b = (int) Math.round(255 - heat * 255);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static Element svg(int width, int height, String label) {
        Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
            .attr("role", "img").attr("aria-label", label).attr("font-family", "Helvetica, Arial, sans-serif")
            .attr("font-size", "12");
        svg.appendElement("title").text(label);
        return svg;
    }

    private static Element rect(Element svg, double x, double y, double w, double h, String fill) {
        return svg.appendElement("rect").attr("x", fmt(x)).attr("y", fmt(y)).attr("width", fmt(w)).attr("height", fmt(h))
            .attr("fill", fill);
    }

    private static Element line(Element svg, double x1, double y1, double x2, double y2, String colour) {
        return svg.appendElement("line").attr("x1", fmt(x1)).attr("y1", fmt(y1)).attr("x2", fmt(x2)).attr("y2", fmt(y2))
            .attr("stroke", colour);
    }

    private static Element text(Element svg, double x, double y, String text, String anchor) {
        return svg.appendElement("text").attr("x", fmt(x)).attr("y", fmt(y)).attr("text-anchor", anchor).text(text);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
