package io.ivraudit.report;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Finding;
import io.ivraudit.audit.Rules;
import io.ivraudit.model.CallerParams;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Intent;
import io.ivraudit.model.Severity;
import io.ivraudit.rank.DayCost;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.CentreDay;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import io.ivraudit.sim.QueueDay;
import io.ivraudit.text.Printable;
import io.ivraudit.text.Words;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The client report: one self-contained HTML file (no script, external style, font or image;
 * a Content-Security-Policy forbids them) that reads on screen and prints to PDF. Built as a
 * jsoup document, so every text from a tree is escaped. Sections: summary, charts, findings,
 * redesigns, method.
 */
public final class HtmlReport {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String STYLE = """
        body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:1100px;margin:2em auto;padding:0 1.5em;line-height:1.45}
        h1{font-size:1.8em;margin-bottom:.2em}h2{border-bottom:2px solid #2e7d32;padding-bottom:.2em;margin-top:1.8em}
        .subtitle{color:#555;margin-top:0}.kpis{display:flex;flex-wrap:wrap;gap:.8em}
        .kpi{border:1px solid #ddd;border-radius:8px;padding:.7em 1em;min-width:150px;background:#fafafa}
        .kpi b{display:block;font-size:1.6em}.kpi.bad b{color:#c62828}.kpi.good b{color:#2e7d32}
        table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}
        th,td{border-bottom:1px solid #e2e2e2;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
        .finding{border-left:5px solid #999;padding:.4em .9em;margin:.8em 0;background:#fcfcfc}
        .finding.error{border-color:#c62828}.finding.warning{border-color:#ef6c00}.finding.note{border-color:#1565c0}
        .finding .rule{font-family:monospace;color:#555}.fix{color:#2e4d2e}
        pre{background:#f6f6f6;padding:.5em;overflow-x:auto;font-size:.85em;margin:.4em 0}
        pre .here{background:#ffe9c2;display:block}svg{max-width:100%;height:auto;display:block;margin:.5em 0}
        .chart-row{display:flex;flex-wrap:wrap;gap:2em}.muted{color:#666;font-size:.9em}
        @media print{body{max-width:none;margin:0}section{page-break-before:always}section.summary{page-break-before:avoid}
        .finding,table,svg{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    /** The longest line of a source excerpt shown whole, in characters. */
    private static final int LONGEST_SOURCE_LINE = 200;

    private HtmlReport() {}

    /** The report of one or more trees as an HTML document. */
    public static String write(List<TreeReport> reports) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("Phone tree audit: " + String.join(", ", reports.stream().map(HtmlReport::title).toList()));
        head.appendElement("style").appendText(STYLE);
        for (TreeReport report : reports) {
            Element article = doc.body().appendElement("article").attr("id", "tree-" + report.audit().tree().id());
            article.appendElement("h1").text(title(report));
            article.appendElement("p").addClass("subtitle").text("Phone tree audit of " + report.audit().tree().file()
                + " by ivr-audit: where callers who want a person get stuck, and what fixing it is worth.");
            summary(article, report);
            charts(article, report);
            queues(article, report);
            findings(article, report);
            redesigns(article, report);
            method(article, report);
        }
        escapeControls(doc);
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }

    private static String title(TreeReport report) {
        return report.audit().tree().title() != null ? report.audit().tree().title() : report.audit().tree().id();
    }

    private static void summary(Element article, TreeReport report) {
        Element s = section(article, "summary", "Summary");
        Distribution d = report.figures().overall();
        Element kpis = s.appendElement("div").addClass("kpis");
        kpi(kpis, percent(d.outcomes().get(Outcome.HUMAN).share()), "of callers reach a person", "");
        kpi(kpis, d.hopsToHuman().mean().isPresent() ? String.format(Locale.ROOT, "%.1f", d.hopsToHuman().mean().getAsDouble()) : "–",
            "menu choices to reach one", "");
        kpi(kpis, d.secondsToHuman().mean().isPresent() ? minutes(d.secondsToHuman().mean().getAsDouble()) : "–",
            "to reach one, with hold", "");
        failureKpi(kpis, d.outcomes().get(Outcome.DEAD_END).share(), "end at a dead end");
        failureKpi(kpis, d.outcomes().get(Outcome.DEAD_CHANNEL).share(), "are sent to a channel nobody answers");
        failureKpi(kpis, d.outcomes().get(Outcome.ABANDONED).share(), "give up");
        Costs costs = report.audit().tree().effectiveCosts();
        double failureCost = d.failureShare() * costs.churnAfterFailure() * costs.lifetimeValue();
        Element p = s.appendElement("p");
        p.appendText(String.format(Locale.ROOT, "%s of calls fail the caller. At a churn of %s after a failed call and a "
                + "customer value of %,.0f, each call carries %,.2f of lost value", percent(d.failureShare()),
            percent(costs.churnAfterFailure()), costs.lifetimeValue(), failureCost));
        if (costs.callsPerDay() != null) {
            p.appendText(String.format(Locale.ROOT, ": at %,.0f calls a day, %,.0f a day and %,.0f a year.",
                costs.callsPerDay(), failureCost * costs.callsPerDay(), 365 * failureCost * costs.callsPerDay()));
        } else {
            p.appendText(".");
        }
        long errors = report.audit().findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.audit().findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        s.appendElement("p").text("The audit found " + Words.count(errors, "error") + " and " + Words.count(warnings, "warning") + "."
            + (report.redesigns().isEmpty() || report.redesigns().get(0).variant().name().equals("base") ? ""
                : " The best redesign below is " + report.redesigns().get(0).variant().name() + ": "
                    + report.redesigns().get(0).variant().changes() + "."));
        staffing(s, report);
    }

    /**
     * For a tree with queues, the designs side by side: the agents each needs at the peak to meet
     * the service targets, what they cost, and the calls and money each loses a day.
     */
    private static void staffing(Element s, TreeReport report) {
        if (!report.figures().day().any() || report.redesigns().isEmpty()) {
            return;
        }
        s.appendElement("h3").text("What each design needs and burns a day");
        Element table = s.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("design", "agents needed at the peak", "what they cost a day", "failed calls a day",
                "hang up on hold a day", "cost of the day")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Ranking.Ranked r : report.redesigns()) {
            DayCost.of(r.figures(), r.variant().tree().effectiveCosts()).ifPresent(day -> {
                Element tr = body.appendElement("tr");
                tr.appendElement("td").text(r.variant().name());
                tr.appendElement("td").addClass("num").text(String.valueOf(day.peakAgentsNeeded()));
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "$%,.0f", day.agentCostNeeded()));
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%,.0f", day.failedPerDay()));
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%,.0f", day.abandonedOnHold()));
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "$%,.0f", day.costPerDay()));
            });
        }
        s.appendElement("p").addClass("muted").text("Every design is run on today's roster (hang-ups on hold show what it "
            + "cannot carry); the agents needed are the fewest that meet the service targets in each interval, before "
            + "shrinkage. The cost of the day pays today's roster, the menus' minutes and failed calls at churn.");
    }

    /** For a tree with queues: each queue's calls and agents over the day, and what it needs. */
    private static void queues(Element article, TreeReport report) {
        CentreDay day = report.figures().day();
        if (!day.any()) {
            return;
        }
        Element s = section(article, "queues", "Queues over the day");
        Costs costs = report.audit().tree().effectiveCosts();
        s.appendElement("p").text(String.format(Locale.ROOT, "%,.0f calls a day reach the menus; %,.0f of them hang up on hold. "
                + "Today's roster pays %,.0f agent hours a day ($%,.0f); meeting the service targets takes %,.0f ($%,.0f).",
            day.calls(), day.abandonedPerDay(), day.paidHours(false), day.paidHours(false) * costs.agentHour(),
            day.paidHours(true), day.paidHours(true) * costs.agentHour()));
        Element table = s.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("queue", "calls a day", "agents at the peak", "needed at the peak", "answered in time",
                "hang up on hold", "mean wait", "occupancy")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        Element charts = s.appendElement("div").addClass("chart-row");
        for (QueueDay q : day.queues().values()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(q.queue());
            tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%,.0f", q.callsPerDay()));
            tr.appendElement("td").addClass("num").text(String.valueOf(q.agents()));
            tr.appendElement("td").addClass("num").text(String.valueOf(q.agentsNeeded()));
            tr.appendElement("td").addClass("num").text(percent(q.serviceLevel()));
            tr.appendElement("td").addClass("num").text(percent(q.pAbandon()));
            tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.0f s", q.asaSeconds()));
            tr.appendElement("td").addClass("num").text(percent(q.occupancy()));
            Element chart = charts.appendElement("div");
            chart.appendElement("h3").text("Queue " + q.queue());
            chart.appendChild(SvgCharts.queueDay(q));
        }
    }

    private static void charts(Element article, TreeReport report) {
        Element s = section(article, "charts", "How calls go");
        s.appendElement("h3").text("How calls end, per intent");
        s.appendChild(SvgCharts.outcomes(report.figures()));
        if (report.figures().overall().hopsToHuman().mean().isEmpty()) {
            s.appendElement("p").text("No caller reaches a person, so there is no time to a person to chart.");
        } else {
            distributions(s, report);
        }
        s.appendElement("h3").text("The tree: traffic and problems");
        s.appendChild(SvgCharts.tree(report.audit(), report.figures()));
    }

    private static void distributions(Element s, TreeReport report) {
        Element row = s.appendElement("div").addClass("chart-row");
        Element hops = row.appendElement("div");
        hops.appendElement("h3").text("Menu choices to reach a person");
        hops.appendChild(SvgCharts.histogram("Menu choices to reach a person", SvgCharts.hopBars(report.figures().overall())));
        var seconds = SvgCharts.secondsBars(report.figures().overall());
        if (!seconds.isEmpty()) {
            Element secs = row.appendElement("div");
            secs.appendElement("h3").text("Seconds to reach a person, with hold");
            secs.appendChild(SvgCharts.histogram("Seconds to reach a person", seconds));
        }
    }

    private static void findings(Element article, TreeReport report) {
        Element s = section(article, "findings", "Findings");
        AuditResult audit = report.audit();
        if (audit.findings().isEmpty()) {
            s.appendElement("p").text("No findings: every rule passes.");
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = audit.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            s.appendElement("h3").text(group.size() + " " + severity.word() + (group.size() == 1 ? "" : "s"));
            for (Finding f : group) {
                Element div = s.appendElement("div").addClass("finding").addClass(severity.word());
                div.appendElement("p").appendElement("b").text(f.message());
                div.appendElement("p").addClass("rule").text(f.rule() + " · " + f.at());
                excerpt(div, report.sourceLines(), f.at().line());
                Rules.byId(f.rule()).ifPresent(rule -> div.appendElement("p").addClass("fix").text("Fix: " + rule.help()));
            }
        }
    }

    /** A line of the tree's source as shown: controls escaped, and cut when long (a minified export is one line). */
    private static String sourceLine(String line) {
        String shown = Printable.of(line);
        return shown.length() <= LONGEST_SOURCE_LINE ? shown : shown.substring(0, LONGEST_SOURCE_LINE) + " ...";
    }

    /**
     * Every text and attribute value outside the source excerpts and the style sheet with its
     * control characters escaped, so no text from a tree adds a line or reaches a terminal raw
     * when the report is printed.
     */
    private static void escapeControls(Document doc) {
        doc.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parent() != null && text.parent().closest("pre, style") == null) {
                text.text(Printable.of(text.getWholeText()));
            } else if (node instanceof Element element) {
                element.attributes().forEach(a -> a.setValue(Printable.of(a.getValue())));
            }
        });
    }

    private static void excerpt(Element div, List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return;
        }
        Element pre = div.appendElement("pre");
        for (int i = Math.max(1, line - 1); i <= Math.min(lines.size(), line + 1); i++) {
            Element span = pre.appendElement("span").text(String.format(Locale.ROOT, "%4d  %s%n", i, sourceLine(lines.get(i - 1))));
            if (i == line) {
                span.addClass("here");
            }
        }
    }

    private static void redesigns(Element article, TreeReport report) {
        Element s = section(article, "redesigns", "Redesigns, ranked");
        if (report.redesigns().size() <= 1) {
            s.appendElement("p").text("No redesigns to rank: the audit found nothing a redesign would fix.");
            return;
        }
        s.appendElement("p").text("Each redesign fixes findings above. Ranked by expected cost per call: agent minutes, "
            + "IVR minutes, and failed calls at the customer value they put at risk (exact figures of the caller model).");
        Costs costs = report.audit().tree().effectiveCosts();
        Element table = s.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("rank", "design", "what it changes", "cost per call", "vs today", "reach a person", "fail")) {
            head.appendElement("th").text(h);
        }
        if (costs.callsPerDay() != null) {
            head.appendElement("th").text("a year vs today");
        }
        Element body = table.appendElement("tbody");
        for (Ranking.Ranked r : report.redesigns()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").addClass("num").text(String.valueOf(r.rank()));
            tr.appendElement("td").text(r.variant().name());
            tr.appendElement("td").text(r.variant().changes());
            tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.2f", r.score()));
            tr.appendElement("td").addClass("num").text(r.versusBase() == 0 ? "–" : String.format(Locale.ROOT, "%+.2f", r.versusBase()));
            tr.appendElement("td").addClass("num").text(percent(r.figures().overall().outcomes().get(Outcome.HUMAN).share()));
            tr.appendElement("td").addClass("num").text(percent(r.figures().overall().failureShare()));
            if (costs.callsPerDay() != null) {
                tr.appendElement("td").addClass("num").text(r.versusBase() == 0 ? "–"
                    : String.format(Locale.ROOT, "%+,.0f", 365 * r.versusBase() * costs.callsPerDay()));
            }
        }
    }

    private static void method(Element article, TreeReport report) {
        Element s = section(article, "method", "Method");
        Figures f = report.figures();
        s.appendElement("p").text(f.sampled()
            ? String.format(Locale.ROOT, "Figures from %s with seed %d; shares carry 95%% intervals "
                + "(Wilson), and the same seed gives the same figures on any machine.", Words.count(f.callers(), "simulated caller"), f.seed())
            : "Figures solved exactly from the caller model (no sampling).");
        s.appendElement("p").text("Each simulated caller has an intent, drawn by weight; knows the unannounced options "
            + "if savvy; picks the option meant for their intent (or misroutes); when lost, tries for a person, gives up, "
            + "or guesses; and hangs up after their patience in menu choices. Redesigns are ranked on exact figures.");
        Element table = s.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("intent", "share of calls", "patience", "misroute", "zero out", "give up", "wait out", "savvy")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Intent intent : report.audit().tree().intents().values()) {
            CallerParams p = report.audit().tree().callerFor(intent);
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(intent.id());
            tr.appendElement("td").addClass("num").text(percent(f.intents().get(intent.id()).share()));
            tr.appendElement("td").addClass("num").text(String.valueOf(p.patience()));
            for (double v : new double[] {p.misroute(), p.zeroOut(), p.giveUp(), p.waitOut(), p.savvy()}) {
                tr.appendElement("td").addClass("num").text(String.format(Locale.ROOT, "%.2f", v));
            }
        }
        Costs c = report.audit().tree().effectiveCosts();
        s.appendElement("p").text(String.format(Locale.ROOT, "Costs: agent %.2f a minute, IVR %.2f a minute, %.0f agent "
                + "minutes a call, customer value %,.0f, churn after a failed call %s%s. Objective: %s.", c.agentPerMinute(),
            c.ivrPerMinute(), c.handleMinutes(), c.lifetimeValue(), percent(c.churnAfterFailure()),
            c.callsPerDay() == null ? "" : String.format(Locale.ROOT, ", %,.0f calls a day", c.callsPerDay()),
            Objective.COST.description()));
        s.appendElement("p").addClass("muted").text("Reproduce: " + report.reproduce());
    }

    private static Element section(Element article, String id, String title) {
        Element s = article.appendElement("section").addClass(id).attr("id", id + "-" + article.id().substring(5));
        s.appendElement("h2").text(title);
        return s;
    }

    /** A failure share: red from half a percent of calls, green below. */
    private static void failureKpi(Element kpis, double share, String label) {
        kpi(kpis, percent(share), label, share >= 0.005 ? "bad" : "good");
    }

    private static void kpi(Element kpis, String value, String label, String kind) {
        Element k = kpis.appendElement("div").addClass("kpi");
        if (!kind.isEmpty()) {
            k.addClass(kind);
        }
        k.appendElement("b").text(value);
        k.appendElement("span").text(label);
    }

    private static String percent(double share) {
        return SvgCharts.percent(share);
    }

    private static String minutes(double seconds) {
        long whole = Math.round(seconds);
        return whole < 90 ? whole + " s" : String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
