package io.ivraudit.report;

import io.ivraudit.audit.Finding;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Tree;
import io.ivraudit.rank.Objective;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import io.ivraudit.text.Printable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code diff} prints: the change in words, its exact effect, and the findings it adds and removes. */
public final class DiffReport {
    private DiffReport() {}

    /**
     * Two versions of a tree compared.
     *
     * @param changes the changes in words ({@link io.ivraudit.rank.TreeDiff})
     * @param worse   the {@code --fail-if-worse} objectives the new version is worse on
     */
    public record Diff(Tree oldTree, Tree newTree, List<String> changes, Figures oldFigures, Figures newFigures,
                       List<Finding> added, List<Finding> removed, List<String> worse) {}

    /** The change in words, its exact effect overall and per intent, and the findings it adds and removes. */
    public static String text(Diff d) {
        List<String> changes = d.changes();
        Figures fa = d.oldFigures();
        Figures fb = d.newFigures();
        Tree a = d.oldTree();
        Tree b = d.newTree();
        StringBuilder out = new StringBuilder();
        out.append(Printable.of(a.file())).append(" -> ").append(Printable.of(b.file())).append('\n');
        if (changes.isEmpty()) {
            out.append("  no change to the tree\n");
        }
        changes.forEach(c -> out.append("  ").append(Printable.of(c)).append('\n'));
        out.append("what it does (exact):\n");
        row(out, "all calls", fa, fb, fa.overall(), fb.overall(), a.effectiveCosts(), b.effectiveCosts());
        for (String intent : fb.intents().keySet()) {
            if (fa.intents().containsKey(intent)) {
                row(out, intent, fa, fb, fa.intents().get(intent).figures(), fb.intents().get(intent).figures(),
                    a.effectiveCosts(), b.effectiveCosts());
            }
        }
        d.removed().forEach(f -> out.append("  fixed: ").append(f.rule()).append(" at '").append(Printable.of(f.node())).append("'\n"));
        d.added().forEach(f -> out.append("  new finding: ").append(f.rule()).append(" at '").append(Printable.of(f.node()))
            .append("': ").append(Printable.of(f.message())).append('\n'));
        if (!d.worse().isEmpty()) {
            out.append("worse on: ").append(String.join(", ", d.worse())).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Figures fx, Figures fy, Distribution x, Distribution y, Costs cx,
                            Costs cy) {
        out.append(String.format(Locale.ROOT, "  %-16s person %s, failed %s, hops %s, seconds %s, cost %s%n", Printable.of(name),
            percent(x.outcomes().get(Outcome.HUMAN).share(), y.outcomes().get(Outcome.HUMAN).share()),
            percent(x.failureShare(), y.failureShare()),
            number(x.hopsToHuman().mean().orElse(Double.NaN), y.hopsToHuman().mean().orElse(Double.NaN), "%.2f"),
            number(x.secondsToHuman().mean().orElse(Double.NaN), y.secondsToHuman().mean().orElse(Double.NaN), "%.0f"),
            number(Objective.COST.score(fx, x, cx), Objective.COST.score(fy, y, cy), "%.2f")));
    }

    private static String percent(double x, double y) {
        return String.format(Locale.ROOT, "%.1f%% -> %.1f%% (%+.1f)", 100 * x, 100 * y, 100 * (y - x));
    }

    private static String number(double x, double y, String format) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return (Double.isNaN(x) ? "-" : String.format(Locale.ROOT, format, x)) + " -> "
                + (Double.isNaN(y) ? "-" : String.format(Locale.ROOT, format, y));
        }
        return String.format(Locale.ROOT, format + " -> " + format + " (%+" + format.substring(1) + ")", x, y, y - x);
    }

    /** {@code diff --format json}: the same, whole. */
    public static String json(Diff d) {
        Tree a = d.oldTree();
        Tree b = d.newTree();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("old", a.file());
        root.put("new", b.file());
        root.put("changes", d.changes());
        root.put("old_figures", SimulationJson.figures(d.oldFigures()));
        root.put("new_figures", SimulationJson.figures(d.newFigures()));
        root.put("old_cost_per_call", Objective.COST.score(d.oldFigures(), a.effectiveCosts()));
        root.put("new_cost_per_call", Objective.COST.score(d.newFigures(), b.effectiveCosts()));
        root.put("findings_added", d.added().stream().map(AuditJson::finding).toList());
        root.put("findings_removed", d.removed().stream().map(AuditJson::finding).toList());
        root.put("worse_on", d.worse());
        return Json.write(root);
    }
}
