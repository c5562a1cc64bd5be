package io.ivraudit.cli;

import io.ivraudit.graph.IvrGraph;
import io.ivraudit.report.GraphRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code graph}: draws a tree as Graphviz DOT or a Mermaid flowchart. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Draw a tree as Graphviz DOT or Mermaid: people green, dead ends red, "
        + "dead reply channels orange, hidden options dashed.")
final class GraphCommand implements Callable<Integer> {
    enum Format { dot, mermaid }

    @Parameters(arity = "1", paramLabel = "FILE", description = "a tree file (.yaml), a flow export (.json) or a folder of one contact centre's exports")
    Path file;

    @Option(names = "--format", defaultValue = "dot", description = "dot or mermaid (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin InputOptions input;
    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        IvrGraph graph = IvrGraph.of(Trees.loadOrFail(List.of(file), input).get(0));
        output.write(format == Format.dot ? GraphRenderer.dot(graph) : GraphRenderer.mermaid(graph),
            spec.commandLine().getOut());
        return 0;
    }
}
