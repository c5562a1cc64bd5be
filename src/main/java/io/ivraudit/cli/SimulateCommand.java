package io.ivraudit.cli;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.report.SimulationJson;
import io.ivraudit.report.SimulationText;
import io.ivraudit.sim.Figures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simulate}: the caller model's figures, sampled or exact. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Walk random callers through phone trees (or solve the caller model exactly with --exact): "
        + "how calls end, hops and seconds to a person, overall and per intent.")
final class SimulateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "tree files (.yaml), flow exports (.json) or folders of one contact centre's exports")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin SimulationOptions simulation;
    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        List<Figures> figures = Trees.loadOrFail(files, input).stream()
            .map(tree -> simulation.run(IvrGraph.of(tree), spec.commandLine().getErr())).toList();
        output.write(format == Format.json ? SimulationJson.write(figures)
            : figures.stream().map(SimulationText::write).collect(Collectors.joining("\n")), spec.commandLine().getOut());
        return 0;
    }
}
