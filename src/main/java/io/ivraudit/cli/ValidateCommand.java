package io.ivraudit.cli;

import io.ivraudit.imports.ImportOptions;
import io.ivraudit.imports.Inputs;
import io.ivraudit.load.LoadResult;
import io.ivraudit.report.ValidateReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: loads tree files strictly and prints every problem, or a summary of each. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Load and check tree files; print every problem as file:line:column.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml), flow exports (.json) or folders of one contact centre's exports")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<LoadResult> results = Inputs.loadAll(files, input.bases(), ImportOptions.DEFAULTS);
        String report = format == Format.json ? ValidateReport.json(results) : ValidateReport.text(results);
        output.write(report, spec.commandLine().getOut());
        return results.stream().allMatch(LoadResult::ok) ? 0 : ErrorHandler.BAD_INPUT;
    }
}
