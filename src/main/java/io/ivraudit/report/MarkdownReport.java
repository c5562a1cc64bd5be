package io.ivraudit.report;

import io.ivraudit.audit.Finding;
import io.ivraudit.model.Severity;
import io.ivraudit.rank.DayCost;
import io.ivraudit.rank.Ranking;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Outcome;
import io.ivraudit.text.Printable;
import java.util.List;
import java.util.Locale;

/** The report as Markdown tables, short enough to paste into a pull request comment. */
public final class MarkdownReport {
    private static final int MAX_REDESIGNS = 5;

    private MarkdownReport() {}

    public static String write(List<TreeReport> reports) {
        StringBuilder out = new StringBuilder();
        for (TreeReport report : reports) {
            tree(out, report);
        }
        return out.toString();
    }

    private static void tree(StringBuilder out, TreeReport report) {
        var tree = report.audit().tree();
        out.append("## Phone tree audit: ").append(cell(tree.title() != null ? tree.title() : tree.id())).append("\n\n");
        Distribution d = report.figures().overall();
        out.append("| reach a person | menu choices | seconds to a person | dead end | dead channel | gave up |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n%n",
            SvgCharts.percent(d.outcomes().get(Outcome.HUMAN).share()),
            d.hopsToHuman().mean().isPresent() ? String.format(Locale.ROOT, "%.2f", d.hopsToHuman().mean().getAsDouble()) : "–",
            d.secondsToHuman().mean().isPresent() ? String.format(Locale.ROOT, "%.0f", d.secondsToHuman().mean().getAsDouble()) : "–",
            SvgCharts.percent(d.outcomes().get(Outcome.DEAD_END).share()),
            SvgCharts.percent(d.outcomes().get(Outcome.DEAD_CHANNEL).share()),
            SvgCharts.percent(d.outcomes().get(Outcome.ABANDONED).share())));
        out.append("| intent | calls |");
        for (Outcome o : Outcome.values()) {
            out.append(' ').append(o.key().replace('_', ' ')).append(" |");
        }
        out.append("\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        report.figures().intents().forEach((id, r) -> {
            out.append("| ").append(cell(id)).append(" | ").append(SvgCharts.percent(r.share())).append(" |");
            for (Outcome o : Outcome.values()) {
                out.append(' ').append(SvgCharts.percent(r.figures().outcomes().get(o).share())).append(" |");
            }
            out.append('\n');
        });
        List<Finding> findings = report.audit().findings();
        out.append("\n**Findings** (").append(findings.size()).append(")\n\n");
        if (!findings.isEmpty()) {
            out.append("| severity | rule | line | finding |\n|---|---|---:|---|\n");
            for (Severity severity : Severity.values()) {
                findings.stream().filter(f -> f.severity() == severity).forEach(f -> out.append("| ").append(severity.word())
                    .append(" | `").append(cell(f.rule())).append("` | ").append(f.at().line()).append(" | ")
                    .append(cell(f.message())).append(" |\n"));
            }
        }
        out.append("\n**Redesigns**, by expected cost per call (exact)\n\n| rank | design | cost | vs today | reach a person | what it changes |\n");
        out.append("|---:|---|---:|---:|---:|---|\n");
        for (Ranking.Ranked r : report.redesigns().subList(0, Math.min(MAX_REDESIGNS, report.redesigns().size()))) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %s | %s | %s |%n", r.rank(), cell(r.variant().name()),
                r.score(), r.versusBase() == 0 ? "–" : String.format(Locale.ROOT, "%+.2f", r.versusBase()),
                SvgCharts.percent(r.figures().overall().outcomes().get(Outcome.HUMAN).share()), cell(r.variant().changes())));
        }
        if (report.figures().day().any()) {
            out.append("\n**What each design needs and burns a day** (today's roster; agents needed meet the service targets)\n\n"
                + "| design | agents needed at the peak | what they cost a day | failed calls a day | hang up on hold | cost of the day |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
            for (Ranking.Ranked r : report.redesigns().subList(0, Math.min(MAX_REDESIGNS, report.redesigns().size()))) {
                DayCost.of(r.figures(), r.variant().tree().effectiveCosts()).ifPresent(day -> out.append(String.format(Locale.ROOT,
                    "| %s | %d | $%,.0f | %,.0f | %,.0f | $%,.0f |%n", cell(r.variant().name()), day.peakAgentsNeeded(),
                    day.agentCostNeeded(), day.failedPerDay(), day.abandonedOnHold(), day.costPerDay())));
            }
        }
        out.append("\n<sub>").append(cell(report.reproduce())).append("</sub>\n\n");
    }

    /** Text safe inside a Markdown table cell: no pipes, no line breaks or other controls, no HTML. */
    private static String cell(String text) {
        return Printable.of(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
