package io.ivraudit.cli;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.audit.Finding;
import io.ivraudit.model.Tree;
import io.ivraudit.rank.Objective;
import io.ivraudit.rank.TreeDiff;
import io.ivraudit.report.DiffReport;
import io.ivraudit.sim.CompiledTree;
import io.ivraudit.sim.Method;
import io.ivraudit.sim.Simulator;
import io.ivraudit.sim.Figures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        DiffReport.Diff diff = new DiffReport.Diff(a, b, changes, fa, fb, added, removed, worse);
        output.write(format == Format.json ? DiffReport.json(diff) : DiffReport.text(diff), spec.commandLine().getOut());
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
}
