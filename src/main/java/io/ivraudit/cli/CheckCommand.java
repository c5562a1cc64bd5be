package io.ivraudit.cli;

import io.ivraudit.audit.AuditResult;
import io.ivraudit.audit.Auditor;
import io.ivraudit.audit.Gates;
import io.ivraudit.model.AuditConfig;
import io.ivraudit.model.Tree;
import io.ivraudit.report.AuditJson;
import io.ivraudit.report.AuditText;
import io.ivraudit.report.JunitReport;
import io.ivraudit.report.SarifReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: the CI gate; exit 1 when any gate fails in any file. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Fail the build when a phone tree breaks a gate: exit 0 all gates pass, 1 a gate failed, 2 bad input.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, junit, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml), flow exports (.json) or folders of one contact centre's exports")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text",
        description = "text, json, junit (one test case per gate and file) or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin AuditSettings settings;
    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<AuditResult> results = new ArrayList<>();
        List<Gates.Gate> gates = new ArrayList<>();
        LinkedHashSet<String> failOn = new LinkedHashSet<>();
        for (Tree tree : Trees.loadOrFail(files, input)) {
            AuditConfig config = settings.forTree(Path.of(tree.file()));
            AuditResult result = Auditor.audit(tree, config);
            results.add(result);
            gates.addAll(Gates.apply(result, config));
            failOn.addAll(config.failOn());
        }
        String report = switch (format) {
            case text -> AuditText.check(results, gates, Terminal.colour(output));
            case json -> AuditJson.check(results, gates, List.copyOf(failOn));
            case junit -> JunitReport.write(gates);
            case sarif -> SarifReport.write(results, Version.number());
        };
        output.write(report, spec.commandLine().getOut());
        return Gates.passed(gates) ? 0 : 1;
    }
}
