package io.ivraudit.cli;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.audit.Finding;
import io.ivraudit.model.Costs;
import io.ivraudit.model.Tree;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.TreeDiff;
import io.ivraudit.report.AuditJson;
import io.ivraudit.report.Json;
import io.ivraudit.report.SimulationJson;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Distribution;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Simulator;
import io.ivraudit.sim.Figures;
import io.ivraudit.sim.Outcome;
import io.ivraudit.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diff}: what changed between two versions of a tree, and what it does to the figures (exact). */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "What changed between two versions of a tree, what that does to the exact figures (overall and "
        + "per intent), and which findings it adds or removes. --fail-if-worse exits 1 when the new version is worse.")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "OLD") Path before;
    @Parameters(index = "1", paramLabel = "NEW") Path after;

    @Option(names = "--fail-if-worse", paramLabel = "METRIC", split = ",",
        description = "exit 1 when NEW is worse on any of: cost, failure-share, human-share, presses-to-human, seconds-to-human")
    List<String> failIfWorse = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin AuditSettings settings;
    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<Objective> watched = failIfWorse.stream().map(DiffCommand::metric).toList();
        List<Tree> trees = Trees.loadOrFail(List.of(before, after), input);
        Tree a = trees.get(0);
        Tree b = trees.get(1);
        List<String> changes = TreeDiff.changes(a, b);
        Figures fa = Simulator.run(CompiledTree.of(a), Method.EXACT);
        Figures fb = Simulator.run(CompiledTree.of(b), Method.EXACT);
        AuditResult ra = Auditor.audit(a, settings.forTree(before));
        AuditResult rb = Auditor.audit(b, settings.forTree(after));
        List<Finding> added = notIn(rb.findings(), ra.findings());
        List<Finding> removed = notIn(ra.findings(), rb.findings());
        List<String> worse = new ArrayList<>();
        for (Objective m : watched) {
            if (m.score(fb, b.effectiveCosts()) > m.score(fa, a.effectiveCosts()) + 1e-12) {
                worse.add(m.word());
            }
        }
        output.write(format == Format.json ? json(changes, fa, fb, a, b, added, removed, worse)
            : text(changes, fa, fb, a, b, added, removed, worse), spec.commandLine().getOut());
        return worse.isEmpty() ? 0 : 1;
    }

    private static Objective metric(String word) {
        return Objective.of(word).orElseThrow(() -> new BadInput("--fail-if-worse: '" + word + "' is not a metric; "
            + "expected cost, failure-share, human-share, presses-to-human or seconds-to-human"));
    }

    private static List<Finding> notIn(List<Finding> these, List<Finding> others) {
        Set<String> keys = others.stream().map(f -> f.rule() + " " + f.node()).collect(Collectors.toSet());
        return these.stream().filter(f -> !keys.contains(f.rule() + " " + f.node())).toList();
    }

    private static String text(List<String> changes, Figures fa, Figures fb, Tree a, Tree b, List<Finding> added,
                               List<Finding> removed, List<String> worse) {
        StringBuilder out = new StringBuilder();
        out.append(Printable.of(a.file())).append(" -> ").append(Printable.of(b.file())).append('\n');
        if (changes.isEmpty()) {
            out.append("  no change to the tree\n");
        }
        changes.forEach(c -> out.append("  ").append(Printable.of(c)).append('\n'));
        out.append("what it does (exact):\n");
        row(out, "all calls", fa.overall(), fb.overall(), a.effectiveCosts(), b.effectiveCosts());
        for (String intent : fb.intents().keySet()) {
            if (fa.intents().containsKey(intent)) {
                row(out, intent, fa.intents().get(intent).figures(), fb.intents().get(intent).figures(),
                    a.effectiveCosts(), b.effectiveCosts());
            }
        }
        removed.forEach(f -> out.append("  fixed: ").append(f.rule()).append(" at '").append(Printable.of(f.node())).append("'\n"));
        added.forEach(f -> out.append("  new finding: ").append(f.rule()).append(" at '").append(Printable.of(f.node()))
            .append("': ").append(Printable.of(f.message())).append('\n'));
        if (!worse.isEmpty()) {
            out.append("worse on: ").append(String.join(", ", worse)).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Distribution x, Distribution y, Costs cx, Costs cy) {
        out.append(String.format(Locale.ROOT, "  %-16s person %s, failed %s, hops %s, seconds %s, cost %s%n", Printable.of(name),
            percent(x.outcomes().get(Outcome.HUMAN).share(), y.outcomes().get(Outcome.HUMAN).share()),
            percent(x.failureShare(), y.failureShare()),
            number(x.hopsToHuman().mean().orElse(Double.NaN), y.hopsToHuman().mean().orElse(Double.NaN), "%.2f"),
            number(x.secondsToHuman().mean().orElse(Double.NaN), y.secondsToHuman().mean().orElse(Double.NaN), "%.0f"),
            number(Objective.COST.score(x, cx), Objective.COST.score(y, cy), "%.2f")));
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

    private static String json(List<String> changes, Figures fa, Figures fb, Tree a, Tree b, List<Finding> added,
                               List<Finding> removed, List<String> worse) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("old", a.file());
        root.put("new", b.file());
        root.put("changes", changes);
        root.put("old_figures", SimulationJson.figures(fa));
        root.put("new_figures", SimulationJson.figures(fb));
        root.put("old_cost_per_call", Objective.COST.score(fa, a.effectiveCosts()));
        root.put("new_cost_per_call", Objective.COST.score(fb, b.effectiveCosts()));
        root.put("findings_added", added.stream().map(AuditJson::finding).toList());
        root.put("findings_removed", removed.stream().map(AuditJson::finding).toList());
        root.put("worse_on", worse);
        return Json.write(root);
    }
}
