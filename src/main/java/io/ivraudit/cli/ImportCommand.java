package io.ivraudit.cli;

import io.ivraudit.load.ConnectImporter;
import io.ivraudit.load.FlowImport;
import io.ivraudit.load.LoadError;
import io.ivraudit.load.StudioImporter;
import io.ivraudit.load.TreeWriter;
import io.ivraudit.model.Tree;
import io.ivraudit.text.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: a contact-flow export as a tree file, with a summary of what to review. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Turn a contact-flow export into a tree file (YAML) that audit, check, simulate and rank read. "
        + "Prints what was read, what was mapped loosely and the intents to review on stderr.")
final class ImportCommand implements Callable<Integer> {
    /** The platforms an export can come from. */
    enum Platform {
        amazon_connect, twilio_studio;

        @Override public String toString() {
            return name().replace('_', '-');
        }
    }

    @Option(names = "--from", required = true, paramLabel = "PLATFORM",
        converter = PlatformConverter.class, description = "amazon-connect or twilio-studio")
    Platform from;

    @Parameters(arity = "1", paramLabel = "FLOW", description = "the flow export (.json)")
    Path flow;

    @Option(names = "--open-share", defaultValue = "0.7", paramLabel = "SHARE",
        description = "the share of calls that find the contact centre open, for Connect's hours-of-operation checks (default: ${DEFAULT-VALUE})")
    double openShare;

    @Mixin Output output;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (!(openShare > 0 && openShare < 1)) {
            throw new BadInput("--open-share: " + openShare + "; expected a share between 0 and 1");
        }
        FlowImport result = from == Platform.amazon_connect ? ConnectImporter.read(flow, openShare) : StudioImporter.read(flow);
        if (result.tree().isEmpty()) {
            throw new BadInput(result.errors().stream().map(LoadError::toString).toList());
        }
        Tree tree = result.tree().get();
        String header = "# Imported from " + flow + " by ivr-audit import --from " + from + ".\n"
            + "# The intents below are proposals (a flow carries none): review their names, weights and resolved_by.\n";
        output.write(header + TreeWriter.write(tree), spec.commandLine().getOut());
        summary(spec.commandLine().getErr(), result, tree);
        return 0;
    }

    private void summary(PrintWriter err, FlowImport result, Tree tree) {
        err.println("imported " + flow + ": " + Words.count(result.blocksRead(), "block") + " read, "
            + Words.count(tree.nodes().size(), "node") + " written (" + Words.count(tree.menus().size(), "menu") + ")");
        result.notes().forEach(note -> err.println("  " + note));
        err.println("  review the proposed intents: " + String.join(", ", result.proposedIntents()));
        err.flush();
    }

    /** Reads {@code amazon-connect} and {@code twilio-studio} as the platforms. */
    static final class PlatformConverter implements picocli.CommandLine.ITypeConverter<Platform> {
        @Override public Platform convert(String value) {
            for (Platform p : Platform.values()) {
                if (p.toString().equals(value)) {
                    return p;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a supported platform; "
                + "expected amazon-connect or twilio-studio");
        }
    }
}
