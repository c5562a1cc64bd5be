package io.ivraudit.cli;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.model.Tree;
import io.ivraudit.report.AuditJson;
import io.ivraudit.report.AuditText;
import io.ivraudit.sim.Figures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit}: the static rules and per-intent figures of each tree. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Audit phone trees: every rule's findings; per intent, the fewest presses and seconds to a person; "
        + "and the caller model's figures (sampled, or exact with --exact).")
final class AuditCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin AuditSettings settings;
    @Mixin SimulationOptions simulation;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<Tree> trees = Trees.loadOrFail(files);
        List<AuditResult> results = trees.stream()
            .map(tree -> Auditor.audit(tree, settings.forTree(Path.of(tree.file())))).toList();
        List<Figures> figures = trees.stream().map(tree -> simulation.run(tree, spec.commandLine().getErr())).toList();
        output.write(format == Format.json ? AuditJson.audit(results, figures)
            : AuditText.audit(results, figures, Terminal.colour(output)), spec.commandLine().getOut());
        return 0;
    }
}
